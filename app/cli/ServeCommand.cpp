#include "app/cli/ServeCommand.h"

#include "app/cli/Commands.h"
#include "app/serve/MetricsEndpoint.h"
#include "models/analytics/AnalyticsWorker.h"
#include "models/core/Logging.h"
#include "models/core/ScaledClock.h"
#include "models/metrics/MetricsService.h"
#include "models/notify/AlertService.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace {

constexpr int kDeliveryRetryMinutes = 1;
constexpr int kRecheckMinutes = 5; // alerts and metrics when no run of this process brings them up to date
constexpr int kRollupMinutes = 15;

int s_quitPipe[2] = { -1, -1 };

void onQuitSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t n = ::write(s_quitPipe[1], &byte, 1);
}

void say(const QString& line)
{
    std::fputs((line + QLatin1Char('\n')).toUtf8().constData(), stdout);
    std::fflush(stdout);
}

// The token a non-loopback listener requires, from its file (one line; surrounding whitespace dropped).
bool readToken(const QString& path, SecureBytes* token, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        *error = QCoreApplication::translate("ServeCommand", "cannot read the token file %1: %2")
                     .arg(path, file.errorString());
        return false;
    }
    if (QFileInfo(path).permissions() & (QFileDevice::ReadOther | QFileDevice::WriteOther)) {
        *error = QCoreApplication::translate("ServeCommand", "the token file %1 is readable by others; chmod 600 it")
                     .arg(path);
        return false;
    }
    QByteArray bytes = file.read(4096);
    const QByteArray trimmed = bytes.trimmed();
    *token = SecureBytes(trimmed);
    SecureBytes::wipe(bytes);
    if (token->size() < 16 || trimmed.contains(' ') || trimmed.contains('\n')) {
        *error
            = QCoreApplication::translate("ServeCommand", "the token in %1 must be one word of at least 16 characters")
                  .arg(path);
        token->clear();
        return false;
    }
    return true;
}

class Service : public QObject
{
public:
    Service(std::unique_ptr<Session> session, double timeScale)
        : m_session(std::move(session))
        , m_scale(timeScale)
        , m_metrics(new MetricsService(m_session.get(), this))
        , m_rollups(new AnalyticsWorker(m_session->storeService(), m_session->clock(), this))
        , m_endpoint(new MetricsEndpoint(this))
    {
    }

    MetricsEndpoint* endpoint() const { return m_endpoint; }

    void start()
    {
        AlertService* alerts = m_session->alerts();
        m_rollups->setRawRetentionDays(m_session->settings().rawRetentionDays);
        m_rollups->setAutoRollupMinutes(kRollupMinutes);
        m_endpoint->route("/metrics", [this]() {
            return MetricsEndpoint::Answer { 200,
                                             QByteArrayLiteral("text/plain; version=0.0.4; charset=utf-8"),
                                             m_metrics->text() };
        });
        m_endpoint->route("/healthz", [this]() { return health(); });
        connect(m_session.get(), &Session::vaultReady, this, &Service::onVaultReady, Qt::SingleShotConnection);
        connect(
            m_session.get(), &Session::vaultUnavailable, this, &Service::onVaultUnavailable, Qt::SingleShotConnection);
        connect(m_session->engine(), &RefreshEngine::waitingForRunLock, this, [](const QString& message) {
            qCInfo(lcServe).noquote() << message;
        });
        connect(m_session->engine(), &RefreshEngine::finished, this, [](const RunSummary& summary) {
            if (!summary.committed()) {
                Commands::printError(summary.commitError);
            }
        });
        // Retries of deliveries that came due, whatever else happens.
        auto* retries = new QTimer(this);
        retries->setInterval(scaled(kDeliveryRetryMinutes));
        connect(retries, &QTimer::timeout, alerts, &AlertService::deliverDue);
        retries->start();
        // Alerts and metrics also follow runs of other instances (a window, cron, another admin).
        auto* recheck = new QTimer(this);
        recheck->setInterval(scaled(kRecheckMinutes));
        connect(recheck, &QTimer::timeout, this, [this, alerts]() {
            if (!m_refreshing) {
                alerts->checkNow();
            }
            m_metrics->rebuild();
        });
        recheck->start();
        m_metrics->rebuild();
        alerts->checkNow();
        m_session->openVault();
    }

    void stop()
    {
        m_session->scheduler()->setIntervalMinutes(0);
        if (m_session->engine()->isRunning()) {
            connect(m_session->engine(), &RefreshEngine::finished, this, []() { QCoreApplication::exit(0); });
            m_session->engine()->cancel();
            return;
        }
        QCoreApplication::exit(0);
    }

private:
    std::chrono::milliseconds scaled(int minutes) const
    {
        return std::chrono::milliseconds(std::max<qint64>(1, qint64(minutes * 60000.0 / m_scale)));
    }

    void onVaultReady()
    {
        const int minutes = m_session->settings().autoRefreshMinutes;
        if (minutes <= 0) {
            Commands::printError(
                QCoreApplication::translate("ServeCommand",
                                            "auto-refresh is off in the settings (refresh/auto_refresh_minutes): "
                                            "serving metrics and alerts of refreshes made elsewhere"));
            return;
        }
        m_refreshing = true;
        m_session->scheduler()->setInterval(scaled(minutes));
        m_session->engine()->start(); // at once: /healthz has a run to show
    }

