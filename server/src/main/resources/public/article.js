// The article page: hovering a highlight lights up every part of its claim(s); clicking (or Enter) selects
// the claim's card on the right and scrolls it into view; clicking a card finds its parts in the text.
(function () {
  'use strict';
  var marks = Array.prototype.slice.call(document.querySelectorAll('#article-text mark[data-claims]'));

  function ids(mark) { return mark.getAttribute('data-claims').split(' '); }

  function light(claimIds, on) {
    marks.forEach(function (m) {
      if (ids(m).some(function (id) { return claimIds.indexOf(id) >= 0; })) m.classList.toggle('lit', on);
    });
  }

  function select(id, scrollText) {
    document.querySelectorAll('.card.selected').forEach(function (c) { c.classList.remove('selected'); });
    marks.forEach(function (m) { m.classList.remove('chosen'); });
    var card = document.getElementById('claim-' + id);
    if (!card) return;
    card.classList.add('selected');
    var mine = marks.filter(function (m) { return ids(m).indexOf(id) >= 0; });
    mine.forEach(function (m) { m.classList.add('chosen'); });
    card.scrollIntoView({block: 'nearest', behavior: 'smooth'});
    if (scrollText && mine.length) mine[0].scrollIntoView({block: 'center', behavior: 'smooth'});
  }

  marks.forEach(function (m) {
    m.tabIndex = 0;
    m.addEventListener('mouseenter', function () { light(ids(m), true); });
    m.addEventListener('mouseleave', function () { light(ids(m), false); });
    m.addEventListener('focus', function () { light(ids(m), true); });
    m.addEventListener('blur', function () { light(ids(m), false); });
    m.addEventListener('click', function () { select(ids(m)[0], false); });
    m.addEventListener('keydown', function (e) { if (e.key === 'Enter') select(ids(m)[0], false); });
  });
  document.querySelectorAll('.article-claims .card').forEach(function (card) {
    card.addEventListener('click', function (e) {
      if (e.target.closest('a')) return;
      select(card.getAttribute('data-claim'), true);
    });
  });
  if (location.hash.indexOf('#claim-') === 0) select(decodeURIComponent(location.hash.slice(7)), true);
})();
