#pragma once
// The Alerts tab as a Qt item model: one row per alert, newest first, with how far each channel's
// notification got. The text of every cell is decided here; the view only chooses fonts (bold while an
// alert is not yet seen, AcknowledgedRole says which).

#include "models/notify/AlertService.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

class AlertTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Key, Reason, Notifications, Details, ColumnCount };
    enum Role {
        AlertIdRole = Qt::UserRole + 1,
        AcknowledgedRole,
    };

    explicit AlertTableModel(QObject* parent = nullptr);

    void setAlerts(const QList<ListedAlert>& alerts);
    const QList<ListedAlert>& alerts() const { return m_alerts; }
    // The listed alerts not yet seen, and per key the first of them as "reason: message" (row highlights).
    QList<qint64> unacknowledgedIds() const;
    QHash<qint64, QString> unacknowledgedByKey() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // What an alert is about, in a few words ("Usage over the alert threshold"): AlertText::title. The Details
    // column is AlertText::message: the alert said in the window's language.
    static QString kindText(AlertKind kind);
    // "Slack: sent, Mail: retrying"
    static QString deliveryText(const QList<DeliveryRecord>& deliveries);

private:
    QList<ListedAlert> m_alerts;
};
