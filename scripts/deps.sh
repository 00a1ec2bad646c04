#!/bin/sh
# Installs what QuotaDeck needs on Debian 12 (bookworm). Safe to run again: apt skips what is there.
#   scripts/deps.sh          build and run dependencies
#   scripts/deps.sh --test   also what the test suite uses
#   scripts/deps.sh --package       also what building the Debian package with CPack needs
#   scripts/deps.sh --screenshots   only what scripts/screenshot*.sh add (Xvfb, ImageMagick, xdotool, trayer)
# Packages go in with --no-install-recommends, so every package the build or a test needs is named here, even
# where a desktop install would bring it along. scripts/ci/clean-root.sh proves the list on a bare Debian 12.
set -eu

# To build.
build="cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-charts-dev qtkeychain-qt6-dev libsodium-dev libsqlite3-dev"
# Qt6ChartsConfig.cmake requires Qt6OpenGL's config, but qt6-charts-dev does not depend on its dev package
# (qt6-base-dev only recommends it).
build="$build libqt6opengl6-dev"
# Notification channels send over libcurl: its SMTP (STARTTLS, implicit TLS, AUTH) and HTTP, with OpenSSL.
build="$build libcurl4-openssl-dev"
# `quotadeck serve` answers /metrics with Qt's HTTP server module (6.4's technology preview). Its CMake config
# requires Qt6WebSockets' config, but qt6-httpserver-dev does not depend on qt6-websockets-dev.
build="$build qt6-httpserver-dev qt6-websockets-dev"
# Translations: Qt Linguist's CMake functions (qt_add_lupdate, qt_add_lrelease) come with qt6-tools-dev, the
# lupdate and lrelease they run with qt6-l10n-tools.
build="$build qt6-tools-dev qt6-l10n-tools"
# To run: the SQLite and PostgreSQL drivers and a Secret Service for the vault's data key (the xcb and
# offscreen platform plugins come with libqt6gui6).
run="libqt6sql6-sqlite libqt6sql6-psql gnome-keyring dbus-daemon"
# Fonts the labels need: DejaVu has Latin, Cyrillic, Greek and Arabic; WenQuanYi Micro Hei has Chinese (both
# scripts) and Japanese kana and copies back from a PDF exactly (Noto CJK maps common Han to Kangxi radicals
# there); Symbola has monochrome emoji, which Qt's PDF writer can embed (colour emoji fonts draw blanks).
run="$run fonts-dejavu-core fonts-wqy-microhei fonts-symbola"
# Qt's own translations (qtbase_zh_CN.qm ...): the standard dialogs' buttons in the chosen language.
run="$run qt6-translations-l10n"
packages="$build $run"
case ${1:-} in
--screenshots)
    # Only the screenshot scripts: an X server without a display, ImageMagick's import and xdotool; trayer, a
    # tray host for scripts/screenshot-tray.sh.
    packages="xvfb xauth imagemagick xdotool trayer"
    ;;
--package)
    # CPack's Debian generator: file and dpkg-shlibdeps (dpkg-dev) find the libraries the package depends on.
    packages="$packages file dpkg-dev"
    ;;
--test)
    # dbus-run-session and pgrep for tests/with-keyring.sh (and dbus-run-session for tests/with-tray.sh); nghttpx (HTTP/2) and openssl (a TLS server
    # certificate, also for the SMTP test server's STARTTLS) for the transport tests; poppler-utils to read
    # and render the PDF reports; prometheus for its promtool, which checks what /metrics serves.
    packages="$packages procps nghttp2-proxy openssl poppler-utils prometheus"
    # Xvfb and xauth (xvfb-run) for tests/with-tray.sh: the tray's suite runs on an X server with a tray host.
    packages="$packages xvfb xauth"
    ;;
"") ;;
*)
    echo "usage: scripts/deps.sh [--test | --package | --screenshots]" >&2
    exit 2
    ;;
esac

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
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
