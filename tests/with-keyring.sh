#!/bin/sh
# Runs one test against a real Secret Service: a private D-Bus session with gnome-keyring-daemon unlocked
# (password "test"), in a throwaway HOME and XDG_RUNTIME_DIR so the user's own keyring is never touched.
set -eu
if ! command -v dbus-run-session >/dev/null || ! command -v gnome-keyring-daemon >/dev/null; then
    echo "with-keyring.sh: needs dbus-run-session and gnome-keyring-daemon (apt-get install dbus gnome-keyring)" >&2
    exit 1
fi
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT INT TERM
mkdir -p "$scratch/home" "$scratch/run"
chmod 700 "$scratch/run"
export HOME="$scratch/home" XDG_RUNTIME_DIR="$scratch/run" XDG_DATA_HOME="$scratch/home/.local/share"
export XDG_CONFIG_HOME="$scratch/home/.config" XDG_CACHE_HOME="$scratch/home/.cache"
unset DBUS_SESSION_BUS_ADDRESS
status=0
dbus-run-session -- sh -c 'printf test | gnome-keyring-daemon --unlock --components=secrets >/dev/null || exit 1
"$@"' keyring "$@" || status=$?
# gnome-keyring-daemon outlives its D-Bus session: end the one this script started, found by its runtime dir.
for pid in $(pgrep -f gnome-keyring-daemon || true); do
    if tr '\0' '\n' 2>/dev/null <"/proc/$pid/environ" | grep -qx "XDG_RUNTIME_DIR=$scratch/run"; then
        kill "$pid" 2>/dev/null || true
    fi
done
exit "$status"
