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
#   QUOTADECK_SHOT_SIZE=1400x900  the X screen's size (e.g. 1024x600 to see the window on a small screen)
#   QUOTADECK_SHOT_TAB=1       the tab shown: 1 keys, 2 dashboard, 3 alerts (Ctrl+1/2/3, needs xdotool)
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
size=${QUOTADECK_SHOT_SIZE:-1400x900}
tab=${QUOTADECK_SHOT_TAB:-1}
case $size in
    [1-9]*x[1-9]*) ;;
    *) echo "screenshot.sh: QUOTADECK_SHOT_SIZE must read WIDTHxHEIGHT, e.g. 1024x600" >&2; exit 2 ;;
esac
case $tab in
    1 | 2 | 3) ;;
    *) echo "screenshot.sh: QUOTADECK_SHOT_TAB must be 1, 2 or 3" >&2; exit 2 ;;
esac
width=${size%x*}
height=${size#*x}
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
if [ -n "$wid" ] && { [ "$SHOT_REFRESH" = 1 ] || [ "$SHOT_TAB" != 1 ]; }; then
    xdotool windowfocus --sync "$wid" 2>/dev/null || xdotool windowfocus "$wid"
    if [ "$SHOT_REFRESH" = 1 ]; then
        xdotool key --clearmodifiers F5
        sleep 2
    fi
    if [ "$SHOT_TAB" != 1 ]; then
        xdotool key --clearmodifiers "ctrl+$SHOT_TAB"
        sleep 2
    fi
    # Move the pointer off the window so no hover highlight or tooltip lands in the picture.
    xdotool mousemove "$SHOT_MAX_X" "$SHOT_MAX_Y"
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
    SHOT_TAB=$tab SHOT_MAX_X=$((width - 1)) SHOT_MAX_Y=$((height - 1)) \
    xvfb-run -a -s "-screen 0 ${width}x${height}x24" sh "$inner" || {
    echo "screenshot.sh: the capture failed; the app said:" >&2
    cat "$log" >&2
    rm -f "$log"
    exit 1
}
rm -f "$log"
echo "$out"
