#include "models/store/AccountSettings.h"

#include "models/store/Store.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

std::optional<QHash<qint64, int>> AccountSettings::resetDays(QString* error) const
{
    QSqlQuery query(QSqlDatabase::database(m_store.connectionName()));
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT account, reset_day FROM account_settings"))) {
        *error = QStringLiteral("cannot read the accounts' settings: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    QHash<qint64, int> days;
    while (query.next()) {
        days.insert(query.value(0).toLongLong(), query.value(1).toInt());
    }
    return days;
}

bool AccountSettings::setResetDay(qint64 account, std::optional<int> day, qint64 nowMs, QString* error)
{
    QSqlQuery query(QSqlDatabase::database(m_store.connectionName()));
    if (!day) {
        query.prepare(QStringLiteral("DELETE FROM account_settings WHERE account = ?"));
        query.addBindValue(account);
    } else {
        // One statement on SQLite and PostgreSQL alike: two admins setting it at once leave one of the two days.
        query.prepare(QStringLiteral("INSERT INTO account_settings (account, reset_day, updated_at) VALUES (?, ?, ?)"
                                     " ON CONFLICT (account) DO UPDATE SET reset_day = excluded.reset_day,"
                                     " updated_at = excluded.updated_at"));
        query.addBindValue(account);
        query.addBindValue(*day);
        query.addBindValue(nowMs);
    }
    if (!query.exec()) {
        *error = QStringLiteral("cannot set the account's billing reset day: %1").arg(query.lastError().text());
        return false;
    }
    return true;
}
