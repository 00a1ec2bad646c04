#pragma once
// Core dumps off for the whole process. A crashing QuotaDeck would otherwise write the API keys it holds
// (the unsealed key, Qt's copy of the Authorization header, the data key) into a core file that any backup
// or bug report then carries. apply() is the first call in main of every executable, before any key is read:
// it makes the process non-dumpable (prctl PR_SET_DUMPABLE 0, Linux: no core, no ptrace by other
// processes of the same user, /proc/PID/mem and environ closed to them) and sets RLIMIT_CORE to 0, hard
// limit included, so nothing later in the process can raise it again.
//
// QUOTADECK_TEST_KEEP_CORE_DUMPS=1 leaves both as they were: a test-only switch for the control process that
// proves a core file would appear without the guard (tests/faults/tst_coredumps.cpp).

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcProcess)

class CoreDumpGuard
{
public:
    struct State
    {
        bool kept = false; // the test-only switch left core dumps on
        int dumpable = -1; // PR_GET_DUMPABLE afterwards (-1 where there is no prctl)
        long long coreLimit = -1; // RLIMIT_CORE's soft limit afterwards (-1: unlimited or unreadable)
    };

    static State apply();
    // One log line (quotadeck.process) saying what apply() found; the caller logs once logging is set up.
    static void log(const State& state);
};
