#!/bin/sh
# Configures (once) and builds QuotaDeck with Ninja into build/. Warnings are errors. Uses ccache when it is
# installed (CI's clean root has one; nothing requires it).
set -eu
cd "$(dirname "$0")/.."
launcher=""
command -v ccache >/dev/null && launcher="-DCMAKE_CXX_COMPILER_LAUNCHER=ccache"
# shellcheck disable=SC2086 # empty or one word
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DQUOTADECK_WERROR=ON $launcher >/dev/null
cmake --build build
