#!/bin/sh
# Screenshots of the tray: runs an already-built quotadeck in --demo mode under Xvfb beside a real tray host
# (trayer, an XEmbed tray at the top right), lets the demo refresh, then hovers the tray icon and saves the
# screen with its tooltip, and right-clicks it and saves the screen with its menu. Builds nothing.
#
#   scripts/screenshot-tray.sh [BINARY] [OUTPUT_DIR]
#       BINARY      default build/app/quotadeck
#       OUTPUT_DIR  default docs/screenshots (tray-tooltip.png, tray-menu.png)
#
# Installs what it needs first (scripts/deps.sh --screenshots: Xvfb, ImageMagick's import, xdotool, trayer).
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/deps.sh" --screenshots
bin=${1:-$root/build/app/quotadeck}
out=${2:-$root/docs/screenshots}
case $bin in /*) ;; *) bin=$(pwd)/$bin ;; esac
case $out in /*) ;; *) out=$(pwd)/$out ;; esac
if [ ! -x "$bin" ]; then
    echo "screenshot-tray.sh: $bin is not an executable; build it first" >&2
    exit 2
fi
mkdir -p "$out"

inner=$(mktemp)
trap 'rm -f "$inner"' EXIT
cat >"$inner" <<'INNER'
set -eu
trayer --edge top --align right --widthtype request --height 28 --SetDockType true --transparent false \
    --tint 0xd8d8d8 >/dev/null 2>&1 &
tray=$!
sleep 1
# No D-Bus session: Qt uses the XEmbed tray trayer offers.
unset DBUS_SESSION_BUS_ADDRESS
QT_QPA_PLATFORM=xcb "$SHOT_BIN" --demo >"$SHOT_LOG" 2>&1 &
app=$!
sleep 6
wid=$(xdotool search --onlyvisible --name '^QuotaDeck' 2>/dev/null | head -n 1 || true)
if [ -n "$wid" ]; then
    xdotool windowfocus "$wid" 2>/dev/null || true
    xdotool key --clearmodifiers F5
    sleep 4
fi
# The icon is the last one in trayer's panel, at the screen's top right.
width=$(xdotool getdisplaygeometry | cut -d' ' -f1)
xdotool mousemove $((width - 14)) 14
sleep 3
import -window root "$SHOT_OUT/tray-tooltip.png"
xdotool click 3
sleep 1.5
import -window root "$SHOT_OUT/tray-menu.png"
kill "$app" "$tray" 2>/dev/null || true
wait "$app" 2>/dev/null || true
INNER

log=$(mktemp)
SHOT_BIN=$bin SHOT_OUT=$out SHOT_LOG=$log xvfb-run -a -s "-screen 0 1400x900x24" sh "$inner" || {
    echo "screenshot-tray.sh: the capture failed; the app said:" >&2
    cat "$log" >&2
    rm -f "$log"
    exit 1
}
rm -f "$log"
echo "$out/tray-tooltip.png"
echo "$out/tray-menu.png"
