#!/bin/sh
# Builds and prints the benchmark figures (executables that print numbers and compare them with their
# targets). Every benchmark runs; the script exits 1 when any of them printed FAIL or failed to run, and
# names them.
set -u
cd "$(dirname "$0")/.."
scripts/deps.sh --test || exit 1
scripts/build.sh || exit 1
failed=""
bench() { # bench NAME TITLE COMMAND...
    name=$1
    echo "== $2 =="
    shift 2
    "$@" || failed="$failed $name"
}
bench bench_import "import (envelope vs one keychain entry per key), real Secret Service" \
    tests/with-keyring.sh build/tests/bench/bench_import 1000
bench bench_refresh "refresh-all against the local usage server" build/tests/bench/bench_refresh 200 100
bench bench_logsync "request logs of 1000 keys, 1000 new entries each (target: cycle <= 10 s, stall <= 50 ms)" \
    build/tests/bench/bench_logsync
bench bench_report "PDF report of 1000 keys with charts (target <= 3 s)" build/tests/bench/bench_report --keys 1000
bench bench_dashboard "dashboard: range switches, cold start, memory (1000 keys, 10 million raw snapshots; the store is generated once, minutes, and cached)" \
    env QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}" build/tests/bench/bench_dashboard
if [ -n "$failed" ]; then
    echo "bench.sh: FAILED:$failed" >&2
    exit 1
fi
echo "bench.sh: every benchmark met its targets"
