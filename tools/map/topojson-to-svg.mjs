// Converts world-atlas' countries TopoJSON (Natural Earth admin-0, spherical coordinates) into the SVG the
// web UI draws its maps on: an equirectangular projection, x = longitude + 180, y = 90 - latitude, so one unit is
// one degree and the server projects a claim's point the same way (server: ClaimMap). One path per country,
// coordinates rounded to 0.1 degree and written relative to the previous point; Antarctica is left out.
// Usage: node topojson-to-svg.mjs countries-110m.json VERSION > world.svg     (no dependencies: plain Node)
import { readFileSync } from "node:fs";

const [file, version] = process.argv.slice(2);
const topo = JSON.parse(readFileSync(file, "utf8"));
const [sx, sy] = topo.transform.scale;
const [tx, ty] = topo.transform.translate;

// TopoJSON arcs are quantized and delta-encoded: each position is the sum of the deltas before it
const arcs = topo.arcs.map(arc => {
  let x = 0, y = 0;
  return arc.map(([dx, dy]) => {
    x += dx;
    y += dy;
    return [x * sx + tx, y * sy + ty];
  });
});

// an arc index i >= 0 is read forwards, ~i (negative) backwards; consecutive arcs share their end point
function ring(indices) {
  const points = [];
  for (const i of indices) {
    const arc = i >= 0 ? arcs[i] : arcs[~i].slice().reverse();
    arc.forEach((p, k) => { if (k > 0 || points.length === 0) points.push(p); });
  }
  return points;
}

// Natural Earth cuts rings at the antimeridian, but quantization writes some of their points at -180 where the
// ring runs at +180 (and the other way round): such a point takes the side of its nearest neighbour off the line
function unwrap(points) {
  const off = points.map(([lon]) => Math.abs(Math.abs(lon) - 180) > 1e-9);
  return points.map(([lon, lat], k) => {
    if (off[k]) return [lon, lat];
    for (let d = 1; d < points.length; d++) {
      for (const j of [k - d, k + d]) {
        if (j >= 0 && j < points.length && off[j]) return [Math.sign(points[j][0]) * 180, lat];
      }
    }
    return [lon, lat];
  });
}

const round = v => Math.round(v * 10);            // tenths of a degree, as integers: exact differences
const num = t => (t / 10).toString().replace(/^(-?)0\./, "$1.");   // "0.6" -> ".6"
let jumps = 0;
let crossing = 0;

function path(polygons) {
  let d = "";
  for (const polygon of polygons) {
    for (const indices of polygon) {
      let lonlat = unwrap(ring(indices));
      const copies = [0];
      if (lonlat.some(([lon], k) => k > 0 && Math.abs(lon - lonlat[k - 1][0]) > 180)) {
        // a ring that does cross the line (Fiji, Chukotka): drawn east of 180 and again shifted by 360 degrees
        lonlat = lonlat.map(([lon, lat]) => [lon < 0 ? lon + 360 : lon, lat]);
        copies.push(-360);
        crossing++;
      }
      for (const shift of copies) {
        d += ringPath(lonlat.map(([lon, lat]) => [round(lon + shift + 180), round(90 - lat)]));
      }
    }
  }
  return d.replace(/ -/g, "-").replace(/l(-?[\d.]+) /g, "l$1,");
}

function ringPath(pts) {
  let px = null, py = null, out = "";
  for (const [x, y] of pts) {
    if (px === null) {
      out += "M" + num(x) + " " + num(y);
    } else if (x !== px || y !== py) {
      if (Math.abs(x - px) > 1800) jumps++;   // a ring across the antimeridian would streak the map
      out += "l" + num(x - px) + " " + num(y - py);
    }
    px = x;
    py = y;
  }
  return out + "z";
}

const countries = topo.objects.countries.geometries
  .filter(g => g.properties.name !== "Antarctica")
  .sort((a, b) => (a.id ?? a.properties.name).localeCompare(b.id ?? b.properties.name));
const lines = [
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 360 180" width="360" height="180">',
  `<!-- Natural Earth 1:110m admin-0 countries (public domain, naturalearthdata.com) from world-atlas ${version}`
    + " (ISC licence, Mike Bostock); equirectangular, x = lon + 180, y = 90 - lat; made by tools/map/build-world.sh -->",
  // the page draws this group with <use>, zoomed in: strokes keep their width on the screen
  '<g id="countries" fill="#e6e1d6" stroke="#a39d8f" stroke-width="0.6" stroke-linejoin="round">',
];
for (const g of countries) {
  const polygons = g.type === "Polygon" ? [g.arcs] : g.type === "MultiPolygon" ? g.arcs : [];
  if (polygons.length) {
    lines.push(`<path vector-effect="non-scaling-stroke" d="${path(polygons)}"/>`);
  }
}
lines.push("</g>", "</svg>");
if (jumps > 0) {
  console.error(`${jumps} segments still cross the antimeridian`);
  process.exit(1);
}
console.error(`${countries.length} countries, ${crossing} rings across the antimeridian drawn twice`);
process.stdout.write(lines.join("\n") + "\n");