    void onVaultUnavailable(const QString& message)
    {
        // Once: the service goes on with what needs no keychain.
        QString why = message.trimmed();
        if (why.endsWith(QLatin1Char('.'))) {
            why.chop(1);
        }
        Commands::printError(
            QCoreApplication::translate("ServeCommand",
                                        "no keychain (%1): serving metrics and checking alerts from the store "
                                        "without refreshing")
                .arg(why));
        m_vaultProblem = message;
    }

    MetricsEndpoint::Answer health() const
    {
        const int minutes = m_session->settings().autoRefreshMinutes;
        const QDateTime lastRun = m_metrics->lastRun();
        QString status = QStringLiteral("ok");
        if (!m_refreshing) {
            status = m_vaultProblem.isEmpty() ? QStringLiteral("not_refreshing") : QStringLiteral("no_keychain");
        } else if (!lastRun.isValid()) {
            status = QStringLiteral("starting"); // healthy means a run's time to show: not before the first one
        } else if (lastRun.isValid()
                   && lastRun.secsTo(m_session->clock()->now())
                       > 3 * 60LL * minutes + m_session->settings().lockWaitSeconds) {
            status = QStringLiteral("stale");
        }
        const QJsonObject body {
            { QStringLiteral("status"), status },
            { QStringLiteral("last_run"),
              lastRun.isValid() ? QJsonValue(lastRun.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null) },
            { QStringLiteral("refreshing"), m_refreshing },
            { QStringLiteral("auto_refresh_minutes"), minutes },
            { QStringLiteral("running"), m_session->engine()->isRunning() },
        };
        return MetricsEndpoint::Answer { status == QLatin1String("ok") ? 200 : 503,
                                         QByteArrayLiteral("application/json"),
                                         QJsonDocument(body).toJson(QJsonDocument::Compact) + '\n' };
    }

    std::unique_ptr<Session> m_session;
    double m_scale;
    MetricsService* m_metrics;
    AnalyticsWorker* m_rollups;
    MetricsEndpoint* m_endpoint;
    bool m_refreshing = false;
    QString m_vaultProblem;
};

} // namespace

bool ServeCommand::handles(const Invocation& invocation)
{
    return invocation.command == QStringList { QStringLiteral("serve") };
}

int ServeCommand::run(const Invocation& inv)
{
    QHostAddress address(QHostAddress::LocalHost);
    quint16 port = 9464;
    QString error;
    if (!inv.listen.isEmpty() && !MetricsEndpoint::parseListen(inv.listen, &address, &port, &error)) {
        Commands::printError(error);
        return Commands::BadInput;
    }
    SecureBytes token;
    if (!inv.tokenFile.isEmpty() && !readToken(inv.tokenFile, &token, &error)) {
        Commands::printError(error);
        return Commands::BadInput;
    }
    if (!address.isLoopback() && token.isEmpty()) {
        Commands::printError(
            QCoreApplication::translate("ServeCommand",
                                        "--listen on an address other than loopback needs --token-file FILE "
                                        "(a bearer token every request must carry)"));
        return Commands::BadInput;
    }
    // Benchmarks run a simulated day in minutes: the app's clock and its timers at this many times real time.
    const double scale = std::max(1.0, qEnvironmentVariable("QUOTADECK_TEST_TIME_SCALE").toDouble());
    static std::unique_ptr<ScaledClock> clock;
    if (scale > 1.0) {
        clock = std::make_unique<ScaledClock>(scale);
    }
    std::unique_ptr<Session> session = Session::create(Commands::sessionConfig(inv), &error, nullptr, clock.get());
    if (!session) {
        Commands::printError(error);
        return Commands::Failure;
    }
    for (const QString& notice : session->notices()) {
        Commands::printError(notice);
    }
    Service service(std::move(session), scale);
    service.endpoint()->setToken(std::move(token));
    if (!service.endpoint()->listenOn(address, port, &error)) {
        Commands::printError(QCoreApplication::translate("ServeCommand", "cannot listen on %1:%2: %3")
                                 .arg(address.toString())
                                 .arg(port)
                                 .arg(error));
        return Commands::Failure;
    }
    if (::pipe(s_quitPipe) == 0) {
        auto* notifier = new QSocketNotifier(s_quitPipe[0], QSocketNotifier::Read, &service);
        QObject::connect(notifier, &QSocketNotifier::activated, &service, [notifier, &service]() {
            char byte = 0;
            [[maybe_unused]] const ssize_t n = ::read(s_quitPipe[0], &byte, 1);
            notifier->setEnabled(false);
            service.stop();
        });
        struct sigaction action = {};
        action.sa_handler = onQuitSignal;
        sigemptyset(&action.sa_mask);
        sigaction(SIGINT, &action, nullptr);
        sigaction(SIGTERM, &action, nullptr);
    }
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
        ? QLatin1Char('[') + address.toString() + QLatin1Char(']')
        : address.toString();
    say(QCoreApplication::translate("ServeCommand", "serving /metrics and /healthz on http://%1:%2")
            .arg(host)
            .arg(service.endpoint()->port()));
    QTimer::singleShot(0, &service, [&service]() { service.start(); });
    return QCoreApplication::exec();
}
