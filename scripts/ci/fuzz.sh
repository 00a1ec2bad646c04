#!/bin/sh
# CI stage: builds the libFuzzer targets with clang (ASan + UBSan) in their own build dir and runs
# each for FUZZ_SECONDS (60) from the committed seed corpus in tests/fuzz/corpus/. What a run discovers goes
# to a throwaway dir, so the committed corpus stays the reviewed seeds. Prints each target's executions; a
# crash, leak, sanitizer finding or broken invariant fails the stage and leaves the input in $BUILD/artifacts.
#   scripts/ci/fuzz.sh [BUILD_DIR]        (default build-fuzz; FUZZ_SECONDS=10 for a quick local look)
set -eu
cd "$(dirname "$0")/../.."
launcher=""
command -v ccache >/dev/null && launcher="-DCMAKE_CXX_COMPILER_LAUNCHER=ccache"
build=${1:-build-fuzz}
seconds=${FUZZ_SECONDS:-60}

scripts/deps.sh
missing=""
command -v clang++ >/dev/null || missing="$missing clang"
ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1 || missing="$missing libclang-rt-14-dev"
if [ -n "$missing" ]; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing
fi

CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DQUOTADECK_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo $launcher >/dev/null
cmake --build "$build" -j2

mkdir -p "$build/artifacts"
status=0
for target in usageparser keyimportparser answerparsers; do
    work=$(mktemp -d)
    log="$build/fuzz_$target.log"
    # -rss_limit_mb: a parser that buffers without bound fails here; -timeout: one input taking >10 s hangs.
    if "$build/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -print_final_stats=1 -rss_limit_mb=1024 \
        -timeout=10 -artifact_prefix="$build/artifacts/$target-" "$work" "tests/fuzz/corpus/$target" >"$log" 2>&1; then
        runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
        rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
        echo "fuzz_$target: $runs executions in ${seconds} s ($rate/s), no finding"
    else
        echo "fuzz_$target: FAILED, see $log and $build/artifacts/" >&2
        tail -n 40 "$log" >&2
        status=1
    fi
    rm -rf "$work"
done
exit $status
