// quotadeck: the window when no command is given, otherwise a headless job (cron-friendly, no display).

#include "app/cli/CommandLine.h"
#include "app/cli/Commands.h"
#include "app/cli/Demo.h"
#include "app/process/CoreDumpGuard.h"
#include "models/core/Translations.h"
#include "models/keys/PassphraseReader.h"
#include "models/settings/Settings.h"
#include "models/store/StoreService.h"
#include "ui/desktop/QuitSignals.h"
#include "ui/desktop/SingleInstance.h"
#include "ui/desktop/WindowStateKeeper.h"
#include "ui/window/MainWindow.h"

#include <QApplication>
#include <QCoreApplication>
#include <QIcon>
#include <QLoggingCategory>
#include <QStatusBar>
#include <cstdio>
#include <memory>
#include <sodium.h>
#include <unistd.h>

namespace {

int runWindow(const Invocation& inv)
{
    // The language before the first string is made: the data dir's ui/language, else the system locale's.
    Translations::install(Settings::load(Settings::fileIn(Commands::sessionConfig(inv).dataDir)).language);

    // The installed theme icon first; the built-in PNGs need no SVG plugin. The desktop file name ties the
    // window to io.github.quotadeck.QuotaDeck.desktop (its icon and name on Wayland).
    QIcon builtinIcon;
    for (const int size : { 16, 22, 24, 32, 48, 64, 128, 256, 512 }) {
        builtinIcon.addFile(QStringLiteral(":/quotadeck/hicolor/%1x%1/quotadeck.png").arg(size), QSize(size, size));
    }
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral(QUOTADECK_APP_ID), builtinIcon));
    QGuiApplication::setDesktopFileName(QStringLiteral(QUOTADECK_APP_ID));

    // SIGTERM, SIGINT, SIGHUP: close as the user would (a run commits, the geometry is saved, the demo's
    // throwaway dir and the single-instance socket are removed) instead of dying on the spot. Caught from
    // here on, so a signal during start-up cannot leave the socket or the throwaway dir behind.
    QuitSignals::install();

    // A second launch of the window on the same data dir brings the first one to the front and ends.
    std::unique_ptr<SingleInstance> instance;
    if (!inv.demo) {
        instance
            = std::make_unique<SingleInstance>(SingleInstance::serverNameFor(Commands::sessionConfig(inv).dataDir));
        if (instance->start() == SingleInstance::Role::Secondary) {
            return Commands::Success;
        }
        if (instance->role() == SingleInstance::Role::Failed) {
            Commands::printError(instance->error());
        }
    }
    std::unique_ptr<Demo> demo;
    std::unique_ptr<Session> ownSession;
    Session* session = nullptr;
    QString error;
    if (inv.demo) {
        demo = std::make_unique<Demo>();
        if (!demo->start(&error)) {
            Commands::printError(QCoreApplication::translate("main", "the demo cannot start: %1").arg(error));
            return Commands::Failure;
        }
        session = demo->session();
    } else {
        ownSession = Session::create(Commands::sessionConfig(inv), &error);
        if (!ownSession) {
            Commands::printError(error);
            return Commands::Failure;
        }
        session = ownSession.get();
    }
    MainWindow window(session);
    new WindowStateKeeper(&window, Settings::fileIn(session->config().dataDir));
    for (const QString& notice : session->notices()) {
        window.statusBar()->showMessage(notice);
    }
    QuitSignals::deliverTo(&window);
    if (instance) {
        QObject::connect(instance.get(), &SingleInstance::activationRequested, &window, [&window]() {
            SingleInstance::bringToFront(&window);
        });
    }
    if (demo) {
        window.setDemoMode(true);
        // The sample keys need the vault; the window shows them once they are in.
        // Once: the vault may say ready again before the import has answered.
        auto seeding = std::make_shared<bool>(false);
        QObject::connect(session, &Session::vaultReady, &window, [d = demo.get(), seeding]() {
            if (*seeding || !d->session()->allKeys().isEmpty()) {
                return;
            }
            *seeding = true;
            d->importSampleKeys([d](const ImportReport&) {
                d->seedHistory(7, [d](const QString& error) {
                    if (!error.isEmpty()) {
                        Commands::printError(
                            QCoreApplication::translate("main", "the demo's history could not be written: %1")
                                .arg(error));
                    }
                    d->session()->reloadKeys(); // the window follows keysChanged
                });
            });
        });
    }
    // Auto-refresh (a setting, off by default) starts once the keys can be opened.
    QObject::connect(session, &Session::vaultReady, session, &Session::startAutoRefresh, Qt::SingleShotConnection);
    // What the command line, cron and other admins write shows up without F5.
    session->followStore();
    window.show();
    session->openVault();
    return QApplication::exec();
}

