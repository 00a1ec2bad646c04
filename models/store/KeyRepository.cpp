#include "models/store/KeyRepository.h"

#include "models/notify/ChannelRecord.h"
#include "models/store/AlertStore.h"
#include "models/store/SqlDialect.h"
#include "models/store/SqlRows.h"
#include "models/store/Store.h"
#include "models/store/StoreMeta.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using SqlRows::readInt;
using SqlRows::readTime;

namespace {

// Columns of `keys` in the order readKey() expects them.
const QString kKeyColumns = QStringLiteral(
    "id, label, masked, fingerprint, sealed, enabled, status, key_usage, key_limit, plan, plan_usage, plan_limit, "
    "paygo_usage, paygo_limit, last_refreshed, last_error, last_http_status, retry_at, created_at, last_error_code, "
    "project, replaces, (SELECT r.id FROM keys r WHERE r.replaces = keys.id) AS replaced_by");

KeyRecord readKey(const QSqlQuery& query)
{
    KeyRecord key;
    key.id = query.value(0).toLongLong();
    key.label = query.value(1).toString();
    key.masked = query.value(2).toString();
    key.fingerprint = query.value(3).toString().toLatin1();
    key.sealed = query.value(4).toByteArray();
    key.enabled = query.value(5).toInt() != 0;
    key.status = keyStatusFromName(query.value(6).toString()).value_or(KeyStatus::Unknown);
    key.keyUsage = readInt(query, 7);
    key.keyLimit = readInt(query, 8);
    key.plan = query.value(9).toString();
    key.planUsage = readInt(query, 10);
    key.planLimit = readInt(query, 11);
    key.paygoUsage = readInt(query, 12);
    key.paygoLimit = readInt(query, 13);
    key.lastRefreshed = readTime(query, 14);
    key.lastError = query.value(15).toString();
    key.lastHttpStatus = query.value(16).toInt();
    key.retryAt = readTime(query, 17);
    key.createdAt = readTime(query, 18);
    key.lastErrorCode = lookupErrorFromName(query.value(19).toString());
    key.project = query.value(20).toString();
    key.replaces = readInt(query, 21);
    key.replacedBy = readInt(query, 22);
    return key;
}

// No project is stored as NULL, never as an empty string, so "keys without a project" is one condition.
QVariant projectValue(const QString& project)
{
    return project.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(project);
}

} // namespace

bool KeyRepository::resealAll(const Resealer& reseal, const QList<QPair<QString, QString>>& meta)
{
    if (!m_store.ensureConnected()) {
        return false;
    }
    QSqlDatabase db = QSqlDatabase::database(m_store.connectionName());
    if (!db.transaction()) {
        return m_store.fail(QStringLiteral("cannot start a transaction: %1").arg(db.lastError().text()));
    }
    auto abort = [&](const QString& message) {
        db.rollback();
        return m_store.fail(message);
    };
    QSqlQuery query(db);
    if (m_store.isPostgres() && !query.exec(QStringLiteral("LOCK TABLE keys IN SHARE ROW EXCLUSIVE MODE"))) {
        return abort(QStringLiteral("cannot lock the keys: %1").arg(query.lastError().text()));
    }
    QList<KeyRecord> all;
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM keys ORDER BY id").arg(kKeyColumns))) {
        return abort(QStringLiteral("cannot read the keys: %1").arg(query.lastError().text()));
    }
    while (query.next()) {
        all.append(readKey(query));
    }
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE keys SET fingerprint = ?, sealed = ? WHERE id = ?"));
    for (KeyRecord& key : all) {
        if (!reseal.key(key)) {
            return abort(QStringLiteral("the key \"%1\" cannot be opened with the current data key; nothing was "
                                        "changed")
                             .arg(key.label));
        }
        update.bindValue(0, QString::fromLatin1(key.fingerprint));
        update.bindValue(1, key.sealed);
        update.bindValue(2, key.id);
        if (!update.exec()) {
            return abort(QStringLiteral("cannot re-seal the key \"%1\": %2").arg(key.label, update.lastError().text()));
        }
    }
    QString unopened;
    QString readError;
    const std::optional<OtherSecrets> others = resealOthers(db, reseal, &unopened, &readError);
    if (!others) {
        return abort(
            unopened.isEmpty()
                ? readError
                : QStringLiteral("%1 cannot be opened with the current data key; nothing was changed").arg(unopened));
    }
    if (others->owner) {
        QSqlQuery owner(db);
        owner.prepare(QStringLiteral("UPDATE organization SET fingerprint = ?, sealed = ? WHERE id = 1"));
        owner.addBindValue(QString::fromLatin1(others->owner->fingerprint));
        owner.addBindValue(others->owner->sealed);
        if (!owner.exec()) {
            return abort(QStringLiteral("cannot re-seal the organisation's key: %1").arg(owner.lastError().text()));
        }
    }
    update.prepare(QStringLiteral("UPDATE notify_channels SET sealed = ? WHERE id = ?"));
    for (auto it = others->channels.constBegin(); it != others->channels.constEnd(); ++it) {
        update.bindValue(0, it.value());
        update.bindValue(1, it.key());
        if (!update.exec()) {
            return abort(QStringLiteral("cannot re-seal notification channel %1: %2")
                             .arg(it.key())
                             .arg(update.lastError().text()));
        }
    }
    if (QString why; !StoreMeta::overwrite(db, meta, &why)) {
        return abort(why);
    }
    if (!db.commit()) {
        return abort(
            QStringLiteral("cannot save the re-sealed keys (nothing was changed): %1").arg(db.lastError().text()));
    }
    return true;
}

