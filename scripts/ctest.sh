#!/bin/sh
# Runs CTest over a build dir once, two suites at a time. A failed suite fails the run, except that a suite
# labelled `widget` gets one more try when --retry-widgets is given: the widget suites share the two cores with
# everything else and some of them wait on paint and input events. Every suite that needed a second try is
# named; nothing else is ever run twice, so a flaky model, store or crash suite shows as a failure.
#
#   scripts/ctest.sh BUILD_DIR [--retry-widgets] [--each-suite-passes] [-- ctest selection arguments]
#
# --each-suite-passes: a suite that passed without passing one test function of its own (every function
# skipped) fails too; the PostgreSQL stage uses it so that a suite cannot skip its way through that stage.
set -eu
build=$1
shift
retry=0
each=0
while [ $# -gt 0 ]; do
    case $1 in
        --retry-widgets) retry=1; shift ;;
        --each-suite-passes) each=1; shift ;;
        --) shift; break ;;
        *) echo "ctest.sh: unknown option $1" >&2; exit 2 ;;
    esac
done
tmp=$build/Testing/Temporary

# Suites in the last CTest log that passed without one PASS of their own (QtTest prints one per function).
all_skipped() {
    awk '
        /^[0-9]+\/[0-9]+ Test: / { name = $3; own[name] = 0; next }
        /^PASS   : / && name != "" && $0 !~ /::(initTestCase|cleanupTestCase)\(\)/ { own[name]++ }
        /^Test Passed\./ && name != "" && own[name] == 0 { print name }
    ' "$tmp/LastTest.log" 2>/dev/null || true
}

run() {
    rm -f "$tmp/LastTestsFailed.log"
    status=0
    ctest --test-dir "$build" --output-on-failure -j2 "$@" || status=$?
    failed=$(sed -n 's/^[0-9]*://p' "$tmp/LastTestsFailed.log" 2>/dev/null || true)
    if [ "$status" -ne 0 ] && [ -z "$failed" ]; then
        echo "ctest.sh: ctest exited $status without naming a failed suite" >&2
        exit 1
    fi
    if [ "$each" -eq 1 ]; then
        for name in $(all_skipped); do
            echo "ctest.sh: $name skipped every test function of its own in this stage" >&2
            failed="$failed $name"
        done
    fi
}

run "$@"
[ -z "$failed" ] && { echo "ctest.sh: every suite passed on its first try"; exit 0; }

widgets=$(ctest --test-dir "$build" -N -L '^widget$' | sed -n 's/^ *Test *#[0-9]*: *//p')
again=""
for name in $failed; do
    if [ "$retry" -eq 1 ] && printf '%s\n' "$widgets" | grep -qx "$name"; then
        again="$again $name"
    else
        echo "ctest.sh: FAILED $name (no second try)" >&2
        exit 1
    fi
done
pattern=$(printf '%s\n' $again | sed 's/.*/^&$/' | paste -sd'|')
echo "ctest.sh: second try for:$again"
run -R "$pattern"
if [ -n "$failed" ]; then
    echo "ctest.sh: FAILED twice:$failed" >&2
    exit 1
fi
echo "ctest.sh: needed a second try and passed it:$again"
