#!/bin/sh
# CI stage: the Debian package. Builds it with CPack from the build/ dir scripts/test.sh made (no
# rebuild), installs it with apt-get as a user would, runs the installed quotadeck (--version, a headless
# refresh against the installed quotadeck-sim inside a private D-Bus session with gnome-keyring, a PDF
# report without a display), validates
# the .desktop file and the AppStream metainfo, then removes the package and checks its files are gone.
#   scripts/ci/package.sh [BUILD_DIR]      (default build)
# Runs as root or through sudo; it installs and removes the package `quotadeck` on this machine.
set -eu
cd "$(dirname "$0")/../.."
root=$(pwd)
build=$(cd "${1:-build}" && pwd)
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
step() { printf '\n== package: %s\n' "$*"; }
die() { echo "package.sh: $*" >&2; exit 1; }

"$root/scripts/deps.sh" --package
missing=""
for p in desktop-file-utils appstream dbus-daemon gnome-keyring man-db; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
    step "installing the validators:$missing"
    $sudo apt-get update -qq
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing
fi

step "cpack in $build"
rm -f "$build"/quotadeck_*.deb
(cd "$build" && cpack -G DEB >/dev/null) || die "cpack failed"
deb=$(ls "$build"/quotadeck_*.deb)
version=$(dpkg-deb -f "$deb" Version)
project_version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
[ "$version" = "$project_version" ] || die "package version $version is not the project version $project_version"
dpkg-deb -f "$deb" Package Version Architecture Section Maintainer Installed-Size Depends Recommends Suggests
echo "$(basename "$deb"): $(du -k "$deb" | cut -f1) KiB"
# Debian policy, where lintian is installed (it is large, so CI does not install it): errors and warnings fail.
if command -v lintian >/dev/null; then
    lintian --fail-on error,warning "$deb" 2>&1 | grep -v "running with root privileges" || true
    lintian --fail-on error,warning "$deb" >/dev/null 2>&1 || die "lintian finds errors or warnings"
fi
for dep in libqt6sql6-sqlite libsecret-1-0 libqt6charts6 libqt6keychain1 libsodium23 fonts-wqy-microhei; do
    dpkg-deb -f "$deb" Depends | grep -q "$dep" || die "Depends lacks $dep"
done

step "apt-get install ./$(basename "$deb")"
# A copy outside the build dir: apt's sandbox user (_apt) must be able to read it.
scratch=$(mktemp -d)
sim_pid=""
cleanup() {
    if [ -n "$sim_pid" ]; then kill "$sim_pid" 2>/dev/null || true; fi
    rm -rf "$scratch"
}
trap cleanup EXIT INT TERM
cp "$deb" "$scratch/"
chmod 755 "$scratch"; chmod 644 "$scratch/$(basename "$deb")"
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$scratch/$(basename "$deb")" \
    >"$scratch/apt.log" 2>&1 || { cat "$scratch/apt.log" >&2; die "apt-get install failed"; }
dpkg-query -L quotadeck | while read -r f; do [ -f "$f" ] && echo "$f"; done >"$scratch/files"
echo "installed $(wc -l <"$scratch/files") files:"
sed 's/^/  /' "$scratch/files"
for f in /usr/bin/quotadeck /usr/bin/quotadeck-sim \
         /usr/share/applications/io.github.quotadeck.QuotaDeck.desktop \
         /usr/share/metainfo/io.github.quotadeck.QuotaDeck.metainfo.xml \
         /usr/share/icons/hicolor/scalable/apps/io.github.quotadeck.QuotaDeck.svg \
         /usr/share/icons/hicolor/16x16/apps/io.github.quotadeck.QuotaDeck.png \
         /usr/share/icons/hicolor/512x512/apps/io.github.quotadeck.QuotaDeck.png \
         /usr/share/man/man1/quotadeck.1.gz /usr/share/man/man1/quotadeck-sim.1.gz \
         /usr/share/doc/quotadeck/copyright /usr/share/doc/quotadeck/changelog.gz; do
    grep -qx "$f" "$scratch/files" || die "the package does not install $f"
done

