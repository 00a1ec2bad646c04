#pragma once
// The notify_channels table (migration 5), on the connection it is given, from that connection's thread.
// Names are unique; a channel is never renamed (its secret is sealed for its name).

#include "models/notify/ChannelRecord.h"

#include <QList>
#include <optional>

class QSqlDatabase;

class ChannelStore
{
public:
    // Fills channel.id. False with *error (a duplicate name says so in plain words).
    static bool insert(QSqlDatabase& db, ChannelRecord& channel, QString* error = nullptr);
    static QList<ChannelRecord> list(QSqlDatabase& db, QString* error = nullptr); // by name
    static std::optional<ChannelRecord> byName(QSqlDatabase& db, const QString& name, QString* error = nullptr);
    // Its pending deliveries go with it. *removed tells whether a channel of that name existed.
    static bool remove(QSqlDatabase& db, const QString& name, bool* removed, QString* error = nullptr);
};
