#!/usr/bin/env bash
# Renders tessera.svg to the hicolor PNG sizes under hicolor/<N>x<N>/apps/tessera.png.
# Needs rsvg-convert (Debian package librsvg2-bin). The output is reproducible: the same
# librsvg version writes byte-identical PNGs (no timestamps or text chunks are added).
# Run it after editing tessera.svg and commit the PNGs with the SVG.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
svg="${here}/tessera.svg"
sizes=(16 24 32 48 64 128 256 512)

if ! command -v rsvg-convert >/dev/null 2>&1; then
  echo "render-icons.sh: rsvg-convert not found; install it with: apt-get install librsvg2-bin" >&2
  exit 1
fi

for size in "${sizes[@]}"; do
  out="${here}/hicolor/${size}x${size}/apps/tessera.png"
  mkdir -p "$(dirname "${out}")"
  rsvg-convert --width "${size}" --height "${size}" --keep-aspect-ratio --format png \
    --output "${out}" "${svg}"
  echo "${out#"${here}/"}"
done
