#pragma once
// The Requests view as a Qt item model: one row per request of the request log, as the store's query sorted
// and filtered them (sorting and filtering are the query's: the model never reorders 100,000 rows on the
// GUI thread). Rows are small values, and the view asks only for the rows it paints.

#include "models/store/RequestLogStore.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QStringList>

class RequestLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Key, Endpoint, Depth, Credits, ResponseTime, RequestId, ColumnCount };

    explicit RequestLogModel(QObject* parent = nullptr);

    void setRows(const QList<StoredLogEntry>& rows);
    // Key id -> label, for the Key column (an unattributed entry shows its last four characters).
    void setKeyLabels(const QHash<qint64, QString>& labels);
    const StoredLogEntry* rowAt(int row) const;
    // The query's order for a click on `column`; Key and Depth sort by time (the store orders by time,
    // credits or response time).
    static LogFilter::Sort sortFor(int column);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The Time column's text, and that text for times chosen to be among the widest in the current locale
    // (every month, two-digit days and hours, morning and evening), so a view sizes the column without
    // measuring its rows.
    static QString timeText(const QDateTime& at);
    static QStringList widestTimeTexts();
    // The Key column: the label of the key an entry is matched to, or "unattributed" with its last four.
    static QString keyText(const StoredLogEntry& row, const QHash<qint64, QString>& labels);

private:
    QList<StoredLogEntry> m_rows;
    QHash<qint64, QString> m_labels;
};
