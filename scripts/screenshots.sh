#!/bin/sh
# Light and dark screenshots of the demo window after a few refreshes: the key table and the dashboard of
# each, into docs/screenshots/ (README links them). Runs an already-built quotadeck --demo under Xvfb with
# QUOTADECK_THEME=light, then =dark (ui/Theme.h), refreshes twice eight seconds apart (Shift+F5, then F5: the
# network, then the cache) on top of the demo's week of history, then saves keys-<theme>.png (Ctrl+1) and
# dashboard-<theme>.png (Ctrl+2, its default range "Last 24 hours").
# Builds nothing.
#
#   scripts/screenshots.sh [BINARY] [OUTPUT_DIR]
#       BINARY      default build/app/quotadeck
#       OUTPUT_DIR  default docs/screenshots
#   QUOTADECK_SHOT_RUNS=2  refreshes before the pictures
#
# Installs what it needs first (Xvfb, ImageMagick's import, xdotool: scripts/deps.sh --screenshots).
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/deps.sh" --screenshots
bin=${1:-$root/build/app/quotadeck}
outdir=${2:-$root/docs/screenshots}
case $bin in /*) ;; *) bin=$(pwd)/$bin ;; esac
case $outdir in /*) ;; *) outdir=$(pwd)/$outdir ;; esac
if [ ! -x "$bin" ]; then
    echo "screenshots.sh: $bin is not an executable; build it first (scripts/build.sh)" >&2
    exit 2
fi
for tool in xvfb-run import xdotool; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "screenshots.sh: $tool is missing (apt-get install -y xvfb imagemagick xdotool)" >&2
        exit 1
    fi
done
mkdir -p "$outdir"

inner=$(mktemp)
log=$(mktemp)
trap 'rm -f "$inner" "$log"' EXIT
cat >"$inner" <<'EOF'
set -eu
QT_QPA_PLATFORM=xcb QUOTADECK_THEME=$SHOT_THEME "$SHOT_BIN" --demo >"$SHOT_LOG" 2>&1 &
app=$!
sleep 4
wid=$(xdotool search --onlyvisible --name '^QuotaDeck' 2>/dev/null | head -n 1 || true)
if [ -z "$wid" ]; then
    echo "no QuotaDeck window" >&2
    kill "$app" 2>/dev/null || true
    exit 1
fi
# Without a window manager nothing gets focus by itself: focus the window before each key goes to it.
key() {
    xdotool windowfocus --sync "$wid" 2>/dev/null || xdotool windowfocus "$wid"
    xdotool key --clearmodifiers "$1"
}
xdotool windowsize "$wid" 1400 900 2>/dev/null || true
# Alternately forced (network, held back by the limiter) and plain (the cache answers within its TTL).
n=0
while [ "$n" -lt "$SHOT_RUNS" ]; do
    if [ $((n % 2)) = 0 ]; then key shift+F5; else key F5; fi
    sleep 8
    n=$((n + 1))
done
xdotool mousemove 1399 899 # no hover highlight or tooltip in the picture
key ctrl+1
sleep 1
import -window "$wid" "$SHOT_DIR/keys-$SHOT_THEME.png"
key ctrl+2
sleep 3
import -window "$wid" "$SHOT_DIR/dashboard-$SHOT_THEME.png"
kill "$app" 2>/dev/null || true
wait "$app" 2>/dev/null || true
EOF

for theme in light dark; do
    SHOT_BIN=$bin SHOT_DIR=$outdir SHOT_LOG=$log SHOT_THEME=$theme SHOT_RUNS=${QUOTADECK_SHOT_RUNS:-2} \
        xvfb-run -a -s "-screen 0 1400x900x24" sh "$inner" || {
        echo "screenshots.sh: the $theme capture failed; the app said:" >&2
        cat "$log" >&2
        exit 1
    }
    echo "$outdir/keys-$theme.png"
    echo "$outdir/dashboard-$theme.png"
done
