#include "models/itemmodels/RequestLogModel.h"

#include "models/core/TimeText.h"

#include <QLocale>

RequestLogModel::RequestLogModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void RequestLogModel::setRows(const QList<StoredLogEntry>& rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void RequestLogModel::setKeyLabels(const QHash<qint64, QString>& labels)
{
    m_labels = labels;
    if (!m_rows.isEmpty()) {
        Q_EMIT dataChanged(index(0, Key), index(rowCount() - 1, Key), { Qt::DisplayRole });
    }
}

const StoredLogEntry* RequestLogModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

LogFilter::Sort RequestLogModel::sortFor(int column)
{
    switch (column) {
    case Credits:
        return LogFilter::Sort::Credits;
    case ResponseTime:
        return LogFilter::Sort::ResponseTime;
    default:
        return LogFilter::Sort::Time;
    }
}

int RequestLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RequestLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RequestLogModel::keyText(const StoredLogEntry& row, const QHash<qint64, QString>& labels)
{
    if (row.keyId > 0 && labels.contains(row.keyId)) {
        return labels.value(row.keyId);
    }
    //: An entry of the request log that no single key matches; %1 is the key's last four characters.
    return tr("unattributed (…%1)").arg(row.entry.keyLastFour);
}

QString RequestLogModel::timeText(const QDateTime& at)
{
    return QLocale().toString(at.toLocalTime(), TimeText::shortDateTimeFormat());
}

QStringList RequestLogModel::widestTimeTexts()
{
    QStringList texts;
    for (int month = 1; month <= 12; ++month) {
        for (const QTime& time : { QTime(10, 58, 58), QTime(23, 58, 58) }) {
            texts << timeText(QDateTime(QDate(2026, month, 28), time, Qt::LocalTime));
        }
    }
    return texts;
}

QVariant RequestLogModel::data(const QModelIndex& index, int role) const
{
    const StoredLogEntry* row = rowAt(index.row());
    if (!row || !index.isValid()) {
        return {};
    }
    const RequestLogEntry& entry = row->entry;
    if (role == Qt::TextAlignmentRole) {
        return index.column() == Credits || index.column() == ResponseTime
            ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
            : QVariant();
    }
    if (role == Qt::ToolTipRole && index.column() == Time) {
        return TimeText::utc(entry.at);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    const QLocale locale;
    switch (index.column()) {
    case Time:
        return timeText(entry.at);
    case Key:
        return keyText(*row, m_labels);
    case Endpoint:
        return entry.endpoint;
    case Depth:
        return entry.depth;
    case Credits:
        return locale.toString(entry.credits);
    case ResponseTime:
        return locale.toString(double(entry.responseMs) / 1000.0, 'f', 2);
    case RequestId:
        return entry.requestId;
    default:
        return {};
    }
}

QVariant RequestLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Time:
        return tr("Time");
    case Key:
        return tr("Key");
    case Endpoint:
        return tr("Endpoint");
    case Depth:
        return tr("Search depth");
    case Credits:
        return tr("Credits");
    case ResponseTime:
        return tr("Response (s)");
    case RequestId:
        return tr("Request ID");
    default:
        return {};
    }
}
