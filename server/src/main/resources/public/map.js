// The claim map (templates/map.peb): the server draws it; this only writes the hovered or focused point's words
// (place, precision, claim) under the map, where a keyboard user sees them too. Text goes in as textContent.
(function () {
  'use strict';
  document.querySelectorAll('.claim-map').forEach(function (figure) {
    var out = figure.querySelector('.map-focus');
    if (!out) return;
    function show(e) {
      var point = e.target.closest && e.target.closest('.map-point');
      if (point) out.textContent = point.getAttribute('aria-label');
    }
    figure.addEventListener('focusin', show);
    figure.addEventListener('mouseover', show);
  });
})();
