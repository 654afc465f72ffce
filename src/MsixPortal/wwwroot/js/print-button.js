// A "Print" button needs script (window.print); without script it stays hidden and the browser's own
// print command does the same, with the print stylesheet leaving only the page's content.
(function () {
  document.querySelectorAll('.portal-print-button').forEach(function (button) {
    button.hidden = false;
    button.addEventListener('click', function () { window.print(); });
  });
})();
