// The consolidated record page: print every section (closed <details> would not print),
// record the print in the audit trail, and offer "expand all". Works without this script too.
(function () {
  'use strict';
  var record = document.querySelector('.record');
  if (!record) {
    return;
  }
  // Each printed page's top-left margin box names the record: a constructed stylesheet, since the
  // page's CSP allows no inline style. The MSIX ID is twelve digits (checked), so it is safe in CSS.
  var msixId = record.getAttribute('data-msix-id') || '';
  if (/^[0-9]{12}$/.test(msixId) && 'adoptedStyleSheets' in document) {
    var pageSheet = new CSSStyleSheet();
    pageSheet.replaceSync('@page { @top-left { content: "MSIX ID ' + msixId + '"; font-size: 9pt; font-weight: 700; } }');
    document.adoptedStyleSheets = document.adoptedStyleSheets.concat([pageSheet]);
  }

  var sections = function () { return Array.prototype.slice.call(record.querySelectorAll('details')); };
  var openBeforePrint = [];

  window.addEventListener('beforeprint', function () {
    openBeforePrint = sections().map(function (details) { return details.open; });
    sections().forEach(function (details) { details.open = true; });
    var log = record.querySelector('form.record-print-log');
    if (log && navigator.sendBeacon) {
      navigator.sendBeacon(log.action, new FormData(log));
    }
  });

  window.addEventListener('afterprint', function () {
    sections().forEach(function (details, i) {
      if (i < openBeforePrint.length) {
        details.open = openBeforePrint[i];
      }
    });
  });

  var print = record.querySelector('.record-print-button');
  if (print) {
    print.hidden = false;
    print.addEventListener('click', function () { window.print(); });
  }

  var expand = record.querySelector('.record-expand-all');
  if (expand) {
    expand.hidden = false;
    expand.addEventListener('click', function () {
      var open = !sections().every(function (details) { return details.open; });
      sections().forEach(function (details) { details.open = open; });
      expand.textContent = open ? 'Collapse all sections' : 'Expand all sections';
    });
  }
})();
