#!/bin/sh
# Renders the PNG sizes of the hicolor icon theme from quotadeck.svg (rsvg-convert, package librsvg2-bin).
# The PNGs are committed, so a build needs no SVG renderer; run this again after changing the SVG.
set -eu
cd "$(dirname "$0")"
command -v rsvg-convert >/dev/null || { echo "render-pngs.sh: needs rsvg-convert (apt-get install librsvg2-bin)" >&2; exit 1; }
for size in 16 22 24 32 48 64 128 256 512; do
    mkdir -p "hicolor/${size}x${size}"
    rsvg-convert --width "$size" --height "$size" --output "hicolor/${size}x${size}/quotadeck.png" quotadeck.svg
done
