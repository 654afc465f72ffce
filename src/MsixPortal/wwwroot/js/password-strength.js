// A rough password strength hint for the new-password fields (the server's rules decide).
// Estimates guesses from length and the kinds of characters used; long passphrases score well.
(function () {
  "use strict";
  function estimateBits(password) {
    var pool = 0;
    if (/[a-z]/.test(password)) pool += 26;
    if (/[A-Z]/.test(password)) pool += 26;
    if (/[0-9]/.test(password)) pool += 10;
    if (/[^a-zA-Z0-9]/.test(password)) pool += 33;
    var distinct = new Set(Array.from(password)).size;
    var length = Array.from(password).length;
    return Math.log2(Math.max(pool, 2)) * Math.min(length, distinct * 2);
  }
  function describe(password) {
    var length = Array.from(password).length;
    if (length === 0) return "";
    if (length < 12) return "Too short: use at least 12 characters.";
    if (length > 128) return "Too long: use at most 128 characters.";
    var bits = estimateBits(password);
    if (bits < 50) return "Strength: weak. Add another word or two.";
    if (bits < 70) return "Strength: fair. A longer passphrase would be stronger.";
    return "Strength: strong.";
  }
  document.querySelectorAll("input[data-password-meter]").forEach(function (input) {
    var output = document.getElementById(input.getAttribute("data-password-meter"));
    if (!output) return;
    input.addEventListener("input", function () { output.textContent = describe(input.value); });
  });
})();
