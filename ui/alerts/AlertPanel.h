#pragma once
// The window's side of alerts (models/alerts): asks the AlertEngine for a check once at start and after
// every committed refresh run (its own thread: the window never waits for the forecasts), lists the alerts
// raised (time, key, reason, what happened; the Alerts tab) and says which keys have alerts not yet
// acknowledged, so the key table can highlight their rows. New alerts are announced with raised(): the window
// shows them in the tray where there is one, else in a banner (AlertBanner).

#include "AlertStore.h"

#include <QHash>
#include <QWidget>

class AlertEngine;
class QLabel;
class QPushButton;
class QTreeWidget;
class Session;
struct RunSummary;

class AlertPanel : public QWidget
{
    Q_OBJECT
public:
    static constexpr int MaxListed = 500;

    explicit AlertPanel(Session* session, QWidget* parent = nullptr);
    ~AlertPanel() override;

    // Queues a check of every key now.
    void checkNow();
    bool isChecking() const;
    // Keys with alerts not acknowledged yet, each with a line saying why.
    const QHash<qint64, QString>& highlighted() const { return m_highlighted; }
    // Marks every listed alert as seen: no row stays highlighted.
    void acknowledgeAll();

Q_SIGNALS:
    void raised(const QList<AlertRecord>& alerts);
    void highlightChanged(const QHash<qint64, QString>& reasons);
    // A check has been answered (and the list reloaded).
    void checked();

private:
    void onChecked(const QList<AlertRecord>& raised, const QString& error);
    void onRefreshFinished(const RunSummary& summary);
    void reload();

    Session* m_session;
    AlertEngine* m_engine;
    QTreeWidget* m_list;
    QLabel* m_status;
    QPushButton* m_acknowledge;
    QHash<qint64, QString> m_highlighted;
};

// What an alert is about, in a few words ("Usage over the alert threshold").
QString alertKindText(AlertKind kind);
