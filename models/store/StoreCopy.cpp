#include "models/store/StoreCopy.h"

#include "models/store/KeyRepository.h"
#include "models/store/SqlDialect.h"
#include "models/store/Store.h"
#include "models/store/StoreMeta.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

#include <optional>

QStringList StoreCopy::tables()
{
    return { QStringLiteral("keys"),
             QStringLiteral("refresh_runs"),
             QStringLiteral("usage_snapshots"),
             QStringLiteral("lookup_events"),
             QStringLiteral("alerts"),
             QStringLiteral("notify_channels"),
             QStringLiteral("alert_deliveries"),
             QStringLiteral("account_settings"),
             QStringLiteral("key_accounts"),
             QStringLiteral("analytics_state"),
             QStringLiteral("usage_hourly"),
             QStringLiteral("usage_daily"),
             QStringLiteral("account_hourly"),
             QStringLiteral("account_daily"),
             QStringLiteral("lookup_hourly"),
             QStringLiteral("lookup_daily"),
             QStringLiteral("usage_hourly_all"),
             QStringLiteral("lookup_hourly_all"),
             QStringLiteral("request_log"),
             QStringLiteral("request_log_state"),
             QStringLiteral("organization") };
}

namespace {

qint64 countRows(const QSqlDatabase& db, const QString& table)
{
    QSqlQuery query(db);
    return query.exec(QStringLiteral("SELECT count(*) FROM ") + table) && query.next() ? query.value(0).toLongLong()
                                                                                       : -1;
}

// Tables whose `id` the target numbers itself afterwards (identity columns on PostgreSQL).
bool hasIdentity(const QString& table)
{
    return table == QLatin1String("keys") || table == QLatin1String("refresh_runs")
        || table == QLatin1String("usage_snapshots") || table == QLatin1String("lookup_events")
        || table == QLatin1String("alerts") || table == QLatin1String("notify_channels")
        || table == QLatin1String("request_log");
}

} // namespace

