#pragma once
// `quotadeck migrate --to postgresql://...`: copies a local store into an empty (shared) one, history
// included: keys, runs, usage snapshots, look-up events, alerts, notification channels and deliveries, the
// analytics rollups and their watermarks, with the same ids. Every secret passes through `reseal`: the keys
// and the organisation's owner key get a new fingerprint and sealed bytes under the target's data key, the
// channels' secrets new sealed bytes; `meta` (the team KDF and check) goes in too.
// ONE transaction on the target, which also checks the row counts of every table against the source before
// it commits: a failed or partial copy leaves the target as it was.

#include "models/store/KeyRepository.h"
#include "models/store/Records.h"

#include <QList>
#include <QPair>
#include <QString>
#include <functional>

class Store;

namespace StoreCopy {

struct TableCount
{
    QString table;
    qint64 source = 0;
    qint64 target = 0;
};

// The tables copied, in the order foreign keys need.
QStringList tables();

// False and a one-line message on failure (nothing written then). `counts` gets every table's rows on both
// sides after the copy.
bool copy(const Store& source,
          Store& target,
          const Resealer& reseal,
          const QList<QPair<QString, QString>>& meta,
          QList<TableCount>* counts,
          QString* error);

} // namespace StoreCopy
