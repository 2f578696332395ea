#!/usr/bin/env bash
# Builds server/src/main/resources/public/world.svg, the country boundaries the web UI's maps are drawn on, from
# the npm package world-atlas (Natural Earth 1:110m admin-0 countries, public domain; the package ISC-licensed,
# Mike Bostock). Needs node and npm; fetches the package once into a temporary directory, nothing at run time.
# Usage: tools/map/build-world.sh [VERSION]     (default 2.0.2, the version the committed file was made from)
set -euo pipefail
version="${1:-2.0.2}"
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../../server/src/main/resources/public/world.svg"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "world-atlas@$version" >/dev/null && tar xzf "world-atlas-$version.tgz")
node "$here/topojson-to-svg.mjs" "$tmp/package/countries-110m.json" "$version" > "$tmp/world.svg"
cp "$tmp/package/LICENSE" "$here/world-atlas-LICENSE"
mv "$tmp/world.svg" "$out"
echo "wrote $out ($(wc -c < "$out") bytes)"
