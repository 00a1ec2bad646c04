#pragma once
// --demo's sample pool, apart from the window and the local usage server that answers for it: made-up keys in
// the server's naming convention (tvly-sim-<scenario>-<account>-...), the pace each growing key is given, the
// day's rhythm, and the history an hourly cron job would have written against that server.

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <functional>
#include <optional>

class Store;

namespace DemoSeed {
// A growing sample key: what it had used when the demo starts, its limit and its pace (credits per minute, on
// average over a day). Two accounts under the local server's 10,000-credit plan.
struct Growth
{
    QString label;
    qint64 usage = 0;
    std::optional<qint64> limit;
    double perMinute = 0;
};

// The sample keys as an import file (one "label,key" a line), as `keys import` reads it.
QByteArray sampleKeyList();
// The same, as (label, key) pairs.
QList<QPair<QString, QByteArray>> sampleKeys();
// The Tavily project (X-Project-ID) a sample key is imported with, by label; empty for none. Only keys of
// the account the organisation does not hold have one: /org-usage reports a key's whole usage, so a key
// scoped to a project is always asked on its own.
QString sampleProject(const QString& label);
// The sample key list split by project, for `keys import --project`: (project, import file) pairs.
QList<QPair<QString, QByteArray>> sampleKeyListsByProject();
// The demo's organisation (enterprise, POST /org-usage): its name, the owner's personal key (in an account
// of its own), the account whose keys it lists, and a key of that account the demo does not hold (shown as
// "not managed here").
QString organizationName();
QByteArray organizationOwnerKey();
QString organizationAccount();
QByteArray unmanagedKey();
// The growing keys' figures, by label; the server answers the others (failing keys) by their scenario.
QList<Growth> growth();
// How busy each hour (UTC) is against the day's average weight: quiet nights, busy working hours. The server's
// live answers follow the same rhythm, so history and present meet without a jump.
QList<double> hourlyActivity();

// The usage body the demo's server answers for `key` at `scaledMinutes` from now (negative: before now), as
// X-Project-ID `project` scopes it when not empty; empty when the key does not answer with figures.
using UsageBodyAt = std::function<QByteArray(const QByteArray& key, double scaledMinutes, const QByteArray& project)>;

// Writes `days` of hourly runs of the sample keys (imported already) before `now`, as the refresh engine would
// have recorded them against the demo's server: its figures for those moments, failures as they answer, and
// in busy hours a colleague's run from the cache 20 s later. False and a message when the store refuses it.
bool seedHistory(
    Store& store, const QDateTime& now, double lowThreshold, int days, const UsageBodyAt& usageBodyAt, QString* error);
} // namespace DemoSeed
