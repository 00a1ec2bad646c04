#!/bin/sh
# Configures (once) and builds QuotaDeck with Ninja into build/. Warnings are errors.
set -eu
cd "$(dirname "$0")/.."
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DQUOTADECK_WERROR=ON >/dev/null
cmake --build build
