#include "ui/settings/SettingsDialog.h"

#include "models/core/Clock.h"
#include "models/session/Session.h"
#include "ui/settings/NotificationsPage.h"
#include "ui/settings/PricesPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {
QSpinBox* spin(QWidget* parent, const char* name, int min, int max, const QString& suffix = {})
{
    auto* box = new QSpinBox(parent);
    box->setObjectName(QString::fromLatin1(name));
    box->setRange(min, max);
    box->setSuffix(suffix);
    box->setGroupSeparatorShown(true);
    return box;
}

// A share 0..1 edited as a percentage.
QDoubleSpinBox* percent(QWidget* parent, const char* name, double min, double max)
{
    auto* box = new QDoubleSpinBox(parent);
    box->setObjectName(QString::fromLatin1(name));
    box->setRange(min, max);
    box->setDecimals(1);
    box->setSingleStep(1);
    box->setSuffix(QStringLiteral(" %"));
    return box;
}
} // namespace

SettingsDialog::SettingsDialog(Session* session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));

    auto* api = new QGroupBox(tr("Tavily API"), this);
    m_apiBase = new QLineEdit(api);
    m_apiBase->setObjectName(QStringLiteral("apiBaseEdit"));
    m_apiBase->setPlaceholderText(QStringLiteral("https://api.tavily.com"));
    m_concurrency = spin(api, "concurrencySpin", 1, 256);
    m_concurrency->setToolTip(tr("Look-ups in flight at once"));
    m_timeout = spin(api, "timeoutSpin", 1, 600, tr(" s"));
    m_http2 = new QCheckBox(tr("Use HTTP/2 when the server offers it"), api);
    m_http2->setObjectName(QStringLiteral("http2Check"));
    m_caFile = new QLineEdit(api);
    m_caFile->setObjectName(QStringLiteral("caFileEdit"));
    m_caFile->setPlaceholderText(tr("none (the system's certificates only)"));
    auto* browse = new QPushButton(tr("Browse…"), api);
    connect(browse, &QPushButton::clicked, this, [this]() {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("CA certificates (PEM)"), m_caFile->text(), tr("PEM files (*.pem *.crt);;All files (*)"));
        if (!file.isEmpty()) {
            m_caFile->setText(file);
        }
    });
    auto* caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);
    auto* apiForm = new QFormLayout(api);
    apiForm->addRow(tr("&Base URL:"), m_apiBase);
    apiForm->addRow(tr("Concurrent &look-ups:"), m_concurrency);
    apiForm->addRow(tr("&Timeout per request:"), m_timeout);
    apiForm->addRow(QString(), m_http2);
    // A row that is a layout gets no buddy from the form: without one the label would show its '&'.
    auto* caLabel = new QLabel(tr("Extra trusted CA&s:"), api);
    caLabel->setBuddy(m_caFile);
    apiForm->addRow(caLabel, caRow);

    auto* refresh = new QGroupBox(tr("Refresh"), this);
    m_cacheTtl = spin(refresh, "cacheTtlSpin", 0, 86400, tr(" s"));
    m_cacheTtl->setToolTip(tr("How long a key's answer is reused instead of asking again (0: never)"));
    m_lockWait = spin(refresh, "lockWaitSpin", 0, 86400, tr(" s"));
    m_lockWait->setToolTip(tr("How long a refresh waits while another instance refreshes the same store (another "
                              "admin, a cron job) before it gives up without asking anything (0: it does not wait)"));
    m_rateCalls = spin(refresh, "rateCallsSpin", 0, 100000);
    m_rateCalls->setToolTip(tr("Calls per key per window (Tavily allows 10 per 10 minutes; 0: no limit)"));
    m_rateWindow = spin(refresh, "rateWindowSpin", 1, 86400, tr(" s"));
    auto* rateRow = new QHBoxLayout;
    rateRow->addWidget(m_rateCalls);
    rateRow->addWidget(new QLabel(tr("calls per"), refresh));
    rateRow->addWidget(m_rateWindow);
    rateRow->addStretch(1);
    m_backoffBase = spin(refresh, "backoffBaseSpin", 0, 86400, tr(" s"));
    m_backoffCeiling = spin(refresh, "backoffCeilingSpin", 0, 7 * 86400, tr(" s"));
    auto* backoffRow = new QHBoxLayout;
    backoffRow->addWidget(m_backoffBase);
    backoffRow->addWidget(new QLabel(tr("doubling up to"), refresh));
    backoffRow->addWidget(m_backoffCeiling);
    backoffRow->addStretch(1);
    m_autoRefresh = new QComboBox(refresh);
    m_autoRefresh->setObjectName(QStringLiteral("autoRefreshSettingCombo"));
    m_autoRefresh->addItem(tr("Off"), 0);
    m_autoRefresh->addItem(tr("Every 5 minutes"), 5);
    m_autoRefresh->addItem(tr("Every 15 minutes"), 15);
    m_autoRefresh->addItem(tr("Every hour"), 60);
    m_lookupNewKeys = new QCheckBox(tr("Look up added and i&mported keys at once"), refresh);
    m_lookupNewKeys->setObjectName(QStringLiteral("lookupNewKeysCheck"));
    m_lookupNewKeys->setToolTip(tr("Keys added or imported here, by the command line or by another admin are "
                                   "looked up as soon as they appear, within the rate limit; off: they stay "
                                   "unknown until the next refresh"));
    auto* refreshForm = new QFormLayout(refresh);
    refreshForm->addRow(tr("Cac&he TTL:"), m_cacheTtl);
    refreshForm->addRow(tr("Wait for another re&fresh:"), m_lockWait);
    auto* rateLabel = new QLabel(tr("&Rate limit:"), refresh);
    rateLabel->setBuddy(m_rateCalls);
    refreshForm->addRow(rateLabel, rateRow);
    auto* backoffLabel = new QLabel(tr("Bac&koff after failures:"), refresh);
    backoffLabel->setBuddy(m_backoffBase);
    refreshForm->addRow(backoffLabel, backoffRow);
    refreshForm->addRow(tr("&Auto-refresh:"), m_autoRefresh);
    refreshForm->addRow(QString(), m_lookupNewKeys);

    auto* alerts = new QGroupBox(tr("Alerts and forecasts"), this);
    m_lowThreshold = percent(alerts, "lowThresholdSpin", 0, 99);
    m_lowThreshold->setToolTip(tr("A key is 'low' and raises an alert when less than this share of its limit "
                                  "is left"));
    m_warningShare = percent(alerts, "warningShareSpin", 1, 100);
    m_criticalShare = percent(alerts, "criticalShareSpin", 1, 100);
    m_warningShare->setToolTip(tr("Projected usage at the cycle end, as a share of the limit, that makes a "
                                  "forecast WARNING"));
    m_criticalShare->setToolTip(tr("... that makes it CRITICAL"));
    m_resetDay = spin(alerts, "resetDaySpin", 1, 28);
    m_resetDay->setToolTip(tr("Day of the month (UTC) the billing cycle starts, for an account whose history "
                              "shows no reset yet and no day set of its own (Dashboard, forecast of the account)"));
    m_unusualThreshold = new QDoubleSpinBox(alerts);
    m_unusualThreshold->setObjectName(QStringLiteral("unusualThresholdSpin"));
    m_unusualThreshold->setRange(0, 100);
    m_unusualThreshold->setDecimals(1);
    m_unusualThreshold->setSpecialValueText(tr("Off"));
    m_unusualThreshold->setToolTip(tr("How far above a key's usual credits per hour at this time of the week its "
                                      "last interval must be to raise 'unusual usage' (a sign of a leaked key), in "
                                      "robust standard deviations; lower finds more and errs more"));
    m_rotationDays = spin(alerts, "rotationDaysSpin", 0, 3650, tr(" days"));
    m_rotationDays->setSpecialValueText(tr("Off"));
    m_rotationDays->setToolTip(tr("A key added longer ago than this raises one reminder to replace it with a new "
                                  "key (Key > Rotate); Tavily advises every 90 days"));
    auto* alertsForm = new QFormLayout(alerts);
    alertsForm->addRow(tr("Alert when less than this is l&eft:"), m_lowThreshold);
    alertsForm->addRow(tr("&Unusual usage at:"), m_unusualThreshold);
    alertsForm->addRow(tr("Rotate keys e&very:"), m_rotationDays);
    alertsForm->addRow(tr("Forecast &warning at:"), m_warningShare);
    alertsForm->addRow(tr("Forecast cr&itical at:"), m_criticalShare);
    alertsForm->addRow(tr("Billing reset &day:"), m_resetDay);

    auto* history = new QGroupBox(tr("History"), this);
    m_retention = spin(history, "retentionSpin", 1, 3650, tr(" days"));
    m_retention->setToolTip(tr("Raw snapshots older than this live on as hourly and daily roll-ups"));
    auto* historyForm = new QFormLayout(history);
    historyForm->addRow(tr("Keep raw histor&y for:"), m_retention);

    auto* windowBox = new QGroupBox(tr("Window"), this);
    m_closeToTray = new QCheckBox(tr("Kee&p running in the system tray when the window is closed"), windowBox);
    m_closeToTray->setObjectName(QStringLiteral("closeToTrayCheck"));
    m_closeToTray->setToolTip(QSystemTrayIcon::isSystemTrayAvailable()
                                  ? tr("Auto-refresh and alerts go on; File > Quit (Ctrl+Q) ends QuotaDeck")
                                  : tr("This desktop has no system tray: closing the window quits"));
    auto* windowLayout = new QVBoxLayout(windowBox);
    windowLayout->addWidget(m_closeToTray);

    // No mnemonic: every letter of "Language" is taken on this page; Tab reaches it.
    // Each language named in itself, so whoever cannot read the current one still finds theirs.
    auto* language = new QGroupBox(tr("Language"), this);
    m_language = new QComboBox(language);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    // The C locale (no LANG, as under cron or in a container) names no language: the window then speaks
    // its source language.
    const QString systemLanguage = QLocale::system().language() == QLocale::C ? QStringLiteral("English")
                                                                              : QLocale::system().nativeLanguageName();
    m_language->addItem(tr("System (%1)").arg(systemLanguage), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("繁體中文"), QStringLiteral("zh_TW"));
    auto* languageNote = new QLabel(tr("Takes effect when QuotaDeck starts again."), language);
    languageNote->setWordWrap(true);
    auto* languageForm = new QFormLayout(language);
    languageForm->addRow(tr("Language:"), m_language);
    languageForm->addRow(QString(), languageNote);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("settingsError"));
    m_error->setWordWrap(true);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xc0, 0x30, 0x30));
    m_error->setPalette(errorPalette);
    m_error->hide();

    auto* buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, [this]() {
        setSettings(Settings());
    });

    auto* columns = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    left->addWidget(api);
    left->addWidget(refresh);
    left->addStretch(1);
    auto* right = new QVBoxLayout;
    right->addWidget(alerts);
    right->addWidget(history);
    right->addWidget(windowBox);
    right->addWidget(language);
    right->addStretch(1);
    columns->addLayout(left, 3);
    columns->addLayout(right, 2);
    auto* general = new QWidget(this);
    general->setLayout(columns);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    m_tabs->addTab(general, tr("&General"));
    m_notifications = new NotificationsPage(m_session, this);
    m_tabs->addTab(m_notifications, tr("&Notifications"));
    m_prices = new PricesPage(this);
    // No mnemonic: every letter of "Prices" is taken on the other pages, which share the tab bar; Ctrl+Tab
    // reaches it.
    m_tabs->addTab(m_prices, tr("Prices"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    setSettings(m_session->settings());
}

void SettingsDialog::setSettings(const Settings& s)
{
    m_apiBase->setText(s.apiBase.toString());
    m_concurrency->setValue(s.concurrency);
    m_timeout->setValue(s.timeoutSeconds);
    m_http2->setChecked(s.http2);
    m_caFile->setText(s.caCertificatesFile);
    m_cacheTtl->setValue(s.cacheTtlSeconds);
    m_lockWait->setValue(s.lockWaitSeconds);
    m_rateCalls->setValue(s.rateLimitCalls);
    m_rateWindow->setValue(s.rateLimitWindowSeconds);
    m_backoffBase->setValue(s.backoffBaseSeconds);
    m_backoffCeiling->setValue(s.backoffCeilingSeconds);
    m_autoRefresh->setCurrentIndex(std::max(0, m_autoRefresh->findData(s.autoRefreshMinutes)));
    m_lookupNewKeys->setChecked(s.lookupNewKeys);
    m_lowThreshold->setValue(s.lowThreshold * 100);
    m_unusualThreshold->setValue(s.unusualUsageThreshold);
    m_rotationDays->setValue(s.rotationDays);
    m_warningShare->setValue(s.forecastWarningShare * 100);
    m_criticalShare->setValue(s.forecastCriticalShare * 100);
    m_resetDay->setValue(s.billingResetDay);
    m_retention->setValue(s.rawRetentionDays);
    m_closeToTray->setChecked(s.closeToTray);
    m_language->setCurrentIndex(std::max(0, m_language->findData(s.language)));
    m_prices->setPrices(s.prices);
}

std::optional<Settings> SettingsDialog::settings(QString* error) const
{
    auto fail = [error](const QString& message) {
        if (error) {
            *error = message;
        }
        return std::optional<Settings>();
    };
    Settings s = m_session->settings();
    const QUrl url(m_apiBase->text().trimmed(), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
        || url.host().isEmpty()) {
        return fail(tr("The base URL must be an http:// or https:// address, such as https://api.tavily.com."));
    }
    s.apiBase = url;
    s.concurrency = m_concurrency->value();
    s.timeoutSeconds = m_timeout->value();
    s.http2 = m_http2->isChecked();
    s.caCertificatesFile = m_caFile->text().trimmed();
    if (!s.caCertificatesFile.isEmpty() && !QFileInfo(s.caCertificatesFile).isReadable()) {
        return fail(tr("The CA certificates file %1 cannot be read.").arg(s.caCertificatesFile));
    }
    s.cacheTtlSeconds = m_cacheTtl->value();
    s.lockWaitSeconds = m_lockWait->value();
    s.rateLimitCalls = m_rateCalls->value();
    s.rateLimitWindowSeconds = m_rateWindow->value();
    s.backoffBaseSeconds = m_backoffBase->value();
    s.backoffCeilingSeconds = m_backoffCeiling->value();
    if (s.backoffCeilingSeconds < s.backoffBaseSeconds) {
        return fail(tr("The backoff ceiling must not be below its base."));
    }
    s.autoRefreshMinutes = m_autoRefresh->currentData().toInt();
    s.lookupNewKeys = m_lookupNewKeys->isChecked();
    s.lowThreshold = m_lowThreshold->value() / 100.0;
    s.unusualUsageThreshold = m_unusualThreshold->value();
    s.rotationDays = m_rotationDays->value();
    s.forecastWarningShare = m_warningShare->value() / 100.0;
    s.forecastCriticalShare = m_criticalShare->value() / 100.0;
    if (s.forecastCriticalShare < s.forecastWarningShare) {
        return fail(tr("The critical share must not be below the warning share."));
    }
    s.billingResetDay = m_resetDay->value();
    s.rawRetentionDays = m_retention->value();
    s.closeToTray = m_closeToTray->isChecked();
    s.language = m_language->currentData().toString();
    QString priceError;
    const std::optional<PriceTable> prices
        = m_prices->prices(s.prices, m_session->clock()->now().toUTC().date(), &priceError);
    if (!prices) {
        return fail(priceError);
    }
    s.prices = *prices;
    return s;
}

void SettingsDialog::accept()
{
    QString error;
    const std::optional<Settings> s = settings(&error);
    if (!s) {
        m_error->setText(error);
        m_error->show();
        return; // the dialog stays open with what was typed
    }
    if (!m_session->applySettings(*s, &error)) {
        m_error->setText(tr("The settings are in force but could not be saved: %1").arg(error));
        m_error->show();
        Q_EMIT applied(*s);
        return;
    }
    Q_EMIT applied(*s);
    QDialog::accept();
}
