#include "ui/desktop/QuitSignals.h"

#include <QApplication>
#include <QSocketNotifier>

#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace {
int s_pipe[2] = { -1, -1 };

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t n = ::write(s_pipe[1], &byte, 1); // async-signal-safe
}
} // namespace

bool QuitSignals::install()
{
    if (s_pipe[0] < 0) {
        if (::pipe(s_pipe) != 0) {
            return false;
        }
        for (const int fd : s_pipe) {
            ::fcntl(fd, F_SETFD, FD_CLOEXEC);
            ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
        }
    }
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return ::sigaction(SIGTERM, &action, nullptr) == 0 && ::sigaction(SIGINT, &action, nullptr) == 0
        && ::sigaction(SIGHUP, &action, nullptr) == 0;
}

void QuitSignals::deliverTo(QObject* parent)
{
    if (s_pipe[0] < 0) {
        return;
    }
    // A byte already in the pipe makes the notifier fire as soon as the event loop runs.
    auto* notifier = new QSocketNotifier(s_pipe[0], QSocketNotifier::Read, parent);
    QObject::connect(notifier, &QSocketNotifier::activated, parent, []() {
        char byte = 0;
        while (::read(s_pipe[0], &byte, 1) > 0) { }
        QApplication::closeAllWindows();
        QCoreApplication::quit();
    });
}
