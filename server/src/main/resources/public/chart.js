// Draws every <figure class="chart" data-points="[...]"> as SVG: one panel per event type, x = publication
// date, y = count; each figure is a dot at the stated value on a bar spanning the bounds its wording allows
// ("at least 12": from 12 up, drawn as an arrow). No library: the data are a few dozen points.
// The drawing is as wide as its place on the page (so text keeps its size on a phone); date labels are thinned
// until none overlaps another; each source has a colour of its own (a fixed palette, then hues spread round the
// colour wheel) and, once the palette has wrapped, a mark of another shape too.
(function () {
  'use strict';
  var NS = 'http://www.w3.org/2000/svg';
  // twelve colours told apart on white (Tableau's and ColorBrewer's Dark2 and Paired, darkened where pale)
  var PALETTE = ['#1f77b4', '#d95f02', '#1b9e77', '#7570b3', '#e7298a', '#66a61e', '#a6761d', '#666666',
    '#17becf', '#b8860b', '#8c564b', '#000080'];
  var SHAPES = ['circle', 'square', 'triangle', 'diamond'];
  var H = 250, M = {left: 48, right: 16, top: 16, bottom: 34}, LABEL_GAP = 8;

  // series i: a palette colour while they last, then hues 137.5 degrees apart (never the same twice)
  function seriesColor(i) {
    if (i < PALETTE.length) return PALETTE[i];
    var k = i - PALETTE.length, hue = (k * 137.508 + 20) % 360, light = [38, 30, 46][k % 3];
    return hsl(hue, 70, light);
  }

  function hsl(h, s, l) {
    s /= 100; l /= 100;
    var f = function (n) {
      var k = (n + h / 30) % 12, c = l - s * Math.min(l, 1 - l) * Math.max(-1, Math.min(k - 3, 9 - k, 1));
      return ('0' + Math.round(c * 255).toString(16)).slice(-2);
    };
    return '#' + f(0) + f(8) + f(4);
  }

  function shape(i) { return SHAPES[Math.floor(i / PALETTE.length) % SHAPES.length]; }

  // a mark of the series' shape centred on (cx, cy)
  function dot(parent, kind, cx, cy, r, fill, cls) {
    if (kind === 'square') return el('rect', {x: cx - r, y: cy - r, width: 2 * r, height: 2 * r, fill: fill, 'class': cls}, parent);
    if (kind === 'triangle') return el('path', {d: 'M' + cx + ' ' + (cy - r * 1.2) + ' L' + (cx + r * 1.1) + ' ' + (cy + r * 0.8) + ' L' + (cx - r * 1.1) + ' ' + (cy + r * 0.8) + ' Z', fill: fill, 'class': cls}, parent);
    if (kind === 'diamond') return el('path', {d: 'M' + cx + ' ' + (cy - r * 1.3) + ' L' + (cx + r * 1.3) + ' ' + cy + ' L' + cx + ' ' + (cy + r * 1.3) + ' L' + (cx - r * 1.3) + ' ' + cy + ' Z', fill: fill, 'class': cls}, parent);
    return el('circle', {cx: cx, cy: cy, r: r, fill: fill, 'class': cls}, parent);
  }

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
    figure.insertBefore(wrap, figure.querySelector('figcaption'));
    var W = Math.round(Math.max(300, Math.min(760, wrap.clientWidth || 680)));
    var svg = el('svg', {viewBox: '0 0 ' + W + ' ' + H, role: 'img', 'class': 'chart-svg', 'data-type': type});
    el('title', {}, svg).textContent = type + ': figures by source over publication time';
    wrap.appendChild(svg);
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
    dateLabels(svg, Array.from(new Set(days)).sort(function (a, b) { return a - b; }), x, W);
    el('line', {x1: M.left, x2: W - M.right, y1: y(0), y2: y(0), 'class': 'baseline'}, svg);
    // marks, side by side when several sources report on one day
    var sameDay = {};
    dated.forEach(function (p) {
      var d = day(p.date);
      var k = sameDay[d] = (sameDay[d] || 0) + 1;
      var cx = x(d) + (k - 1) * 14 - 7 * (dated.filter(function (q) { return day(q.date) === d; }).length - 1);
      var index = seriesIndex[p.series], color = seriesColor(index);
      var g = el('g', {'class': 'mark' + (p.contradicted ? ' contradicted' : ''), tabindex: '0',
        'data-series': p.series, 'data-color': color, 'data-shape': shape(index)}, svg);
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
      dot(g, shape(index), cx, y(p.value), 5, color, 'dot');
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

  // a label under each day, left to right, skipping any that would touch the one before or leave the drawing
  function dateLabels(svg, ticks, x, W) {
    var right = -Infinity;
    ticks.forEach(function (d) {
      var t = text(svg, {x: x(d), y: H - M.bottom + 18, 'text-anchor': 'middle', 'class': 'axis date-label'}, iso(d));
      var w = t.getComputedTextLength ? t.getComputedTextLength() : 0;
      if (!w) w = 6.5 * iso(d).length;  // not laid out (hidden): about the width of 11 px digits
      var left = x(d) - w / 2;
      if (left < 0) { left = 0; t.setAttribute('x', w / 2); }
      if (left + w > W) { left = W - w; t.setAttribute('x', W - w / 2); }
      if (left < right + LABEL_GAP) { svg.removeChild(t); return; }
      right = left + w;
    });
  }

  function draw(figure) {
    var points = JSON.parse(figure.dataset.points || '[]');
    var seriesIndex = {};
    points.forEach(function (p) { if (!(p.series in seriesIndex)) seriesIndex[p.series] = Object.keys(seriesIndex).length; });
    var legend = document.createElement('ul');
    legend.className = 'chart-legend';
    Object.keys(seriesIndex).forEach(function (s) {
      var li = document.createElement('li');
      var i = seriesIndex[s];
      var sw = el('svg', {width: 14, height: 14, viewBox: '0 0 14 14', 'class': 'swatch'});
      dot(sw, shape(i), 7, 7, 5.5, seriesColor(i), 'swatch-mark');
      li.setAttribute('data-series', s);
      li.setAttribute('data-color', seriesColor(i));
      li.setAttribute('data-shape', shape(i));
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

  document.querySelectorAll('figure.chart[data-points]:not(.drawn)').forEach(draw);
})();
