#include "app/process/CoreDumpGuard.h"

#include <cstdlib>
#include <sys/resource.h>
#if defined(__linux__)
#include <sys/prctl.h>
#endif

// Warnings by default: the line that core dumps are off is for someone who turns the category on.
Q_LOGGING_CATEGORY(lcProcess, "quotadeck.process", QtWarningMsg)

CoreDumpGuard::State CoreDumpGuard::apply()
{
    State state;
    // Plain getenv: nothing of Qt runs yet.
    const char* keep = std::getenv("QUOTADECK_TEST_KEEP_CORE_DUMPS");
    state.kept = keep != nullptr && *keep != '\0' && *keep != '0';
    if (!state.kept) {
#if defined(__linux__)
        prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
        const rlimit none { 0, 0 };
        setrlimit(RLIMIT_CORE, &none);
    }
    // Read back rather than assumed: the log line says what the kernel holds.
#if defined(__linux__)
    state.dumpable = prctl(PR_GET_DUMPABLE, 0, 0, 0, 0);
#endif
    rlimit limit {};
    if (getrlimit(RLIMIT_CORE, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY) {
        state.coreLimit = static_cast<long long>(limit.rlim_cur);
    }
    return state;
}

void CoreDumpGuard::log(const State& state)
{
    if (state.kept) {
        qCWarning(lcProcess).nospace() << "core dumps left on for a test (QUOTADECK_TEST_KEEP_CORE_DUMPS; dumpable "
                                       << state.dumpable << ", core limit " << state.coreLimit << ")";
        return;
    }
    qCInfo(lcProcess).nospace() << "core dumps off (dumpable " << state.dumpable << ", core limit " << state.coreLimit
                                << ")";
}