std::optional<OtherSecrets>
KeyRepository::resealOthers(const QSqlDatabase& db, const Resealer& reseal, QString* unopened, QString* error)
{
    OtherSecrets others;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // The owner key is sealed as a key is, so it moves with them.
    if (!query.exec(QStringLiteral("SELECT fingerprint, sealed FROM organization WHERE id = 1"))) {
        *error = QStringLiteral("cannot read the organisation's key: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    if (query.next()) {
        KeyRecord& owner = others.owner.emplace();
        owner.label = QStringLiteral("organisation owner key");
        owner.fingerprint = query.value(0).toString().toLatin1();
        owner.sealed = query.value(1).toByteArray();
        if (!reseal.key(owner)) {
            *unopened = QStringLiteral("the organisation's owner key");
            return std::nullopt;
        }
    }
    // A channel's secret is sealed for its name.
    if (!query.exec(QStringLiteral("SELECT id, name, sealed FROM notify_channels ORDER BY id"))) {
        *error = QStringLiteral("cannot read the notification channels: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    while (query.next()) {
        ChannelRecord channel;
        channel.name = query.value(1).toString();
        channel.sealed = query.value(2).toByteArray();
        if (channel.sealed.isEmpty()) {
            continue;
        }
        if (!reseal.secret(channel.sealed, channel.sealContext())) {
            *unopened = QStringLiteral("the notification channel \"%1\"").arg(channel.name);
            return std::nullopt;
        }
        others.channels.insert(query.value(0).toLongLong(), channel.sealed);
    }
    return others;
}

QList<KeyRecord> KeyRepository::select(const QString& where) const
{
    QList<KeyRecord> result;
    if (!m_store.ensureConnected()) {
        return result;
    }
    QSqlQuery query(QSqlDatabase::database(m_store.connectionName()));
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM keys %2 ORDER BY id").arg(kKeyColumns, where))) {
        m_store.fail(QStringLiteral("cannot read the keys"), query);
        return result;
    }
    while (query.next()) {
        result.append(readKey(query));
    }
    return result;
}

QList<KeyRecord> KeyRepository::all() const
{
    return select({});
}

QList<KeyRecord> KeyRepository::enabled() const
{
    return select(QStringLiteral("WHERE enabled = 1"));
}

std::optional<KeyRecord> KeyRepository::one(const QString& column, const QVariant& value) const
{
    QSqlQuery query(QSqlDatabase::database(m_store.connectionName()));
    query.prepare(QStringLiteral("SELECT %1 FROM keys WHERE %2 = ?").arg(kKeyColumns, column));
    query.addBindValue(value);
    if (query.exec() && query.next()) {
        return readKey(query);
    }
    return std::nullopt;
}

std::optional<KeyRecord> KeyRepository::byId(qint64 id) const
{
    return one(QStringLiteral("id"), id);
}

std::optional<KeyRecord> KeyRepository::byLabel(const QString& label) const
{
    return one(QStringLiteral("label"), label);
}

std::optional<KeyRecord> KeyRepository::byFingerprint(const QByteArray& fingerprint) const
{
    return one(QStringLiteral("fingerprint"), QString::fromLatin1(fingerprint));
}

bool KeyRepository::labelExists(const QString& label) const
{
    return byLabel(label).has_value();
}

bool KeyRepository::insert(QList<KeyRecord>& keys)
{
    if (!m_store.ensureConnected()) {
        return false;
    }
    QSqlDatabase db = QSqlDatabase::database(m_store.connectionName());
    const SqlDialect::Engine engine = SqlDialect::engineOf(db);
    if (!db.transaction()) {
        return m_store.fail(QStringLiteral("cannot start a transaction: %1").arg(db.lastError().text()));
    }
    QSqlQuery query(db);
    query.prepare(SqlDialect::returningId(
        engine,
        QStringLiteral("INSERT INTO keys (label, masked, fingerprint, sealed, enabled, status, created_at, project) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")));
    for (KeyRecord& key : keys) {
        if (!key.createdAt.isValid()) {
            key.createdAt = QDateTime::currentDateTimeUtc();
        }
        query.bindValue(0, key.label);
        query.bindValue(1, key.masked);
        query.bindValue(2, QString::fromLatin1(key.fingerprint));
        query.bindValue(3, key.sealed);
        query.bindValue(4, key.enabled ? 1 : 0);
        query.bindValue(5, keyStatusName(key.status));
        query.bindValue(6, key.createdAt.toMSecsSinceEpoch());
        query.bindValue(7, projectValue(key.project));
        if (!query.exec()) {
            const bool failed = m_store.fail(QStringLiteral("cannot store key \"%1\"").arg(key.label), query);
            db.rollback();
            return failed;
        }
        key.id = SqlDialect::insertedId(query, engine);
    }
    if (!db.commit()) {
        db.rollback();
        return m_store.fail(QStringLiteral("cannot save the keys: %1").arg(db.lastError().text()));
    }
    return true;
}

bool KeyRepository::remove(qint64 id)
{
    QSqlQuery query(QSqlDatabase::database(m_store.connectionName()));
    query.prepare(QStringLiteral("DELETE FROM keys WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        return m_store.fail(QStringLiteral("cannot remove the key"), query);
    }
    if (query.numRowsAffected() != 1) {
        return m_store.fail(QStringLiteral("no key has the id %1").arg(id));
    }
    // With no sealed key left, the store no longer depends on its data key: forgetting the check lets a
    // user whose keychain entry was lost start over by removing the keys and entering them again.
    // A team store keeps it: the check is how an admin's passphrase is verified (TeamSecrets::join).
    if (!m_store.hasSealedKeys() && !m_store.isTeam()) {
        QSqlQuery forget(QSqlDatabase::database(m_store.connectionName()));
        forget.exec(QStringLiteral("DELETE FROM store_meta WHERE name = 'vault_check'"));
    }
    return true;
}

bool KeyRepository::setEnabled(qint64 id, bool enabled)
{
    QSqlQuery query(QSqlDatabase::database(m_store.connectionName()));
    query.prepare(QStringLiteral("UPDATE keys SET enabled = ? WHERE id = ?"));
    query.addBindValue(enabled ? 1 : 0);
    query.addBindValue(id);
    if (!query.exec()) {
        return m_store.fail(QStringLiteral("cannot change the key"), query);
    }
    return query.numRowsAffected() == 1 || m_store.fail(QStringLiteral("no key has the id %1").arg(id));
}

bool KeyRepository::setLabel(qint64 id, const QString& label)
{
    QSqlQuery query(QSqlDatabase::database(m_store.connectionName()));
    query.prepare(QStringLiteral("UPDATE keys SET label = ? WHERE id = ?"));
    query.addBindValue(label);
    query.addBindValue(id);
    if (!query.exec()) {
        return m_store.fail(QStringLiteral("cannot rename the key"), query);
    }
    return query.numRowsAffected() == 1 || m_store.fail(QStringLiteral("no key has the id %1").arg(id));
}

bool KeyRepository::setProject(qint64 id, const QString& project)
{
    QSqlQuery query(QSqlDatabase::database(m_store.connectionName()));
    query.prepare(QStringLiteral("UPDATE keys SET project = ? WHERE id = ?"));
    query.addBindValue(projectValue(project));
    query.addBindValue(id);
    if (!query.exec()) {
        return m_store.fail(QStringLiteral("cannot change the key's project"), query);
    }
    return query.numRowsAffected() == 1 || m_store.fail(QStringLiteral("no key has the id %1").arg(id));
}

bool KeyRepository::rotate(qint64 oldId,
                           const std::function<QString(const QString&, int)>& retiredName,
                           KeyRecord& replacement,
                           KeyRecord* retired)
{
    if (!m_store.ensureConnected()) {
        return false;
    }
    QSqlDatabase db = QSqlDatabase::database(m_store.connectionName());
    const SqlDialect::Engine engine = SqlDialect::engineOf(db);
    if (!db.transaction()) {
        return m_store.fail(QStringLiteral("cannot start a transaction: %1").arg(db.lastError().text()));
    }
    auto abort = [&](const QString& message) {
        db.rollback();
        return m_store.fail(message);
    };
    // The old key as it is now, locked on PostgreSQL (another admin may rename or rotate it meanwhile); on
    // SQLite the first write below takes the file's lock.
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("SELECT %1 FROM keys WHERE id = ?%2")
            .arg(kKeyColumns, engine == SqlDialect::Engine::PostgreSQL ? QStringLiteral(" FOR UPDATE") : QString()));
    query.addBindValue(oldId);
    if (!query.exec()) {
        return abort(QStringLiteral("cannot read the key: %1").arg(query.lastError().text()));
    }
    if (!query.next()) {
        return abort(QStringLiteral("no key has the id %1").arg(oldId));
    }
    KeyRecord old = readKey(query);
    query.finish();
    if (old.replacedBy) {
        return abort(QStringLiteral("the key \"%1\" was already rotated (key %2 replaced it)")
                         .arg(old.label)
                         .arg(*old.replacedBy));
    }
    // The retired name, made unique under the transaction: labels are unique, and the new key takes the old one.
    QString retiredLabel;
    QSqlQuery taken(db);
    taken.prepare(QStringLiteral("SELECT count(*) FROM keys WHERE label = ?"));
    for (int n = 1;; ++n) {
        retiredLabel = retiredName(old.label, n);
        taken.bindValue(0, retiredLabel);
        if (!taken.exec() || !taken.next()) {
            return abort(QStringLiteral("cannot read the keys: %1").arg(taken.lastError().text()));
        }
        if (taken.value(0).toLongLong() == 0) {
            break;
        }
    }
    QSqlQuery retire(db);
    retire.prepare(QStringLiteral("UPDATE keys SET label = ?, enabled = 0 WHERE id = ?"));
    retire.addBindValue(retiredLabel);
    retire.addBindValue(oldId);
    if (!retire.exec()) {
        return abort(QStringLiteral("cannot retire the key \"%1\": %2").arg(old.label, retire.lastError().text()));
    }
    replacement.label = old.label;
    replacement.project = old.project;
    replacement.replaces = oldId;
    replacement.enabled = true;
    if (!replacement.createdAt.isValid()) {
        replacement.createdAt = QDateTime::currentDateTimeUtc();
    }
    QSqlQuery insert(db);
    insert.prepare(SqlDialect::returningId(
        engine,
        QStringLiteral("INSERT INTO keys (label, masked, fingerprint, sealed, enabled, status, created_at, project,"
                       " replaces) VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?)")));
    insert.addBindValue(replacement.label);
    insert.addBindValue(replacement.masked);
    insert.addBindValue(QString::fromLatin1(replacement.fingerprint));
    insert.addBindValue(replacement.sealed);
    insert.addBindValue(keyStatusName(replacement.status));
    insert.addBindValue(replacement.createdAt.toMSecsSinceEpoch());
    insert.addBindValue(projectValue(replacement.project));
    insert.addBindValue(oldId);
    if (!insert.exec()) {
        return abort(
            QStringLiteral("cannot store the new key of \"%1\": %2").arg(old.label, insert.lastError().text()));
    }
    replacement.id = SqlDialect::insertedId(insert, engine);
    insert.finish();
    if (QString why; !AlertStore::acknowledgeKind(db, oldId, AlertKind::RotationDue, &why)) {
        return abort(QStringLiteral("cannot mark the key's reminders as seen: %1").arg(why));
    }
    if (!db.commit()) {
        return abort(QStringLiteral("cannot save the rotation (nothing was changed): %1").arg(db.lastError().text()));
    }
    if (retired) {
        old.label = retiredLabel;
        old.enabled = false;
        old.replacedBy = replacement.id;
        *retired = old;
    }
    return true;
}
