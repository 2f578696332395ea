// Draws every <figure class="chart" data-points="[...]"> as SVG: one panel per event type, x = publication
// date, y = count; each figure is a dot at the stated value on a bar spanning the bounds its wording allows
// ("at least 12": from 12 up, drawn as an arrow). No library: the data are a few dozen points.
(function () {
  'use strict';
  var NS = 'http://www.w3.org/2000/svg';
  var COLORS = ['#1f77b4', '#d95f02', '#1b9e77', '#7570b3', '#e7298a', '#66a61e', '#a6761d', '#666666'];
  var W = 680, H = 250, M = {left: 48, right: 16, top: 16, bottom: 34};

  function el(name, attrs, parent) {
    var e = document.createElementNS(NS, name);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (parent) parent.appendChild(e);
    return e;
  }

  function text(parent, attrs, value) {
    var t = el('text', attrs, parent);
    t.textContent = value;  // text, never markup: names come from articles
    return t;
  }

  function day(iso) { return Date.parse(iso + 'T00:00:00Z') / 86400000; }
  function iso(d) { return new Date(d * 86400000).toISOString().slice(0, 10); }

  // the top of the y axis: four whole gridline steps of 1, 2, 2.5 or 5 times a power of ten
  function niceMax(v) {
    var step = Math.max(1, v / 4), p = Math.pow(10, Math.floor(Math.log10(step)));
    var nice = [1, 2, 2.5, 5, 10].map(function (m) { return m * p; })
        .filter(function (s) { return s >= step && s === Math.round(s); })[0];
    return nice * 4;
  }

  function panel(figure, type, points, seriesIndex) {
    var dated = points.filter(function (p) { return p.date; });
    var wrap = document.createElement('div');
    wrap.className = 'chart-panel';
    var h = document.createElement('h3');
    h.textContent = type;
    wrap.appendChild(h);
    var svg = el('svg', {viewBox: '0 0 ' + W + ' ' + H, role: 'img', 'class': 'chart-svg', 'data-type': type});
    el('title', {}, svg).textContent = type + ': figures by source over publication time';
    wrap.appendChild(svg);
    figure.insertBefore(wrap, figure.querySelector('figcaption'));
    if (!dated.length) {
      text(svg, {x: W / 2, y: H / 2, 'text-anchor': 'middle', 'class': 'axis'}, 'no dated figures');
      return;
    }
    var days = dated.map(function (p) { return day(p.date); });
    var x0 = Math.min.apply(null, days) - 1, x1 = Math.max.apply(null, days) + 1;
    var top = 1;
    dated.forEach(function (p) { top = Math.max(top, p.value, p.low || 0, p.high || 0); });
    var yMax = niceMax(top * 1.2);
    var x = function (d) { return M.left + (d - x0) / (x1 - x0) * (W - M.left - M.right); };
    var y = function (v) { return H - M.bottom - v / yMax * (H - M.top - M.bottom); };
    // axes and grid
    for (var i = 0; i <= 4; i++) {
      var v = yMax * i / 4;
      el('line', {x1: M.left, x2: W - M.right, y1: y(v), y2: y(v), 'class': 'grid'}, svg);
      text(svg, {x: M.left - 6, y: y(v) + 4, 'text-anchor': 'end', 'class': 'axis'}, String(Math.round(v)));
    }
    var ticks = Array.from(new Set(days)).sort(function (a, b) { return a - b; });
    var every = Math.ceil(ticks.length / 6);
    ticks.forEach(function (d, i) {
      if (i % every) return;
      text(svg, {x: x(d), y: H - M.bottom + 18, 'text-anchor': 'middle', 'class': 'axis'}, iso(d));
    });
    el('line', {x1: M.left, x2: W - M.right, y1: y(0), y2: y(0), 'class': 'baseline'}, svg);
    // marks, side by side when several sources report on one day
    var sameDay = {};
    dated.forEach(function (p) {
      var d = day(p.date);
      var k = sameDay[d] = (sameDay[d] || 0) + 1;
      var cx = x(d) + (k - 1) * 14 - 7 * (dated.filter(function (q) { return day(q.date) === d; }).length - 1);
      var color = COLORS[seriesIndex[p.series] % COLORS.length];
      var g = el('g', {'class': 'mark' + (p.contradicted ? ' contradicted' : ''), tabindex: '0'}, svg);
      var low = p.low == null ? 0 : p.low;
      var highY = p.high == null ? y(yMax) + 6 : y(p.high);
      el('line', {x1: cx, x2: cx, y1: y(low), y2: highY, stroke: color, 'class': 'bound' + (p.low == null ? ' open-low' : '')}, g);
      if (p.high == null) {
        el('path', {d: 'M' + (cx - 5) + ' ' + (highY + 7) + ' L' + cx + ' ' + (highY - 1) + ' L' + (cx + 5) + ' ' + (highY + 7), stroke: color, 'class': 'open-high'}, g);
      } else {
        el('line', {x1: cx - 5, x2: cx + 5, y1: highY, y2: highY, stroke: color, 'class': 'cap'}, g);
      }
      if (p.low != null) el('line', {x1: cx - 5, x2: cx + 5, y1: y(low), y2: y(low), stroke: color, 'class': 'cap'}, g);
      if (p.contradicted) el('circle', {cx: cx, cy: y(p.value), r: 9, 'class': 'ring'}, g);
      el('circle', {cx: cx, cy: y(p.value), r: 5, fill: color, 'class': 'dot'}, g);
      el('title', {}, g).textContent = p.series + ': ' + p.text + ' ' + p.type + ' (' + (p.low == null ? 'open' : p.low) + '–'
          + (p.high == null ? 'open' : p.high) + '), ' + p.status + ', published ' + p.date
          + (p.contradicted ? ' — contradicted by another figure' : '');
      var open = function () { location.href = '/articles/' + encodeURIComponent(p.article) + '#claim-' + encodeURIComponent(p.claim); };
      g.addEventListener('click', open);
      g.addEventListener('keydown', function (e) { if (e.key === 'Enter') open(); });
    });
    if (dated.length < points.length) {
      text(svg, {x: W - M.right, y: M.top, 'text-anchor': 'end', 'class': 'axis'}, (points.length - dated.length) + ' undated not shown');
    }
  }

  function draw(figure) {
    var points = JSON.parse(figure.dataset.points || '[]');
    var seriesIndex = {};
    points.forEach(function (p) { if (!(p.series in seriesIndex)) seriesIndex[p.series] = Object.keys(seriesIndex).length; });
    var legend = document.createElement('ul');
    legend.className = 'chart-legend';
    Object.keys(seriesIndex).forEach(function (s) {
      var li = document.createElement('li');
      var sw = el('svg', {width: 12, height: 12, 'class': 'swatch'});
      el('rect', {width: 12, height: 12, fill: COLORS[seriesIndex[s] % COLORS.length]}, sw);
      li.appendChild(sw);
      li.appendChild(document.createTextNode(' ' + s));
      legend.appendChild(li);
    });
    figure.insertBefore(legend, figure.firstChild);
    var types = [];
    points.forEach(function (p) { if (types.indexOf(p.type) < 0) types.push(p.type); });
    types.forEach(function (t) {
      panel(figure, t, points.filter(function (p) { return p.type === t; }), seriesIndex);
    });
    figure.classList.add('drawn');
  }

  document.querySelectorAll('figure.chart[data-points]').forEach(draw);
})();
