#!/bin/sh
# CI stage: the whole test suite built with AddressSanitizer (+ LeakSanitizer) and UBSan (gcc,
# -O1, every target through -DQUOTADECK_SANITIZE) and run by CTest. Only what CTest runs is built: every
# registered suite and the two executables the suites start; no benchmarks. A finding aborts the process
# that hit it (UBSan does not recover), so its suite fails. Suppressions (tests/sanitizers/*.supp) cover
# only third-party code (Qt, glib, fontconfig, D-Bus, libsecret), each with a reason.
#   scripts/ci/sanitizers.sh [BUILD_DIR] [ctest arguments...]     (default build-asan)
set -eu
cd "$(dirname "$0")/../.."
launcher=""
command -v ccache >/dev/null && launcher="-DCMAKE_CXX_COMPILER_LAUNCHER=ccache"
root=$PWD
build=${1:-build-asan}
[ $# -gt 0 ] && shift

scripts/deps.sh --test
cmake -S . -B "$build" -G Ninja -DQUOTADECK_WERROR=ON -DQUOTADECK_SANITIZE=address,undefined \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo $launcher -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g" >/dev/null
targets=$(ctest --test-dir "$build" -N | sed -n 's/^ *Test *#[0-9]*: *//p')
# shellcheck disable=SC2086 # one target per word
cmake --build "$build" -j2 --target quotadeck quotadeck-sim $targets

# Child processes (quotadeck, quotadeck-sim started by the CLI suites) inherit these.
export ASAN_OPTIONS="detect_leaks=1:halt_on_error=1:detect_stack_use_after_return=0:check_initialization_order=1"
export LSAN_OPTIONS="suppressions=$root/tests/sanitizers/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:suppressions=$root/tests/sanitizers/ubsan.supp"
# No second tries here: a finding may show only once. The suites' timeouts are scaled for this build.
"$root/scripts/ctest.sh" "$build" -- "$@"
