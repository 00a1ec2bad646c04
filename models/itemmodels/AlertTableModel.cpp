#include "models/itemmodels/AlertTableModel.h"

#include "models/alerts/AlertText.h"
#include "models/core/TimeText.h"

#include <QLocale>

AlertTableModel::AlertTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void AlertTableModel::setAlerts(const QList<ListedAlert>& alerts)
{
    beginResetModel();
    m_alerts = alerts;
    endResetModel();
}

QList<qint64> AlertTableModel::unacknowledgedIds() const
{
    QList<qint64> ids;
    for (const ListedAlert& listed : m_alerts) {
        if (!listed.alert.acknowledged) {
            ids << listed.alert.id;
        }
    }
    return ids;
}

QHash<qint64, QString> AlertTableModel::unacknowledgedByKey() const
{
    QHash<qint64, QString> reasons;
    for (const ListedAlert& listed : m_alerts) {
        const AlertRecord& alert = listed.alert;
        if (!alert.acknowledged && alert.keyId && !reasons.contains(*alert.keyId)) {
            reasons.insert(*alert.keyId, kindText(alert.kind) + QStringLiteral(": ") + AlertText::message(alert));
        }
    }
    return reasons;
}

int AlertTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_alerts.size());
}

int AlertTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_alerts.size()) {
        return {};
    }
    const ListedAlert& listed = m_alerts.at(index.row());
    const AlertRecord& alert = listed.alert;
    switch (role) {
    case AlertIdRole:
        return alert.id;
    case AcknowledgedRole:
        return alert.acknowledged;
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time:
            return QLocale().toString(alert.raisedAt.toLocalTime(), TimeText::shortDateTimeFormat());
        case Key:
            return alert.label;
        case Reason:
            return kindText(alert.kind);
        case Notifications:
            return deliveryText(listed.deliveries);
        case Details:
            return AlertText::message(alert);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Notifications) {
            QStringList why;
            for (const DeliveryRecord& d : listed.deliveries) {
                if (!d.lastError.isEmpty()) {
                    why << tr("%1 (%n attempt(s)): %2", nullptr, d.attempts).arg(d.channelName, d.lastError);
                }
            }
            return why.isEmpty() ? QVariant() : QVariant(why.join(QLatin1Char('\n')));
        }
        if (index.column() == Details) {
            return AlertText::message(alert);
        }
        break;
    }
    return {};
}

QVariant AlertTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Time:
        return tr("Time");
    case Key:
        return tr("Key");
    case Reason:
        return tr("Reason");
    case Notifications:
        return tr("Notifications");
    case Details:
        return tr("Details");
    }
    return {};
}

QString AlertTableModel::kindText(AlertKind kind)
{
    return AlertText::title(kind);
}

QString AlertTableModel::deliveryText(const QList<DeliveryRecord>& deliveries)
{
    QStringList parts;
    for (const DeliveryRecord& d : deliveries) {
        switch (d.state) {
        case DeliveryState::Delivered:
            parts << tr("%1: sent").arg(d.channelName);
            break;
        case DeliveryState::Failed:
            parts << tr("%1: failed").arg(d.channelName);
            break;
        case DeliveryState::Pending:
            parts << (d.attempts > 0 ? tr("%1: retrying").arg(d.channelName) : tr("%1: waiting").arg(d.channelName));
            break;
        case DeliveryState::Sending:
            parts << tr("%1: sending").arg(d.channelName);
            break;
        }
    }
    return parts.join(QStringLiteral(", "));
}
