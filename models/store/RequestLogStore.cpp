#include "models/store/RequestLogStore.h"

#include "models/store/SqlRows.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <vector>

namespace {
constexpr qint64 HourMs = 3600 * 1000;
constexpr int SlowestCount = 10;

bool failed(const QSqlQuery& query, QString* error)
{
    if (error) {
        *error = query.lastError().text();
    }
    return false;
}

QVariant timeOrNull(const QDateTime& t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

QVariant textOrNull(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QDateTime timeOf(const QVariant& value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

// The WHERE clause of a filter, with its values in bind order.
QString whereOf(const LogFilter& filter, QVariantList* values)
{
    QStringList parts;
    if (filter.since.isValid()) {
        parts << QStringLiteral("at >= ?");
        *values << filter.since.toMSecsSinceEpoch();
    }
    if (filter.until.isValid()) {
        parts << QStringLiteral("at < ?");
        *values << filter.until.toMSecsSinceEpoch();
    }
    if (filter.unattributedOnly) {
        parts << QStringLiteral("key_id IS NULL");
    } else if (filter.keyId > 0) {
        parts << QStringLiteral("key_id = ?");
        *values << filter.keyId;
    }
    if (filter.account > 0) {
        parts << QStringLiteral("account = ?");
        *values << filter.account;
    }
    if (!filter.endpoint.isEmpty()) {
        parts << QStringLiteral("endpoint = ?");
        *values << filter.endpoint;
    }
    if (!filter.depth.isEmpty()) {
        parts << QStringLiteral("depth = ?");
        *values << filter.depth;
    }
    return parts.isEmpty() ? QString() : QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
}

bool prepareAndBind(QSqlQuery& query, const QString& sql, const QVariantList& values)
{
    if (!query.prepare(sql)) {
        return false;
    }
    for (const QVariant& value : values) {
        query.addBindValue(value);
    }
    return true;
}

const QString kColumns = QStringLiteral("request_id, account, key_id, key_last_four, at, endpoint, depth, credits, "
                                        "response_ms, project");

StoredLogEntry rowOf(const QSqlQuery& query)
{
    StoredLogEntry row;
    row.entry.requestId = query.value(0).toString();
    row.account = query.value(1).toLongLong();
    row.keyId = query.value(2).isNull() ? 0 : query.value(2).toLongLong();
    row.entry.keyLastFour = query.value(3).toString();
    row.entry.at = timeOf(query.value(4));
    row.entry.endpoint = query.value(5).toString();
    row.entry.depth = query.value(6).toString();
    row.entry.credits = query.value(7).toInt();
    row.entry.responseMs = query.value(8).toInt();
    row.entry.project = query.value(9).toString();
    return row;
}
} // namespace

QHash<qint64, LogAccountState> RequestLogStore::states(QSqlDatabase& db, QString* error)
{
    QHash<qint64, LogAccountState> states;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT account, fetched_through, refused_plan, refused_status, last_error, "
                                   "checked_at FROM request_log_state"))) {
        failed(query, error);
        return {};
    }
    while (query.next()) {
        LogAccountState state;
        state.account = query.value(0).toLongLong();
        state.fetchedThrough = timeOf(query.value(1));
        state.refusedPlan = query.value(2).toString();
        state.refusedStatus = query.value(3).toInt();
        state.lastError = query.value(4).toString();
        state.checkedAt = timeOf(query.value(5));
        states.insert(state.account, state);
    }
    return states;
}

