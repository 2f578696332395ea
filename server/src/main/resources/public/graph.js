// Draws every <figure class="graph" data-graph="{nodes, edges}"> as SVG: who relays whom, from the primary
// sources on the left through relays to the outlets on the right (a node's column is its longest path from
// a source).
(function () {
  'use strict';
  var NS = 'http://www.w3.org/2000/svg';
  var COL = 230, ROW = 46, BOX_W = 190, BOX_H = 30, PAD = 24, HEAD = 26;

  function el(name, attrs, parent) {
    var e = document.createElementNS(NS, name);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (parent) parent.appendChild(e);
    return e;
  }

  function draw(figure) {
    var data = JSON.parse(figure.dataset.graph || '{"nodes":[],"edges":[]}');
    if (!data.nodes.length) {
      var p = document.createElement('p');
      p.className = 'muted';
      p.textContent = 'No figures, so no sources to draw.';
      figure.appendChild(p);
      return;
    }
    var layer = {};
    data.nodes.forEach(function (n) { layer[n.name] = 0; });
    for (var round = 0; round < data.nodes.length; round++) {  // longest path; bounded, so a cycle cannot hang
      data.edges.forEach(function (e) {
        if (e.from in layer && e.to in layer) layer[e.to] = Math.max(layer[e.to], Math.min(layer[e.from] + 1, data.nodes.length));
      });
    }
    var last = Math.max.apply(null, data.nodes.map(function (n) { return layer[n.name]; }));
    data.nodes.forEach(function (n) { if (n.role === 'outlet') layer[n.name] = Math.max(last, 1); });
    last = Math.max.apply(null, data.nodes.map(function (n) { return layer[n.name]; }));
    var columns = [];
    data.nodes.forEach(function (n) { (columns[layer[n.name]] = columns[layer[n.name]] || []).push(n); });
    // each column in the order of the rows its sources sit on (barycentre), so that edges rarely cross
    var row = {};
    columns.forEach(function (col) {
      if (!col) return;
      var key = function (n) {
        var from = data.edges.filter(function (e) { return e.to === n.name && e.from in row; });
        return from.length ? from.reduce(function (s, e) { return s + row[e.from]; }, 0) / from.length : Infinity;
      };
      col.map(function (n, i) { return {n: n, k: key(n), i: i}; })
        .sort(function (a, b) { return a.k - b.k || a.i - b.i; })
        .forEach(function (x, j) { col[j] = x.n; row[x.n.name] = j; });
    });
    var rows = Math.max.apply(null, columns.map(function (c) { return c ? c.length : 0; }));
    var width = PAD * 2 + last * COL + BOX_W, height = HEAD + PAD + rows * ROW;
    var svg = el('svg', {viewBox: '0 0 ' + width + ' ' + height, width: width, height: height, role: 'img', 'class': 'graph-svg'});
    el('title', {}, svg).textContent = 'attribution graph: sources, relays and outlets';
    var defs = el('defs', {}, svg);
    var marker = el('marker', {id: 'arrow', viewBox: '0 0 10 10', refX: 10, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto'}, defs);
    el('path', {d: 'M0,0 L10,5 L0,10 z', 'class': 'arrowhead'}, marker);
    var pos = {};
    columns.forEach(function (col, i) {
      if (!col) return;
      var heading = el('text', {x: PAD + i * COL, y: 16, 'class': 'col-head'}, svg);
      heading.textContent = i === 0 ? 'primary sources' : i === last ? 'outlets' : 'relays';
      col.forEach(function (n, j) { pos[n.name] = {x: PAD + i * COL, y: HEAD + PAD / 2 + j * ROW}; });
    });
    data.edges.forEach(function (e) {
      var a = pos[e.from], b = pos[e.to];
      if (!a || !b) return;
      var x1 = a.x + BOX_W, y1 = a.y + BOX_H / 2, x2 = b.x - 2, y2 = b.y + BOX_H / 2, mid = (x1 + x2) / 2;
      var path = el('path', {d: 'M' + x1 + ' ' + y1 + ' C' + mid + ' ' + y1 + ' ' + mid + ' ' + y2 + ' ' + x2 + ' ' + y2,
        'class': 'edge', 'marker-end': 'url(#arrow)'}, svg);
      el('title', {}, path).textContent = e.from + ' → ' + e.to;
    });
    data.nodes.forEach(function (n) {
      var p = pos[n.name];
      var g = el('g', {'class': 'node node-' + n.role}, svg);
      el('rect', {x: p.x, y: p.y, width: BOX_W, height: BOX_H, rx: 6}, g);
      var t = el('text', {x: p.x + 10, y: p.y + 20}, g);
      t.textContent = n.name.length > 26 ? n.name.slice(0, 25) + '…' : n.name;
      el('title', {}, g).textContent = n.name + ' (' + n.role + ')';
    });
    figure.appendChild(svg);
    figure.classList.add('drawn');
  }

  document.querySelectorAll('figure.graph[data-graph]').forEach(draw);
})();
