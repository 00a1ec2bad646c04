#!/bin/sh
# Installs what is missing, builds, and runs the whole test suite (CTest). Keychain tests start their own
# D-Bus session with an unlocked gnome-keyring (tests/with-keyring.sh); widget tests run offscreen.
set -eu
cd "$(dirname "$0")/.."
scripts/deps.sh --test
scripts/build.sh
# Every suite once; only a widget suite that fails gets a second try, and is named (scripts/ctest.sh).
# Arguments go to CTest as a selection, e.g. scripts/test.sh -R tst_store.
scripts/ctest.sh build --retry-widgets -- "$@"
