#!/bin/sh
# Installs what QuotaDeck needs on Debian 12 (bookworm). Safe to run again: apt skips what is there.
#   scripts/deps.sh          build + run dependencies
#   scripts/deps.sh --test   also what the test suite uses (a real Secret Service, Xvfb for screenshots,
#                            poppler-utils to read and render the PDF reports)
set -eu
packages="cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-charts-dev qt6-httpserver-dev qt6-websockets-dev
  libqt6sql6-sqlite libqt6sql6-psql qtkeychain-qt6-dev libsodium-dev libsqlite3-dev
  gnome-keyring dbus-daemon dbus-user-session"
if [ "${1:-}" = "--test" ]; then
  packages="$packages xvfb xauth imagemagick xdotool nghttp2-proxy openssl poppler-utils"
fi
missing=""
for p in $packages; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
echo "Installing:$missing"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
$sudo apt-get update -qq
# shellcheck disable=SC2086
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing
