#include "models/store/StoreMeta.h"

#include "models/store/Store.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

StoreMeta::StoreMeta(const Store& store)
    : m_store(store)
{
}

QString StoreMeta::changedMeanwhile()
{
    return QStringLiteral("another QuotaDeck changed the store at the same moment; nothing was changed, try again");
}

QString StoreMeta::claim(const QString& name, const QString& expected, const QString& wanted, QString* error) const
{
    if (!m_store.ensureConnected()) {
        *error = m_store.lastError();
        return {};
    }
    QSqlDatabase db = QSqlDatabase::database(m_store.connectionName());
    QSqlQuery query(db);
    // One statement each: the database decides who comes first, whichever process or engine asks.
    if (expected.isEmpty()) {
        query.prepare(
            QStringLiteral("INSERT INTO store_meta (name, value) VALUES (?, ?) ON CONFLICT (name) DO NOTHING"));
        query.addBindValue(name);
        query.addBindValue(wanted);
    } else {
        query.prepare(QStringLiteral("UPDATE store_meta SET value = ? WHERE name = ? AND value = ?"));
        query.addBindValue(wanted);
        query.addBindValue(name);
        query.addBindValue(expected);
    }
    if (!query.exec()) {
        *error = QStringLiteral("cannot record %1: %2").arg(name, query.lastError().text());
        return {};
    }
    const QString now = m_store.meta(name);
    if (now.isEmpty()) {
        *error = QStringLiteral("cannot read %1 back from the store").arg(name);
    }
    return now;
}

bool StoreMeta::replace(const QList<Change>& changes, QString* error) const
{
    if (!m_store.ensureConnected()) {
        *error = m_store.lastError();
        return false;
    }
    QSqlDatabase db = QSqlDatabase::database(m_store.connectionName());
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    auto abort = [&db, error](const QString& why) {
        db.rollback();
        *error = why;
        return false;
    };
    for (const Change& change : changes) {
        QSqlQuery query(db);
        if (change.expected.isEmpty() && change.value.isEmpty()) {
            query.prepare(QStringLiteral("SELECT count(*) FROM store_meta WHERE name = ?"));
            query.addBindValue(change.name);
            if (!query.exec() || !query.next()) {
                return abort(QStringLiteral("cannot read %1: %2").arg(change.name, query.lastError().text()));
            }
            if (query.value(0).toInt() != 0) {
                return abort(changedMeanwhile());
            }
            continue;
        }
        if (change.expected.isEmpty()) {
            query.prepare(
                QStringLiteral("INSERT INTO store_meta (name, value) VALUES (?, ?) ON CONFLICT (name) DO NOTHING"));
            query.addBindValue(change.name);
            query.addBindValue(change.value);
        } else if (change.value.isEmpty()) {
            query.prepare(QStringLiteral("DELETE FROM store_meta WHERE name = ? AND value = ?"));
            query.addBindValue(change.name);
            query.addBindValue(change.expected);
        } else {
            query.prepare(QStringLiteral("UPDATE store_meta SET value = ? WHERE name = ? AND value = ?"));
            query.addBindValue(change.value);
            query.addBindValue(change.name);
            query.addBindValue(change.expected);
        }
        if (!query.exec()) {
            return abort(QStringLiteral("cannot record %1: %2").arg(change.name, query.lastError().text()));
        }
        if (query.numRowsAffected() != 1) {
            return abort(changedMeanwhile());
        }
    }
    if (!db.commit()) {
        return abort(QStringLiteral("cannot save the change: %1").arg(db.lastError().text()));
    }
    return true;
}

bool StoreMeta::overwrite(QSqlDatabase& db, const QList<QPair<QString, QString>>& entries, QString* error)
{
    QSqlQuery upsert(db);
    upsert.prepare(QStringLiteral("INSERT INTO store_meta (name, value) VALUES (?, ?) "
                                  "ON CONFLICT(name) DO UPDATE SET value = excluded.value"));
    for (const auto& [name, value] : entries) {
        upsert.bindValue(0, name);
        upsert.bindValue(1, value);
        if (!upsert.exec()) {
            *error = QStringLiteral("cannot record %1: %2").arg(name, upsert.lastError().text());
            return false;
        }
    }
    return true;
}
