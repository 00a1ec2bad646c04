#pragma once
// The window's side of alerts (models/alerts, models/notify, shown through AlertTableModel): the session's AlertService
// checks once at start and after every committed refresh run and then delivers notifications (off the GUI thread: the
// window never waits for forecasts or channels). This lists the alerts raised (time, key, reason, what happened, and
// how far each channel's notification got; the Alerts tab) and says which keys have alerts not yet acknowledged, so the
// key table can highlight their rows. New alerts are announced with raised(): the window shows them in the tray where
// there is one, else in a banner (AlertBanner). Deliveries that failed are tried again every minute while the window is
// open.

#include "models/alerts/AlertRecord.h"

#include <QHash>
#include <QWidget>
#include <functional>

class AlertService;
class AlertTableModel;
class QAction;
class QLabel;
class QTimer;
class QPushButton;
class QTreeView;
class Session;

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
    // Marks the selected alerts as seen (the list's context menu, Ctrl+Return); the others stay.
    void acknowledgeSelected();
    // The listed alerts not yet seen, as the store last said.
    QList<qint64> unseenIds() const;

Q_SIGNALS:
    void raised(const QList<AlertRecord>& alerts);
    void highlightChanged(const QHash<qint64, QString>& reasons);
    // A check has been answered (and the list reloaded).
    void checked();
    // The alerts not yet seen changed (some were marked seen, here or by another instance).
    void unseenChanged(const QList<qint64>& ids);

private:
    void onChecked(const QList<AlertRecord>& raised, const QString& error);
    // Lists the latest alerts once the store answers, then runs `then`.
    void reload(const std::function<void()>& then = {});
    void showListed(const QString& error);
    QList<qint64> selectedUnseenIds() const;
    void updateMarkSeen();
    void showContextMenu(const QPoint& position);

    Session* m_session;
    AlertService* m_service;
    QTimer* m_retryTimer;
    AlertTableModel* m_model;
    QTreeView* m_list;
    QLabel* m_status;
    QPushButton* m_acknowledge;
    QAction* m_markSeen;
    QHash<qint64, QString> m_highlighted;
    QList<qint64> m_unseen;
};
