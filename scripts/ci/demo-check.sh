#!/bin/sh
# The README's first command as a new user meets it: runs ./scripts/demo.sh (which installs, builds and opens
# the demo window) under Xvfb and passes when its window is visible and still there 20 s later, the process
# alive. Meant for a clean root (scripts/ci/clean-root.sh scripts/ci/demo-check.sh); it installs only the X
# server and xdotool it looks with, after demo.sh has had its chance to install the rest.
#   scripts/ci/demo-check.sh [SCREENSHOT.png]     (a screenshot too when ImageMagick is installed)
set -eu
cd "$(dirname "$0")/../.."
shot=${1:-}
log=$(mktemp)
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends xvfb xauth xdotool >/dev/null

Xvfb :71 -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
demo=""
cleanup() {
    [ -n "$demo" ] && kill "$demo" 2>/dev/null
    kill "$xvfb" 2>/dev/null
    rm -f "$log"
}
trap cleanup EXIT INT TERM
export DISPLAY=:71
# Not through xvfb-run: the demo must open on this display as it would on a desktop's.
./scripts/demo.sh >"$log" 2>&1 &
demo=$!

# The build comes first: wait for the window as long as it takes (CI's stage limit bounds it).
found=""
while kill -0 "$demo" 2>/dev/null; do
    found=$(xdotool search --onlyvisible --name '^QuotaDeck' 2>/dev/null | head -n 1 || true)
    [ -n "$found" ] && break
    sleep 1
done
if [ -z "$found" ]; then
    echo "demo-check: ./scripts/demo.sh ended without showing its window; it said:" >&2
    tail -n 40 "$log" >&2
    exit 1
fi
echo "demo-check: window \"$(xdotool getwindowname "$found")\" is visible; waiting 20 s"
sleep 20
if ! kill -0 "$demo" 2>/dev/null; then
    echo "demo-check: the demo exited within 20 s of showing its window; it said:" >&2
    tail -n 40 "$log" >&2
    exit 1
fi
xdotool search --onlyvisible --name '^QuotaDeck' >/dev/null 2>&1 || {
    echo "demo-check: the window is no longer visible after 20 s" >&2
    exit 1
}
if [ -n "$shot" ] && command -v import >/dev/null; then
    import -window root "$shot"
    echo "demo-check: screenshot in $shot"
fi
echo "demo-check: the demo window is up and stayed up for 20 s"
