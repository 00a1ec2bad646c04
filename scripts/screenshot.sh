#!/bin/sh
# Screenshot of the window as a person sees it: runs an already-built quotadeck in --demo mode under Xvfb,
# presses F5 (with xdotool, if installed) so the table shows refreshed keys, and saves the window as a PNG.
# Builds nothing.
#
#   scripts/screenshot.sh [BINARY] [OUTPUT]
#       BINARY  default build/app/quotadeck
#       OUTPUT  default docs/screenshots/main-window.png
#   QUOTADECK_SHOT_REFRESH=0   take the picture before any refresh
#   QUOTADECK_SHOT_WAIT=4      seconds to let the demo start (server, vault, sample keys)
#
# Installs what it needs first (Xvfb, ImageMagick's import, xdotool: scripts/deps.sh --screenshots).
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/deps.sh" --screenshots
bin=${1:-$root/build/app/quotadeck}
out=${2:-$root/docs/screenshots/main-window.png}

case $bin in /*) ;; *) bin=$(pwd)/$bin ;; esac
case $out in /*) ;; *) out=$(pwd)/$out ;; esac

if [ ! -x "$bin" ]; then
    echo "screenshot.sh: $bin is not an executable; build it first (scripts/build.sh)" >&2
    exit 2
fi
for tool in xvfb-run import; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "screenshot.sh: $tool is missing (apt-get install -y xvfb imagemagick)" >&2
        exit 1
    fi
done
refresh=${QUOTADECK_SHOT_REFRESH:-1}
if [ "$refresh" = 1 ] && ! command -v xdotool >/dev/null 2>&1; then
    echo "screenshot.sh: xdotool is missing, so the picture shows the window before a refresh" >&2
    refresh=0
fi
mkdir -p "$(dirname "$out")"

# The part that runs inside the X server. Without a window manager nothing gets focus by itself, so the
# window is focused explicitly before F5 goes to it through XTEST.
inner=$(mktemp)
trap 'rm -f "$inner"' EXIT
cat >"$inner" <<'EOF'
set -eu
QT_QPA_PLATFORM=xcb "$SHOT_BIN" --demo >"$SHOT_LOG" 2>&1 &
app=$!
sleep "$SHOT_WAIT"
wid=""
if command -v xdotool >/dev/null 2>&1; then
    wid=$(xdotool search --onlyvisible --name '^QuotaDeck' 2>/dev/null | head -n 1 || true)
fi
if [ "$SHOT_REFRESH" = 1 ] && [ -n "$wid" ]; then
    xdotool windowfocus --sync "$wid" 2>/dev/null || xdotool windowfocus "$wid"
    xdotool key --clearmodifiers F5
    sleep 2
    # Move the pointer off the window so no hover highlight or tooltip lands in the picture.
    xdotool mousemove 1399 899
    sleep 0.5
fi
if [ -n "$wid" ]; then
    import -window "$wid" "$SHOT_OUT"
else
    import -window root "$SHOT_OUT"
fi
kill "$app" 2>/dev/null || true
wait "$app" 2>/dev/null || true
EOF

log=$(mktemp)
SHOT_BIN=$bin SHOT_OUT=$out SHOT_LOG=$log SHOT_REFRESH=$refresh SHOT_WAIT=${QUOTADECK_SHOT_WAIT:-4} \
    xvfb-run -a -s "-screen 0 1400x900x24" sh "$inner" || {
    echo "screenshot.sh: the capture failed; the app said:" >&2
    cat "$log" >&2
    rm -f "$log"
    exit 1
}
rm -f "$log"
echo "$out"
