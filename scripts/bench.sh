#!/bin/sh
# Builds and prints the benchmark figures (executables that print numbers, not pass/fail tests).
set -eu
cd "$(dirname "$0")/.."
scripts/deps.sh --test
scripts/build.sh
echo "== import (envelope vs one keychain entry per key), real Secret Service =="
tests/with-keyring.sh build/tests/bench/bench_import 1000 2>&1 | grep -v 'fd limit'
echo "== refresh-all against the local usage server =="
build/tests/bench/bench_refresh 200 100
echo "== PDF report of 1000 keys with charts (target <= 3 s) =="
build/tests/bench/bench_report --keys 1000 || echo "(bench_report: target missed)"
echo "== dashboard: range switches, cold start, memory (1000 keys, 10 million raw snapshots; the store is generated once, minutes, and cached) =="
QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} build/tests/bench/bench_dashboard
