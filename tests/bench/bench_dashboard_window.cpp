// bench_dashboard_window --data-dir DIR: the window as `quotadeck --data-dir DIR` opens it (same session,
// same keychain), plus the paint probe that prints bench_dashboard's cold-start figures. The probe lives
// here, not in the shipped app.

#include "models/session/Session.h"
#include "tests/bench/PaintProbe.h"
#include "ui/window/MainWindow.h"

#include <QApplication>
#include <cstdio>
#include <sodium.h>

int main(int argc, char** argv)
{
    if (sodium_init() < 0) {
        std::fputs("bench_dashboard_window: libsodium cannot initialise\n", stderr);
        return 1;
    }
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qsizetype at = args.indexOf(QStringLiteral("--data-dir"));
    if (at < 0 || at + 1 >= args.size()) {
        std::fputs("usage: bench_dashboard_window --data-dir DIR\n", stderr);
        return 2;
    }
    SessionConfig config;
    config.dataDir = args.at(at + 1);
    QString error;
    std::unique_ptr<Session> session = Session::create(config, &error);
    if (!session) {
        std::fprintf(stderr, "bench_dashboard_window: %s\n", qPrintable(error));
        return 1;
    }
    MainWindow window(session.get());
    PaintProbe::installIfRequested(&window, window.dashboard());
    window.show();
    session->openVault();
    return QApplication::exec();
}
