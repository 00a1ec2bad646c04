// quotadeck-sim: the local Tavily usage server as a process, for scripts and the command-line tests.
// Its first line on stdout names the URL (tests read the port from it); after that it prints nothing,
// and never key material. SIGTERM and SIGINT end it cleanly with exit code 0.

#include "app/process/CoreDumpGuard.h"
#include "app/sim/UsageServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>

#include <cmath>
#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace {
constexpr int ExitBadUsage = 2;
constexpr int ExitFailure = 1;

int g_signalPipe[2] = { -1, -1 };

void onQuitSignal(int)
{
    // Only async-signal-safe work here: wake the event loop through the pipe.
    const char byte = 1;
    if (::write(g_signalPipe[1], &byte, 1) < 0) { }
}

// The self-pipe trick: a signal handler may not touch Qt, but the event loop can watch a pipe.
bool quitOnSignals(QCoreApplication& app)
{
    if (::pipe(g_signalPipe) != 0)
        return false;
    for (const int fd : g_signalPipe) {
        ::fcntl(fd, F_SETFD, FD_CLOEXEC);
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    }
    auto* notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [] {
        char byte = 0;
        while (::read(g_signalPipe[0], &byte, 1) > 0) { }
        QCoreApplication::quit();
    });
    struct sigaction action
    {
    };
    action.sa_handler = onQuitSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return ::sigaction(SIGTERM, &action, nullptr) == 0 && ::sigaction(SIGINT, &action, nullptr) == 0;
}

int fail(int code, const QString& message)
{
    std::fputs((QLatin1String("quotadeck-sim: ") % message % u'\n').toLocal8Bit().constData(), stderr);
    return code;
}

// "CALLS/SECONDS", or "0" to turn the limit off.
bool parseRateLimit(const QString& text, UsageServer::Options* options)
{
    bool ok = false;
    if (text.toInt(&ok) == 0 && ok) {
        options->rateLimitCalls = 0;
        return true;
    }
    const QStringList parts = text.split(u'/');
    if (parts.size() != 2)
        return false;
    bool callsOk = false;
    bool secondsOk = false;
    const int calls = parts.at(0).toInt(&callsOk);
    const int seconds = parts.at(1).toInt(&secondsOk);
    if (!callsOk || !secondsOk || calls < 0 || seconds < 1)
        return false;
    options->rateLimitCalls = calls;
    options->rateLimitWindowSeconds = seconds;
    return true;
}
} // namespace

int main(int argc, char* argv[])
{
    // Before anything else: the server sees every key a client sends.
    const CoreDumpGuard::State hardening = CoreDumpGuard::apply();
    QCoreApplication app(argc, argv);
    CoreDumpGuard::log(hardening);
    QCoreApplication::setApplicationName(QStringLiteral("quotadeck-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QUOTADECK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Local Tavily usage server (GET /usage) for tests and demos."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption hostOption(QStringLiteral("host"),
                                        QStringLiteral("Address to listen on."),
                                        QStringLiteral("ADDRESS"),
                                        QStringLiteral("127.0.0.1"));
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        QStringLiteral("Port to listen on (0: a free one)."),
                                        QStringLiteral("N"),
                                        QStringLiteral("0"));
    const QCommandLineOption latencyOption(QStringLiteral("latency-ms"),
                                           QStringLiteral("Latency added to every /usage answer."),
                                           QStringLiteral("N"),
                                           QStringLiteral("0"));
    const QCommandLineOption rateLimitOption(QStringLiteral("rate-limit"),
                                             QStringLiteral("Per-key limit of /usage, e.g. 10/600; 0 disables."),
                                             QStringLiteral("CALLS/SECONDS"),
                                             QStringLiteral("10/600"));
    const QCommandLineOption timeScaleOption(QStringLiteral("time-scale"),
                                             QStringLiteral("Usage grows this many times faster than real time."),
                                             QStringLiteral("X"),
                                             QStringLiteral("1"));
    const QCommandLineOption keysOption(
        QStringLiteral("keys"), QStringLiteral("JSON file of keys and their scenarios."), QStringLiteral("FILE"));
    const QCommandLineOption projectsOption(
        QStringLiteral("projects"),
        QStringLiteral("Comma-separated projects X-Project-ID may name (others: 400); default: any."),
        QStringLiteral("NAMES"));
    parser.addOptions(
        { hostOption, portOption, latencyOption, rateLimitOption, timeScaleOption, keysOption, projectsOption });

    if (!parser.parse(QCoreApplication::arguments()))
        return fail(ExitBadUsage, parser.errorText());
    if (parser.isSet(helpOption)) {
        std::fputs(parser.helpText().toLocal8Bit().constData(), stdout);
        return 0;
    }
    if (parser.isSet(versionOption)) {
        std::fputs(QByteArrayLiteral("quotadeck-sim " QUOTADECK_VERSION "\n").constData(), stdout);
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(ExitBadUsage, QStringLiteral("unexpected argument: ") % parser.positionalArguments().first());

    QHostAddress host;
    const QString hostText = parser.value(hostOption);
    if (hostText == QLatin1String("localhost"))
        host = QHostAddress(QHostAddress::LocalHost);
    else if (!host.setAddress(hostText))
        return fail(ExitBadUsage, QStringLiteral("--host is not an IP address: ") % hostText);
    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535)
        return fail(ExitBadUsage, QStringLiteral("--port must be a number from 0 to 65535"));

    UsageServer::Options options;
    options.latencyMs = parser.value(latencyOption).toInt(&ok);
    if (!ok || options.latencyMs < 0)
        return fail(ExitBadUsage, QStringLiteral("--latency-ms must be a number of milliseconds, 0 or more"));
    if (!parseRateLimit(parser.value(rateLimitOption), &options))
        return fail(ExitBadUsage, QStringLiteral("--rate-limit must be CALLS/SECONDS (e.g. 10/600) or 0"));
    options.timeScale = parser.value(timeScaleOption).toDouble(&ok);
    if (!ok || !std::isfinite(options.timeScale) || options.timeScale < 0)
        return fail(ExitBadUsage, QStringLiteral("--time-scale must be a number, 0 or more"));

    if (parser.isSet(projectsOption))
        options.projects = parser.value(projectsOption).split(u',', Qt::SkipEmptyParts);

    UsageServer server(options);
    if (parser.isSet(keysOption)) {
        QString error;
        if (!server.loadKeys(parser.value(keysOption), &error))
            return fail(ExitBadUsage, error);
    }
    if (!quitOnSignals(app))
        return fail(ExitFailure, QStringLiteral("cannot install the signal handlers"));
    if (!server.listen(host, static_cast<quint16>(port)))
        return fail(ExitFailure,
                    QStringLiteral("cannot listen on ") % hostText % u':' % QString::number(port) % QStringLiteral(": ")
                        % server.errorString());

    std::fputs((QLatin1String("listening on ") % server.baseUrl().toString() % u'\n').toUtf8().constData(), stdout);
    std::fflush(stdout);
    return QCoreApplication::exec();
}