step "installed quotadeck --version (no display)"
out=$(env -u DISPLAY -u WAYLAND_DISPLAY /usr/bin/quotadeck --version)
echo "$out"
[ "$out" = "quotadeck $version" ] || die "--version says \"$out\", expected \"quotadeck $version\""
/usr/bin/quotadeck-sim --version
man -l /usr/share/man/man1/quotadeck.1.gz 2>/dev/null | grep -q "EXIT STATUS" || die "the man page does not render"

step "headless refresh against the installed quotadeck-sim"
/usr/bin/quotadeck-sim --port 0 >"$scratch/sim.out" 2>&1 &
sim_pid=$!
i=0
until grep -q '^listening on ' "$scratch/sim.out"; do
    i=$((i + 1)); [ $i -le 100 ] || die "quotadeck-sim did not start: $(cat "$scratch/sim.out")"; sleep 0.1
done
base=$(sed -n 's/^listening on //p' "$scratch/sim.out" | head -n 1)
echo "quotadeck-sim at $base"
mkdir -p "$scratch/data"
# The keys need a keychain: a private D-Bus session with an unlocked gnome-keyring (as the KEYRING tests).
# Two made-up keys answer, one is refused (401): refresh exits 3 and says so in its JSON.
# shellcheck disable=SC2016 # expanded by the inner shell
"$root/tests/with-keyring.sh" sh -c '
    set -eu
    dir=$1 base=$2
    printf tvly-sim-ok-ciA-0001abcd | /usr/bin/quotadeck --data-dir "$dir" --api-base "$base" keys add --label ci-one
    printf tvly-sim-low-ciA-0002abcd | /usr/bin/quotadeck --data-dir "$dir" --api-base "$base" keys add --label ci-two
    printf tvly-sim-invalid-ciB-0003abcd | /usr/bin/quotadeck --data-dir "$dir" --api-base "$base" keys add --label ci-bad
    status=0
    /usr/bin/quotadeck --data-dir "$dir" --api-base "$base" refresh --json >"$dir/refresh.json" || status=$?
    cat "$dir/refresh.json"
    [ "$status" -eq 3 ] || { echo "refresh exited $status, expected 3 (one key refused)" >&2; exit 1; }
    /usr/bin/quotadeck --data-dir "$dir" keys list
    # A PDF report draws the charts on the offscreen platform: what the package pulls in must be enough.
    /usr/bin/quotadeck --data-dir "$dir" report --format pdf --output "$dir/report.pdf"
    head -c 5 "$dir/report.pdf" | grep -q "%PDF-" || { echo "the PDF report is not a PDF" >&2; exit 1; }
    echo "report.pdf: $(wc -c <"$dir/report.pdf") bytes"
' ci "$scratch/data" "$base" >"$scratch/refresh.log" 2>&1 || { cat "$scratch/refresh.log" >&2; die "the headless refresh failed"; }
cat "$scratch/refresh.log"
grep -Eq '"succeeded": *2' "$scratch/refresh.log" || die "refresh did not report 2 keys succeeded"
grep -Eq '"failed": *1' "$scratch/refresh.log" || die "refresh did not report 1 key failed"
grep -Eq 'ci-bad .*invalid' "$scratch/refresh.log" || die "keys list does not show ci-bad as invalid"
grep -q "tvly-sim-ok-ciA-0001abcd" "$scratch/refresh.log" && die "a key was printed in full"
kill "$sim_pid"; wait "$sim_pid" 2>/dev/null || true; sim_pid=""

step "desktop-file-validate and appstreamcli validate"
desktop-file-validate /usr/share/applications/io.github.quotadeck.QuotaDeck.desktop
appstreamcli validate --no-net /usr/share/metainfo/io.github.quotadeck.QuotaDeck.metainfo.xml

step "apt-get remove quotadeck"
DEBIAN_FRONTEND=noninteractive $sudo apt-get remove -y -qq quotadeck >"$scratch/apt.log" 2>&1 || { cat "$scratch/apt.log" >&2; die "apt-get remove failed"; }
dpkg-query -W -f='${Status}' quotadeck 2>/dev/null | grep -q "install ok installed" && die "quotadeck is still installed"
left=0
while read -r f; do
    if [ -e "$f" ]; then echo "left behind: $f" >&2; left=1; fi
done <"$scratch/files"
[ "$left" -eq 0 ] || die "files of the package are still there"
echo "removed; none of its $(wc -l <"$scratch/files") files is left"
step "ok"
