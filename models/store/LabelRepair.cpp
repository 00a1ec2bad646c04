#include "models/store/LabelRepair.h"

#include "models/core/Logging.h"
#include "models/store/KeyRepository.h"
#include "models/store/Store.h"
#include "models/tavily/ApiKey.h"

#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace {
struct Found
{
    qint64 id = 0;
    QString label;
};

// Rows of `table` whose label holds "tvly-" in any case: few or none, so the exact test runs on those only.
QList<Found> candidates(QSqlDatabase& db, const QString& table, QString* error)
{
    QList<Found> found;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, label FROM %1 WHERE lower(label) LIKE '%tvly-%'").arg(table))) {
        *error = query.lastError().text();
        return {};
    }
    while (query.next()) {
        const QString label = query.value(1).toString();
        if (ApiKey::holdsKeyLikeText(label)) {
            found.append({ query.value(0).toLongLong(), label });
        }
    }
    return found;
}

bool exec(QSqlQuery& query, QString* error)
{
    if (query.exec()) {
        return true;
    }
    *error = query.lastError().text();
    return false;
}
} // namespace

QString LabelRepair::run(const Store& store, QString* error)
{
    if (!store.readOnlyReason().isEmpty() || !store.ensureConnected()) {
        return {};
    }
    QSqlDatabase db = QSqlDatabase::database(store.connectionName());
    const QList<Found> keys = candidates(db, QStringLiteral("keys"), error);
    const QList<Found> alerts = candidates(db, QStringLiteral("alerts"), error);
    if (keys.isEmpty() && alerts.isEmpty()) {
        return {};
    }
    QSqlQuery query(db);
    if (!store.isPostgres()) {
        query.exec(QStringLiteral("PRAGMA secure_delete = ON")); // the old label's bytes are zeroed, not freed
    }
    if (!db.transaction()) {
        *error = db.lastError().text();
        return {};
    }
    QList<qint64> replaced;
    QSet<QString> taken;
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE keys SET label = ? WHERE id = ?"));
    for (const Found& key : keys) {
        QString label = QStringLiteral("key %1").arg(key.id);
        for (int n = 2; taken.contains(label) || KeyRepository(store).byLabel(label); ++n) {
            label = QStringLiteral("key %1 (%2)").arg(key.id).arg(n);
        }
        taken.insert(label);
        update.bindValue(0, label);
        update.bindValue(1, key.id);
        if (!exec(update, error)) {
            db.rollback();
            return {};
        }
        replaced.append(key.id);
    }
    // Alerts keep a copy of the label (and begin their message with it) so a report still names a key that
    // was removed since; theirs follow the key's new label, or say "a removed key".
    QSqlQuery alert(db);
    alert.prepare(QStringLiteral("UPDATE alerts SET label = ?, message = ? WHERE id = ?"));
    QSqlQuery lookup(db);
    lookup.prepare(QStringLiteral("SELECT a.message, k.label FROM alerts a LEFT JOIN keys k ON k.id = a.key_id "
                                  "WHERE a.id = ?"));
    for (const Found& found : alerts) {
        lookup.bindValue(0, found.id);
        if (!exec(lookup, error) || !lookup.next()) {
            db.rollback();
            return {};
        }
        const QString label = lookup.value(1).isNull() ? QStringLiteral("a removed key") : lookup.value(1).toString();
        QString message = lookup.value(0).toString();
        message.replace(found.label, label);
        lookup.finish();
        alert.bindValue(0, label);
        alert.bindValue(1, ApiKey::scrub(message));
        alert.bindValue(2, found.id);
        if (!exec(alert, error)) {
            db.rollback();
            return {};
        }
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        db.rollback();
        return {};
    }
    if (!store.isPostgres()) {
        // Old WAL frames still hold the pages as they were; fold them in and empty the WAL.
        query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    const QString said = describe(replaced);
    qCWarning(lcStore).noquote() << said;
    return said;
}

QString LabelRepair::describe(const QList<qint64>& ids)
{
    if (ids.isEmpty()) {
        return QStringLiteral(
            "the label of a removed key's alert looked like an API key and now says \"a removed key\"");
    }
    QStringList names;
    for (const qint64 id : ids) {
        names << QStringLiteral("key %1").arg(id);
    }
    return ids.size() == 1 ? QStringLiteral("the label of key %1 looked like an API key and is now \"%2\"")
                                 .arg(ids.first())
                                 .arg(names.first())
                           : QStringLiteral("the labels of %1 keys looked like API keys and are now \"key N\" (%2)")
                                 .arg(ids.size())
                                 .arg(names.join(QStringLiteral(", ")));
}
