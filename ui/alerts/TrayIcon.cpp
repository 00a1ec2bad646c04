#include "ui/alerts/TrayIcon.h"

#include "models/alerts/AlertText.h"
#include "models/analytics/AnalyticsWorker.h"
#include "models/session/Session.h"
#include "models/settings/Settings.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QMenu>
#include <QSettings>
#include <QTimer>
#include <QWidget>

namespace {
// Beside window/close_to_tray: whether the user has been told that closing keeps QuotaDeck in the tray.
const QString kToldKey = QStringLiteral("window/close_to_tray_told");
constexpr int kClockMs = 60 * 1000; // "in 3 h" stays current
} // namespace

TrayIcon::TrayIcon(Session* session, QWidget* window, QAction* refresh, QAction* quit, QObject* parent)
    : QSystemTrayIcon(parent)
    , m_session(session)
    , m_window(window)
    , m_menu(new QMenu)
    , m_clockTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("trayIcon"));
    setIcon(QApplication::windowIcon().isNull() ? window->windowIcon() : QApplication::windowIcon());
    // What the store holds, read-only lines above the actions.
    m_keysLine = m_menu->addAction(QString());
    m_keysLine->setObjectName(QStringLiteral("trayKeysLine"));
    m_keysLine->setEnabled(false);
    m_exhaustionLine = m_menu->addAction(QString());
    m_exhaustionLine->setObjectName(QStringLiteral("trayExhaustionLine"));
    m_exhaustionLine->setEnabled(false);
    m_menu->addSeparator();
    m_toggle = m_menu->addAction(QString(), this, &TrayIcon::toggleWindow);
    m_toggle->setObjectName(QStringLiteral("trayShowAction"));
    m_menu->addAction(refresh);
    m_menu->addSeparator();
    m_menu->addAction(quit);
    setContextMenu(m_menu);
    connect(this, &QSystemTrayIcon::activated, this, [this](ActivationReason reason) {
        if (reason == Trigger || reason == DoubleClick) {
            showWindow();
        }
    });
    connect(this, &QSystemTrayIcon::messageClicked, this, &TrayIcon::showWindow);

    connect(m_session, &Session::keysChanged, this, &TrayIcon::updateSummary);
    connect(m_session->analytics(), &AnalyticsWorker::forecastsReady, this, [this](quint64, const ForecastSet& set) {
        // Every answer is the whole store's; a failed one keeps the last good one.
        if (set.error.isEmpty() && (!m_forecasts || set.generatedAt >= m_forecasts->generatedAt)) {
            m_forecasts = set;
            updateSummary();
        }
    });
    connect(m_clockTimer, &QTimer::timeout, this, &TrayIcon::updateSummary);
    m_clockTimer->start(kClockMs);
    m_window->installEventFilter(this);
    updateSummary();
}

TrayIcon::~TrayIcon()
{
    delete m_menu; // a QMenu without a parent widget
}

bool TrayIcon::available()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

bool TrayIcon::notify(const QList<AlertRecord>& alerts)
{
    if (alerts.isEmpty() || !available() || !isVisible() || !supportsMessages()) {
        return false;
    }
    QStringList lines;
    for (qsizetype i = 0; i < alerts.size() && i < 3; ++i) {
        lines << AlertText::message(alerts.at(i));
    }
    if (alerts.size() > 3) {
        lines << tr("… and %n more", nullptr, int(alerts.size() - 3));
    }
    say(tr("QuotaDeck: %n new alert(s)", nullptr, int(alerts.size())),
        lines.join(QLatin1Char('\n')),
        QSystemTrayIcon::Warning,
        10000);
    return true;
}

bool TrayIcon::hideOnClose()
{
    if (!m_session->settings().closeToTray || !available() || !isVisible()) {
        return false;
    }
    m_window->hide();
    QSettings ini(Settings::fileIn(m_session->config().dataDir), QSettings::IniFormat);
    if (!ini.value(kToldKey, false).toBool()) {
        ini.setValue(kToldKey, true);
        say(tr("QuotaDeck keeps running"),
            tr("QuotaDeck is still here, in the system tray: auto-refresh and alerts go on. To quit, choose Quit "
               "in this icon's menu or File > Quit (Ctrl+Q). To quit when the window closes, turn off \"Keep "
               "running in the system tray\" in Tools > Settings."),
            QSystemTrayIcon::Information,
            15000);
    }
    return true;
}

bool TrayIcon::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window && (event->type() == QEvent::Show || event->type() == QEvent::Hide)) {
        updateSummary();
    }
    return QSystemTrayIcon::eventFilter(watched, event);
}

void TrayIcon::showWindow()
{
    m_window->show();
    m_window->setWindowState((m_window->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    m_window->raise();
    m_window->activateWindow();
}

void TrayIcon::toggleWindow()
{
    if (m_window->isVisible() && !m_window->isMinimized()) {
        m_window->hide();
    } else {
        showWindow();
    }
}

void TrayIcon::updateSummary()
{
    m_summary = TraySummary::of(m_session->allKeys(), m_forecasts ? &*m_forecasts : nullptr, m_session->clock()->now());
    setToolTip(m_summary.tooltip());
    // A label's "&" is text, not a mnemonic.
    m_keysLine->setText(QString(m_summary.keys).replace(QLatin1Char('&'), QStringLiteral("&&")));
    m_exhaustionLine->setText(QString(m_summary.exhaustion).replace(QLatin1Char('&'), QStringLiteral("&&")));
    m_exhaustionLine->setVisible(!m_summary.exhaustion.isEmpty());
    const bool shown = m_window->isVisible() && !m_window->isMinimized();
    m_toggle->setText(shown ? tr("&Hide window") : tr("&Show window"));
}

void TrayIcon::say(const QString& title, const QString& text, MessageIcon icon, int ms)
{
    m_messages << title + QLatin1Char('\n') + text;
    showMessage(title, text, icon, ms);
}
