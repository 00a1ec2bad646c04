#include "models/store/OrgStore.h"

#include "models/store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {
QVariant timeOrNull(const QDateTime& at)
{
    return at.isValid() ? QVariant(at.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}
} // namespace

QByteArray OrgStore::unmanagedJson(const QList<OrgUsageEntry>& entries)
{
    QJsonArray list;
    for (const OrgUsageEntry& entry : entries) {
        list.append(QJsonObject { { QStringLiteral("masked"), entry.masked },
                                  { QStringLiteral("name"), entry.name },
                                  { QStringLiteral("account"), entry.account },
                                  { QStringLiteral("credits"), entry.credits },
                                  { QStringLiteral("paygo_cost_usd"), entry.paygoCostUsd },
                                  { QStringLiteral("requests"), entry.requests } });
    }
    return QJsonDocument(list).toJson(QJsonDocument::Compact);
}

QList<OrgUsageEntry> OrgStore::unmanagedFromJson(const QByteArray& json)
{
    QList<OrgUsageEntry> entries;
    const QJsonArray list = QJsonDocument::fromJson(json).array();
    for (const QJsonValue& value : list) {
        const QJsonObject object = value.toObject();
        OrgUsageEntry entry;
        entry.masked = object.value(QStringLiteral("masked")).toString();
        entry.lastFour = entry.masked.right(4);
        entry.name = object.value(QStringLiteral("name")).toString();
        entry.account = object.value(QStringLiteral("account")).toString();
        entry.credits = object.value(QStringLiteral("credits")).toInteger();
        entry.paygoCostUsd = object.value(QStringLiteral("paygo_cost_usd")).toDouble();
        entry.requests = object.value(QStringLiteral("requests")).toInteger();
        entries.append(entry);
    }
    return entries;
}

std::optional<OrgRecord> OrgStore::load(QString* error) const
{
    QSqlQuery query(QSqlDatabase::database(m_store.connectionName()));
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT name, masked, fingerprint, sealed, updated_at, refused_status, last_error, "
                                   "checked_at, answered_keys, unmatched, unmanaged FROM organization WHERE id = 1"))) {
        *error = QStringLiteral("cannot read the organisation: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    if (!query.next()) {
        return std::nullopt;
    }
    OrgRecord org;
    org.name = query.value(0).toString();
    org.masked = query.value(1).toString();
    org.fingerprint = query.value(2).toString().toLatin1();
    org.sealed = query.value(3).toByteArray();
    org.updatedAt = QDateTime::fromMSecsSinceEpoch(query.value(4).toLongLong(), Qt::UTC);
    org.refusedStatus = query.value(5).toInt();
    org.lastError = query.value(6).toString();
    if (!query.value(7).isNull()) {
        org.checkedAt = QDateTime::fromMSecsSinceEpoch(query.value(7).toLongLong(), Qt::UTC);
    }
    org.answeredKeys = query.value(8).toInt();
    const QString unmatched = query.value(9).toString();
    org.unmatched = unmatched.isEmpty() ? QStringList() : unmatched.split(u' ');
    org.unmanaged = unmanagedFromJson(query.value(10).toByteArray());
    return org;
}

bool OrgStore::set(const OrgRecord& org, qint64 nowMs, QString* error)
{
    QSqlQuery query(QSqlDatabase::database(m_store.connectionName()));
    // One statement on SQLite and PostgreSQL alike; a new key or name starts with a clean outcome.
    query.prepare(QStringLiteral(
        "INSERT INTO organization (id, name, masked, fingerprint, sealed, updated_at) VALUES (1, ?, ?, ?, ?, ?)"
        " ON CONFLICT (id) DO UPDATE SET name = excluded.name, masked = excluded.masked,"
        " fingerprint = excluded.fingerprint, sealed = excluded.sealed, updated_at = excluded.updated_at,"
        " refused_status = NULL, last_error = NULL, checked_at = NULL, answered_keys = NULL, unmatched = NULL,"
        " unmanaged = NULL"));
    query.addBindValue(org.name);
    query.addBindValue(org.masked);
    query.addBindValue(QString::fromLatin1(org.fingerprint));
    query.addBindValue(org.sealed);
    query.addBindValue(nowMs);
    if (!query.exec()) {
        *error = QStringLiteral("cannot save the organisation: %1").arg(query.lastError().text());
        return false;
    }
    return true;
}

bool OrgStore::clear(QString* error)
{
    QSqlQuery query(QSqlDatabase::database(m_store.connectionName()));
    if (!query.exec(QStringLiteral("DELETE FROM organization"))) {
        *error = QStringLiteral("cannot remove the organisation: %1").arg(query.lastError().text());
        return false;
    }
    return true;
}

bool OrgStore::saveOutcome(const OrgRecord& outcome, QString* error)
{
    QSqlQuery query(QSqlDatabase::database(m_store.connectionName()));
    // Only for the key it was asked with: a key set meanwhile (another admin) keeps its clean outcome.
    query.prepare(QStringLiteral("UPDATE organization SET refused_status = ?, last_error = ?, checked_at = ?,"
                                 " answered_keys = ?, unmatched = ?, unmanaged = ? WHERE id = 1 AND fingerprint = ?"));
    query.addBindValue(outcome.refusedStatus > 0 ? QVariant(outcome.refusedStatus)
                                                 : QVariant(QMetaType(QMetaType::Int)));
    query.addBindValue(outcome.lastError.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                   : QVariant(outcome.lastError));
    query.addBindValue(timeOrNull(outcome.checkedAt));
    query.addBindValue(outcome.answeredKeys);
    query.addBindValue(outcome.unmatched.join(u' '));
    query.addBindValue(QString::fromUtf8(unmanagedJson(outcome.unmanaged)));
    query.addBindValue(QString::fromLatin1(outcome.fingerprint));
    if (!query.exec()) {
        *error = QStringLiteral("cannot save what the organisation answered: %1").arg(query.lastError().text());
        return false;
    }
    return true;
}
