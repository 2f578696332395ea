// The claim page: a button that copies the citation line (shown only where the clipboard can be written).
(function () {
  'use strict';
  var button = document.querySelector('button.copy-citation');
  if (!button || !navigator.clipboard) return;
  var status = document.querySelector('.copy-status');
  button.hidden = false;
  button.addEventListener('click', function () {
    var text = document.getElementById(button.getAttribute('data-copy')).textContent;
    navigator.clipboard.writeText(text).then(function () { status.textContent = 'Copied.'; },
      function () { status.textContent = 'Could not copy: select the line and copy it.'; });
  });
})();