bool StoreCopy::copy(const Store& source,
                     Store& target,
                     const Resealer& reseal,
                     const QList<QPair<QString, QString>>& meta,
                     QList<TableCount>* counts,
                     QString* error)
{
    QSqlDatabase from = QSqlDatabase::database(source.connectionName());
    QSqlDatabase to = QSqlDatabase::database(target.connectionName());
    if (source.schemaVersion() != target.schemaVersion()) {
        *error = QStringLiteral("the two stores have different schemas (%1 and %2)")
                     .arg(source.schemaVersion())
                     .arg(target.schemaVersion());
        return false;
    }
    for (const QString& table : { QStringLiteral("keys"), QStringLiteral("refresh_runs") }) {
        if (const qint64 n = countRows(to, table); n != 0) {
            *error = QStringLiteral("the target store is not empty (%1 rows in %2); migrate copies into an empty store "
                                    "only")
                         .arg(n)
                         .arg(table);
            return false;
        }
    }
    // Keys re-sealed first, outside the transaction: a key the source's data key cannot open stops
    // everything before anything is written.
    QHash<qint64, KeyRecord> keys;
    for (KeyRecord key : KeyRepository(source).all()) {
        if (!reseal.key(key)) {
            *error = QStringLiteral("the key \"%1\" cannot be opened with this store's data key; nothing was copied")
                         .arg(key.label);
            return false;
        }
        keys.insert(key.id, key);
    }
    // The organisation's owner key and the notification channels' secrets likewise.
    QString unopened;
    const std::optional<OtherSecrets> others = KeyRepository::resealOthers(from, reseal, &unopened, error);
    if (!others) {
        if (!unopened.isEmpty()) {
            *error = QStringLiteral("%1 cannot be opened with this store's data key; nothing was copied").arg(unopened);
        }
        return false;
    }
    if (!to.transaction()) {
        *error = to.lastError().text();
        return false;
    }
    auto abort = [&](const QString& message) {
        to.rollback();
        *error = message;
        return false;
    };
    QSqlQuery write(to);
    // Rollups built from earlier rows may already exist in an empty target (none); clear the derived tables
    // so the copy is exact.
    for (const QString& table : tables()) {
        if (!write.exec(QStringLiteral("DELETE FROM ") + table)) {
            return abort(QStringLiteral("cannot prepare %1: %2").arg(table, write.lastError().text()));
        }
    }
    for (const QString& table : tables()) {
        const QSqlRecord columns = to.record(table);
        QStringList names;
        for (int i = 0; i < columns.count(); ++i) {
            names << columns.fieldName(i);
        }
        // Sealed secrets are written as re-sealed above: the keys' by id, the organisation's one, the channels'.
        const bool sealedRows = table == QLatin1String("keys") || table == QLatin1String("organization");
        const int fingerprintColumn = sealedRows ? int(names.indexOf(QStringLiteral("fingerprint"))) : -1;
        const int sealedColumn = sealedRows ? int(names.indexOf(QStringLiteral("sealed"))) : -1;
        const int channelSecretColumn
            = table == QLatin1String("notify_channels") ? int(names.indexOf(QStringLiteral("sealed"))) : -1;
        const auto resealed = [&](qint64 id) {
            return table == QLatin1String("keys") ? keys.value(id) : others->owner.value_or(KeyRecord {});
        };
        QSqlQuery read(from);
        read.setForwardOnly(true);
        if (!read.exec(QStringLiteral("SELECT %1 FROM %2").arg(names.join(QStringLiteral(", ")), table))) {
            return abort(QStringLiteral("cannot read %1: %2").arg(table, read.lastError().text()));
        }
        const QString head = QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(table, names.join(QStringLiteral(", ")));
        QString sql;
        int inBatch = 0;
        auto flush = [&]() {
            if (inBatch == 0) {
                return true;
            }
            const bool ok = write.exec(sql);
            sql.clear();
            inBatch = 0;
            return ok;
        };
        while (read.next()) {
            sql += inBatch == 0 ? head + QLatin1Char('(') : QStringLiteral(", (");
            const qint64 id = read.value(0).toLongLong();
            for (int i = 0; i < names.size(); ++i) {
                QVariant value = read.value(i);
                if (i == fingerprintColumn) {
                    value = QString::fromLatin1(resealed(id).fingerprint);
                } else if (i == sealedColumn) {
                    value = resealed(id).sealed;
                } else if (i == channelSecretColumn && others->channels.contains(id)) {
                    value = others->channels.value(id);
                } else if (value.isNull()) {
                    value = QVariant(columns.field(i).metaType()); // a NULL of the target column's type
                } else if (columns.field(i).metaType().id() == QMetaType::QByteArray) {
                    value = value.toByteArray();
                }
                sql += (i > 0 ? QStringLiteral(", ") : QString()) + SqlDialect::literal(to, value);
            }
            sql += QLatin1Char(')');
            if (++inBatch == 500 && !flush()) {
                return abort(QStringLiteral("cannot copy %1: %2").arg(table, write.lastError().text()));
            }
        }
        if (read.lastError().isValid()) {
            return abort(QStringLiteral("cannot read %1: %2").arg(table, read.lastError().text()));
        }
        if (!flush()) {
            return abort(QStringLiteral("cannot copy %1: %2").arg(table, write.lastError().text()));
        }
        if (target.isPostgres() && hasIdentity(table)
            && !write.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                          "GREATEST((SELECT max(id) FROM %1), 1))")
                               .arg(table))) {
            return abort(QStringLiteral("cannot renumber %1: %2").arg(table, write.lastError().text()));
        }
    }
    if (QString why; !StoreMeta::overwrite(to, meta, &why)) {
        return abort(why);
    }
    // Verified inside the transaction: a mismatch commits nothing.
    QList<TableCount> result;
    for (const QString& table : tables()) {
        TableCount count { table, countRows(from, table), countRows(to, table) };
        if (count.source < 0 || count.source != count.target) {
            return abort(QStringLiteral("the copy of %1 has %2 rows instead of %3; nothing was copied")
                             .arg(table)
                             .arg(count.target)
                             .arg(count.source));
        }
        result.append(count);
    }
    if (!to.commit()) {
        return abort(QStringLiteral("cannot save the copy (nothing was copied): %1").arg(to.lastError().text()));
    }
    if (counts) {
        *counts = result;
    }
    return true;
}
