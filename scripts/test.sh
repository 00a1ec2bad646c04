#!/bin/sh
# Installs what is missing, builds, and runs the whole test suite (CTest). Keychain tests start their own
# D-Bus session with an unlocked gnome-keyring (tests/with-keyring.sh); widget tests run offscreen.
set -eu
cd "$(dirname "$0")/.."
scripts/deps.sh --test
scripts/build.sh
cd build
# A suite that fails is run once more before the run fails: the timing-sensitive widget tests share two
# cores with the rest; a real failure fails twice.
ctest --output-on-failure --timeout 300 -j2 --repeat until-pass:2 "$@"
