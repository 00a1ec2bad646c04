#include "models/store/ChannelStore.h"

#include "models/store/SqlDialect.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {
const QString kColumns = QStringLiteral(
    "id, name, kind, min_level, masked, sealed, email_to, smtp_host, smtp_port, smtp_user, created_at");

bool fail(const QSqlQuery& query, QString* error)
{
    if (error) {
        *error = query.lastError().text();
    }
    return false;
}

QList<ChannelRecord> read(QSqlQuery& query)
{
    QList<ChannelRecord> channels;
    while (query.next()) {
        const std::optional<ChannelKind> kind = channelKindFromName(query.value(2).toString());
        if (!kind) {
            continue; // a kind of a newer version
        }
        ChannelRecord channel;
        channel.id = query.value(0).toLongLong();
        channel.name = query.value(1).toString();
        channel.kind = *kind;
        channel.minLevel = alertLevelFromName(query.value(3).toString()).value_or(AlertLevel::Warning);
        channel.masked = query.value(4).toString();
        channel.sealed = query.value(5).toByteArray();
        channel.emailTo = query.value(6).toString();
        channel.smtpHost = query.value(7).toString();
        channel.smtpPort = query.value(8).isNull() ? 0 : query.value(8).toInt();
        channel.smtpUser = query.value(9).toString();
        channel.createdAt = QDateTime::fromMSecsSinceEpoch(query.value(10).toLongLong(), Qt::UTC);
        channels.append(channel);
    }
    return channels;
}

QVariant text(const QString& value)
{
    return value.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(value);
}
} // namespace

bool ChannelStore::insert(QSqlDatabase& db, ChannelRecord& channel, QString* error)
{
    QSqlQuery query(db);
    query.prepare(SqlDialect::returningId(
        SqlDialect::engineOf(db),
        QStringLiteral("INSERT INTO notify_channels (name, kind, min_level, masked, sealed, email_to, smtp_host,"
                       " smtp_port, smtp_user, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")));
    query.addBindValue(channel.name);
    query.addBindValue(channelKindName(channel.kind));
    query.addBindValue(alertLevelName(channel.minLevel));
    query.addBindValue(channel.masked);
    query.addBindValue(channel.sealed.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray))
                                                : QVariant(channel.sealed));
    query.addBindValue(text(channel.emailTo));
    query.addBindValue(text(channel.smtpHost));
    query.addBindValue(channel.kind == ChannelKind::Email ? QVariant(channel.smtpPort)
                                                          : QVariant(QMetaType(QMetaType::Int)));
    query.addBindValue(text(channel.smtpUser));
    query.addBindValue(channel.createdAt.toMSecsSinceEpoch());
    if (!query.exec()) {
        if (byName(db, channel.name).has_value()) {
            if (error) {
                *error = QStringLiteral("a channel named \"%1\" exists already").arg(channel.name);
            }
            return false;
        }
        return fail(query, error);
    }
    channel.id = SqlDialect::insertedId(query, SqlDialect::engineOf(db));
    return true;
}

QList<ChannelRecord> ChannelStore::list(QSqlDatabase& db, QString* error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM notify_channels ORDER BY name"))) {
        fail(query, error);
        return {};
    }
    return read(query);
}

std::optional<ChannelRecord> ChannelStore::byName(QSqlDatabase& db, const QString& name, QString* error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM notify_channels WHERE name = ?"));
    query.addBindValue(name);
    if (!query.exec()) {
        fail(query, error);
        return std::nullopt;
    }
    const QList<ChannelRecord> found = read(query);
    return found.isEmpty() ? std::nullopt : std::optional<ChannelRecord>(found.first());
}

bool ChannelStore::remove(QSqlDatabase& db, const QString& name, bool* removed, QString* error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM notify_channels WHERE name = ?"));
    query.addBindValue(name);
    if (!query.exec()) {
        return fail(query, error);
    }
    if (removed) {
        *removed = query.numRowsAffected() > 0;
    }
    return true;
}