// A database call that never answered (a server behind a dead network) still holds its thread: the process
// ends without the static destructors, which would close that connection under it.
int leave(int code)
{
    if (StoreService::abandonedThreadsRunning() > 0) {
        std::fflush(stdout);
        std::fflush(stderr);
        _exit(code);
    }
    return code;
}

} // namespace

int main(int argc, char** argv)
{
    // First, before any key or passphrase is read: no core file of this process, and the team passphrase
    // out of the environment block (/proc/PID/environ) into guarded memory.
    const CoreDumpGuard::State hardening = CoreDumpGuard::apply();
    if (sodium_init() < 0) {
        std::fputs("quotadeck: libsodium cannot initialise\n", stderr);
        return Commands::Failure;
    }
    PassphraseReader::takeFromEnvironment();
    QStringList arguments; // as given: QCoreApplication takes its own options out of argv
    for (int i = 0; i < argc; ++i) {
        arguments << QString::fromLocal8Bit(argv[i]);
    }
    Invocation inv = CommandLine::parse(arguments);
    // A command runs headless (no display needed, as under cron); only the window needs QApplication.
    // A PDF report draws the dashboard's charts (Qt Charts are widgets), so it needs a QApplication too: on the
    // offscreen platform, so it runs under cron without a display.
    const bool report = inv.error.isEmpty() && !inv.opensWindow() && Commands::needsWidgets(inv);
    if (report && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    if (report && qEnvironmentVariableIsEmpty("QT_LOGGING_RULES")) {
        // Under cron the platform's start-up warns about XDG_RUNTIME_DIR; stderr is for the one-line error.
        QLoggingCategory::setFilterRules(QStringLiteral("default.warning=false"));
    }
    std::unique_ptr<QCoreApplication> app = (inv.opensWindow() || report) && inv.error.isEmpty()
        ? std::make_unique<QApplication>(argc, argv)
        : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("quotadeck"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QUOTADECK_VERSION));
    QCoreApplication::setOrganizationDomain(QStringLiteral("quotadeck.github.io"));

    // A command speaks the system locale's language, or --lang's; parsed again once the translations are in,
    // so a usage error is said in that language too.
    if (!inv.error.isEmpty() || !inv.opensWindow()) {
        Translations::install(inv.lang);
        if (!inv.error.isEmpty()) {
            inv = CommandLine::parse(arguments);
        }
    }
    if (!inv.error.isEmpty()) {
        Commands::printError(inv.error);
        return Commands::BadInput;
    }
    if (inv.help) {
        std::fputs(CommandLine::helpText().arg(SessionConfig::defaultDataDir()).toUtf8().constData(), stdout);
        return Commands::Success;
    }
    if (inv.version) {
        std::fputs("quotadeck " QUOTADECK_VERSION "\n", stdout);
        return Commands::Success;
    }
    if (inv.opensWindow()) {
        CoreDumpGuard::log(hardening);
        return leave(runWindow(inv));
    }
    // A command's stderr is its one-line error, nothing else (scripts parse it); QT_LOGGING_RULES still
    // turns the log on for someone debugging a cron job.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES")) {
        QLoggingCategory::setFilterRules(QStringLiteral("quotadeck.*=false"));
    }
    CoreDumpGuard::log(hardening);
    return leave(Commands::run(inv));
}
