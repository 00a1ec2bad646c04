#pragma once
// Every setting of models/settings/Settings in one dialog (Tools > Settings…, Ctrl+,): the Tavily API, the
// refresh engine (cache, rate limit, backoff, auto-refresh, looking new keys up at once), alerts and
// forecasts (with the rotation age of keys), history; on a page of its own, the notification channels alerts go to
// (NotificationsPage, which applies at once); and on another the prices costs are computed with (PricesPage). Values
// are checked before anything is applied (one plain sentence under the form says what is wrong, nothing is lost); OK
// applies them live through Session::applySettings, which writes settings.ini (QSettings) except for values this
// process overrides (--api-base, the demo's server), which stay as the file has them.

#include "models/settings/Settings.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTabWidget;
class NotificationsPage;
class PricesPage;
class Session;

class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(Session* session, QWidget* parent = nullptr);

    // The form's values as settings, or nothing with *error saying why they cannot be used.
    std::optional<Settings> settings(QString* error = nullptr) const;
    void setSettings(const Settings& settings);

    void accept() override;
    NotificationsPage* notificationsPage() const { return m_notifications; }

Q_SIGNALS:
    // New settings were applied (and saved, unless *error is set in the status bar's message).
    void applied(const Settings& settings);

private:
    Session* m_session;
    QLineEdit* m_apiBase;
    QSpinBox* m_concurrency;
    QSpinBox* m_timeout;
    QCheckBox* m_http2;
    QLineEdit* m_caFile;
    QSpinBox* m_cacheTtl;
    QSpinBox* m_lockWait;
    QSpinBox* m_rateCalls;
    QSpinBox* m_rateWindow;
    QSpinBox* m_backoffBase;
    QSpinBox* m_backoffCeiling;
    QComboBox* m_autoRefresh;
    QCheckBox* m_lookupNewKeys;
    QDoubleSpinBox* m_lowThreshold;
    QDoubleSpinBox* m_unusualThreshold;
    QSpinBox* m_rotationDays;
    QDoubleSpinBox* m_warningShare;
    QDoubleSpinBox* m_criticalShare;
    QSpinBox* m_resetDay;
    QSpinBox* m_retention;
    QCheckBox* m_closeToTray;
    QComboBox* m_language;
    QLabel* m_error;
    QTabWidget* m_tabs;
    NotificationsPage* m_notifications;
    PricesPage* m_prices;
};
