#!/bin/sh
# Runs one test on a desktop with a system tray, or without one: Xvfb (xvfb-run), a private D-Bus session and
# quotadeck-trayhost on it (a StatusNotifierWatcher that says a tray host is there, and a notification
# server), in a throwaway HOME and XDG_RUNTIME_DIR. The test runs on the xcb platform with
# QUOTADECK_TEST_TRAY=1 (0 with --no-tray, where the host registers nothing: a desktop without a tray).
#   tests/with-tray.sh [--no-tray] TRAYHOST TEST [ARGS...]
set -eu
notray=""
if [ "${1:-}" = "--no-tray" ]; then
    notray="--no-tray"
    shift
fi
for tool in xvfb-run xauth dbus-run-session; do
    if ! command -v "$tool" >/dev/null; then
        echo "with-tray.sh: needs $tool (apt-get install xvfb xauth dbus-daemon: scripts/deps.sh --test)" >&2
        exit 1
    fi
done
host=$1
shift
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT INT TERM
mkdir -p "$scratch/home" "$scratch/run"
chmod 700 "$scratch/run"
export HOME="$scratch/home" XDG_RUNTIME_DIR="$scratch/run" XDG_DATA_HOME="$scratch/home/.local/share"
export XDG_CONFIG_HOME="$scratch/home/.config" XDG_CACHE_HOME="$scratch/home/.cache"
unset DBUS_SESSION_BUS_ADDRESS XDG_CURRENT_DESKTOP
status=0
# shellcheck disable=SC2086 # $notray is one word or none
xvfb-run -a -s "-screen 0 1600x1000x24 -nolisten tcp" dbus-run-session -- "$host" $notray "$@" || status=$?
exit "$status"