bool RequestLogStore::save(QSqlDatabase& db, const QList<LogBatch>& batches, qint64* inserted, QString* error)
{
    *inserted = 0;
    if (!db.transaction()) {
        if (error) {
            *error = db.lastError().text();
        }
        return false;
    }
    const auto abort = [&db, error](const QSqlQuery& query) {
        failed(query, error);
        db.rollback();
        return false;
    };
    QSqlQuery state(db);
    state.prepare(QStringLiteral(
        "INSERT INTO request_log_state (account, fetched_through, refused_plan, refused_status, last_error, "
        "checked_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (account) DO UPDATE SET fetched_through = "
        "excluded.fetched_through, refused_plan = excluded.refused_plan, refused_status = excluded.refused_status, "
        "last_error = excluded.last_error, checked_at = excluded.checked_at"));
    // In the unique index's order, (at, request_id): each insert lands next to the one before instead of on
    // a cold page of a large B-tree (the accounts' logs cover the same hours).
    struct Row
    {
        qint64 at;
        const LogBatch* batch;
        qsizetype index;
    };
    std::vector<Row> rows;
    for (const LogBatch& batch : batches) {
        for (qsizetype i = 0; i < batch.entries.size(); ++i) {
            rows.push_back({ batch.entries.at(i).at.toMSecsSinceEpoch(), &batch, i });
        }
    }
    std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
        return a.at != b.at ? a.at < b.at
                            : a.batch->entries.at(a.index).requestId < b.batch->entries.at(b.index).requestId;
    });
    // SQLite's own API on SQLite, bound straight from the entries; multi-row VALUES on PostgreSQL (SqlRows:
    // Qt's per-row binding cost more than the inserts themselves).
    QString why;
    const bool written = SqlRows::insertEach(
        db,
        QStringLiteral("INSERT INTO request_log (") + kColumns + QLatin1Char(')'),
        QStringLiteral(" ON CONFLICT (at, request_id) DO NOTHING"),
        10,
        qsizetype(rows.size()),
        [&rows](qsizetype i, SqlRows::RowBinder& bind) {
            const Row& row = rows[size_t(i)];
            const RequestLogEntry& entry = row.batch->entries.at(row.index);
            const qint64 keyId = row.batch->keyIds.value(row.index);
            bind.text(0, entry.requestId);
            bind.integer(1, row.batch->account);
            keyId > 0 ? bind.integer(2, keyId) : bind.null(2);
            bind.text(3, entry.keyLastFour);
            bind.integer(4, row.at);
            bind.text(5, entry.endpoint);
            bind.textOrNull(6, entry.depth);
            bind.integer(7, entry.credits);
            bind.integer(8, entry.responseMs);
            bind.textOrNull(9, entry.project);
        },
        &why,
        inserted);
    if (!written) {
        if (error) {
            *error = why;
        }
        db.rollback();
        return false;
    }
    for (const LogBatch& batch : batches) {
        state.bindValue(0, batch.account);
        state.bindValue(1, timeOrNull(batch.state.fetchedThrough));
        state.bindValue(2, textOrNull(batch.state.refusedPlan));
        state.bindValue(3, batch.state.refusedStatus);
        state.bindValue(4, textOrNull(batch.state.lastError));
        state.bindValue(5, batch.state.checkedAt.toMSecsSinceEpoch());
        if (!state.exec()) {
            return abort(state);
        }
    }
    if (!db.commit()) {
        if (error) {
            *error = db.lastError().text();
        }
        db.rollback();
        return false;
    }
    return true;
}

QList<StoredLogEntry> RequestLogStore::list(QSqlDatabase& db, const LogFilter& filter, QString* error)
{
    QVariantList values;
    const QString where = whereOf(filter, &values);
    const QString column = filter.sort == LogFilter::Sort::Credits ? QStringLiteral("credits")
        : filter.sort == LogFilter::Sort::ResponseTime             ? QStringLiteral("response_ms")
                                                                   : QStringLiteral("at");
    const QString direction = filter.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!prepareAndBind(query,
                        QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM request_log") + where
                            + QStringLiteral(" ORDER BY ") + column + direction + QStringLiteral(", id") + direction
                            + QStringLiteral(" LIMIT %1").arg(std::max(0, filter.limit)),
                        values)
        || !query.exec()) {
        failed(query, error);
        return {};
    }
    QList<StoredLogEntry> rows;
    while (query.next()) {
        rows.append(rowOf(query));
    }
    return rows;
}

LogSummary RequestLogStore::summary(QSqlDatabase& db, const LogFilter& filter, QString* error)
{
    QVariantList values;
    const QString where = whereOf(filter, &values);
    LogSummary summary;
    const auto run = [&](const QString& sql, const std::function<void(const QSqlQuery&)>& row) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!prepareAndBind(query, sql, values) || !query.exec()) {
            return failed(query, error);
        }
        while (query.next()) {
            row(query);
        }
        return true;
    };
    const QString from = QStringLiteral(" FROM request_log") + where;
    const bool ok = run(QStringLiteral("SELECT count(*), COALESCE(sum(credits), 0), "
                                       "COALESCE(sum(CASE WHEN key_id IS NULL THEN 1 ELSE 0 END), 0)")
                            + from,
                        [&summary](const QSqlQuery& q) {
                            summary.requests = q.value(0).toLongLong();
                            summary.credits = q.value(1).toLongLong();
                            summary.unattributed = q.value(2).toLongLong();
                        })
        && run(QStringLiteral("SELECT endpoint, sum(credits)") + from + QStringLiteral(" GROUP BY endpoint"),
               [&summary](const QSqlQuery& q) {
                   summary.creditsByEndpoint.insert(q.value(0).toString(), q.value(1).toLongLong());
               })
        && run(QStringLiteral("SELECT depth, sum(credits)") + from
                   + (where.isEmpty() ? QStringLiteral(" WHERE") : QStringLiteral(" AND"))
                   + QStringLiteral(" endpoint = 'search' AND depth IS NOT NULL GROUP BY depth"),
               [&summary](const QSqlQuery& q) {
                   summary.creditsByDepth.insert(q.value(0).toString(), q.value(1).toLongLong());
               })
        && run(QStringLiteral("SELECT (at / %1) * %1 AS hour, count(*)").arg(HourMs) + from
                   + QStringLiteral(" GROUP BY hour"),
               [&summary](const QSqlQuery& q) {
                   summary.requestsPerHour.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
               })
        && run(QStringLiteral("SELECT ") + kColumns + from
                   + QStringLiteral(" ORDER BY response_ms DESC, id LIMIT %1").arg(SlowestCount),
               [&summary](const QSqlQuery& q) { summary.slowest.append(rowOf(q)); });
    return ok ? summary : LogSummary {};
}
