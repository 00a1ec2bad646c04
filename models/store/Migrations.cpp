#include "models/store/Migrations.h"

#include "models/core/Logging.h"
#include "models/store/SqlDialect.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace {

// Marks a statement of a step that only PostgreSQL runs (SQLite skips it; the step still counts there), and
// one that only SQLite runs.
const QString kPostgresOnly = QStringLiteral("-- postgresql only\n");
const QString kSqliteOnly = QStringLiteral("-- sqlite only\n");

// The request log's table as step 9 made it and step 13 remade it: only its unique constraint moved.
QString requestLogTable(const QString& name, const QString& requestIdConstraint, const QString& tableConstraint)
{
    return QStringLiteral("CREATE TABLE %1 ("
                          " id INTEGER PRIMARY KEY,"
                          " request_id TEXT NOT NULL%2,"
                          " account INTEGER NOT NULL,"
                          " key_id INTEGER REFERENCES keys(id) ON DELETE SET NULL,"
                          " key_last_four TEXT NOT NULL,"
                          " at INTEGER NOT NULL,"
                          " endpoint TEXT NOT NULL,"
                          " depth TEXT,"
                          " credits INTEGER NOT NULL,"
                          " response_ms INTEGER NOT NULL,"
                          " project TEXT%3)")
        .arg(name, requestIdConstraint, tableConstraint);
}

// Step 3 (analytics rollups), built from column lists its tables share. Released text: never change it.
QStringList analyticsStep()
{
    const QString clustered = QStringLiteral(" WITHOUT ROWID");
    // Figures of the last snapshot in the bucket (what the key reported at the end of it).
    const QString lastFigures = QStringLiteral(
        "key_usage INTEGER NOT NULL, key_limit INTEGER, key_search INTEGER NOT NULL, key_extract INTEGER NOT NULL,"
        " key_crawl INTEGER NOT NULL, key_map INTEGER NOT NULL, key_research INTEGER NOT NULL,");
    const QString accountFigures = QStringLiteral(
        "plan TEXT, plan_usage INTEGER NOT NULL, plan_limit INTEGER, paygo_usage INTEGER NOT NULL, paygo_limit INTEGER,"
        " acct_search INTEGER NOT NULL, acct_extract INTEGER NOT NULL, acct_crawl INTEGER NOT NULL,"
        " acct_map INTEGER NOT NULL, acct_research INTEGER NOT NULL,");
    // Credits consumed in the bucket: sums of the non-negative deltas between consecutive snapshots (after a
    // drop, a new billing cycle, the delta is the new figure). `unattributed`: credits consumed across a
    // silence too long to place in any bucket (a key disabled for a week), kept so totals stay honest.
    const QString used
        = QStringLiteral("used INTEGER NOT NULL, used_search INTEGER NOT NULL, used_extract INTEGER NOT NULL,"
                         " used_crawl INTEGER NOT NULL, used_map INTEGER NOT NULL, used_research INTEGER NOT NULL,"
                         " unattributed INTEGER NOT NULL,");
    // The same for the account figures as this key saw them (plan + pay-as-you-go).
    const QString accountUsed = QStringLiteral(
        "acct_used INTEGER NOT NULL, acct_used_search INTEGER NOT NULL, acct_used_extract INTEGER NOT NULL,"
        " acct_used_crawl INTEGER NOT NULL, acct_used_map INTEGER NOT NULL, acct_used_research INTEGER NOT NULL,"
        " acct_unattributed INTEGER NOT NULL,");
    const QString lookupCounts = QStringLiteral(
        "lookups INTEGER NOT NULL, ok INTEGER NOT NULL, exhausted INTEGER NOT NULL, invalid INTEGER NOT NULL,"
        " rate_limited INTEGER NOT NULL, errors INTEGER NOT NULL, latency_sum INTEGER NOT NULL,"
        " latency_max INTEGER NOT NULL,");
    QStringList statements {
        // Watermarks of the rollup (hourly_through, daily_through, raw_horizon, the last rolled row ids).
        QStringLiteral("CREATE TABLE analytics_state (name TEXT PRIMARY KEY, value INTEGER NOT NULL)"),
        // Tavily has no account id: keys whose snapshots in one run report identical account figures belong
        // to one account, named by its smallest key id (see Rollups.h).
        QStringLiteral("CREATE TABLE key_accounts ("
                       " key_id INTEGER PRIMARY KEY REFERENCES keys(id) ON DELETE CASCADE,"
                       " account INTEGER NOT NULL,"
                       " seen_at INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX key_accounts_account ON key_accounts(account)"),
    };
    for (const QString& grain : { QStringLiteral("hourly"), QStringLiteral("daily") }) {
        statements << QStringLiteral("CREATE TABLE usage_%1 (bucket INTEGER NOT NULL,"
                                     " key_id INTEGER NOT NULL REFERENCES keys(id) ON DELETE CASCADE,"
                                     " snapshots INTEGER NOT NULL, first_at INTEGER NOT NULL, last_at INTEGER NOT NULL,"
                                     " usage_min INTEGER NOT NULL, usage_max INTEGER NOT NULL, ")
                          .arg(grain)
                + lastFigures + accountFigures + used + accountUsed + QStringLiteral(" PRIMARY KEY (bucket, key_id))")
                + clustered;
        statements << QStringLiteral("CREATE INDEX usage_%1_key ON usage_%1(key_id, bucket)").arg(grain);
        statements << QStringLiteral(
                          "CREATE TABLE account_%1 (bucket INTEGER NOT NULL, account INTEGER NOT NULL,"
                          " key_count INTEGER NOT NULL, snapshots INTEGER NOT NULL, last_at INTEGER NOT NULL, ")
                          .arg(grain)
                + accountFigures + used + QStringLiteral(" PRIMARY KEY (bucket, account))") + clustered;
        statements << QStringLiteral("CREATE INDEX account_%1_account ON account_%1(account, bucket)").arg(grain);
        // source: 0 network, 1 cache, 2 coalesced, 3 held back (as in lookup_events).
        statements << QStringLiteral("CREATE TABLE lookup_%1 (bucket INTEGER NOT NULL,"
                                     " key_id INTEGER NOT NULL REFERENCES keys(id) ON DELETE CASCADE,"
                                     " source INTEGER NOT NULL, ")
                          .arg(grain)
                + lookupCounts + QStringLiteral(" PRIMARY KEY (bucket, key_id, source))") + clustered;
        statements << QStringLiteral("CREATE INDEX lookup_%1_key ON lookup_%1(key_id, bucket)").arg(grain);
    }
    // All keys together, per hour: the overall charts read a few thousand of these instead of one row per key.
    statements << QStringLiteral("CREATE TABLE usage_hourly_all (bucket INTEGER NOT NULL PRIMARY KEY,"
                                 " key_count INTEGER NOT NULL, snapshots INTEGER NOT NULL, ")
            + used.chopped(1) + QStringLiteral(")") + clustered;
    statements << QStringLiteral("CREATE TABLE lookup_hourly_all (bucket INTEGER NOT NULL, source INTEGER NOT NULL, ")
            + lookupCounts + QStringLiteral(" PRIMARY KEY (bucket, source))") + clustered;
    return statements;
}

// Each step is a list of statements applied in one transaction. Times are INTEGER milliseconds since the
// epoch (UTC): compact, index-friendly and the same on SQLite and PostgreSQL.
const QList<QStringList>& steps()
{
    static const QList<QStringList> all {
        // 1: keys (metadata and the sealed secret only), usage snapshots, refresh runs.
        {
            QStringLiteral("CREATE TABLE store_meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE keys ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " label TEXT NOT NULL UNIQUE,"
                           " masked TEXT NOT NULL,"
                           " fingerprint TEXT NOT NULL UNIQUE,"
                           " sealed BLOB NOT NULL,"
                           " enabled INTEGER NOT NULL DEFAULT 1,"
                           " status TEXT NOT NULL DEFAULT 'unknown',"
                           " key_usage INTEGER, key_limit INTEGER,"
                           " plan TEXT, plan_usage INTEGER, plan_limit INTEGER,"
                           " paygo_usage INTEGER, paygo_limit INTEGER,"
                           " last_refreshed INTEGER, last_error TEXT,"
                           " last_http_status INTEGER NOT NULL DEFAULT 0,"
                           " retry_at INTEGER,"
                           " created_at INTEGER NOT NULL)"),
            QStringLiteral("CREATE TABLE refresh_runs ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " started_at INTEGER NOT NULL,"
                           " finished_at INTEGER NOT NULL,"
                           " state TEXT NOT NULL,"
                           " keys INTEGER NOT NULL,"
                           " succeeded INTEGER NOT NULL,"
                           " failed INTEGER NOT NULL,"
                           " from_cache INTEGER NOT NULL DEFAULT 0,"
                           " coalesced INTEGER NOT NULL DEFAULT 0,"
                           " rate_limited INTEGER NOT NULL DEFAULT 0,"
                           " wall_ms INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX refresh_runs_started ON refresh_runs(started_at)"),
            // Every field of both objects of the /usage answer, so later charts never need a re-fetch.
            QStringLiteral("CREATE TABLE usage_snapshots ("
                           " id INTEGER PRIMARY KEY,"
                           " key_id INTEGER NOT NULL REFERENCES keys(id) ON DELETE CASCADE,"
                           " run_id INTEGER REFERENCES refresh_runs(id) ON DELETE SET NULL,"
                           " taken_at INTEGER NOT NULL,"
                           " latency_ms INTEGER NOT NULL,"
                           " key_usage INTEGER NOT NULL, key_limit INTEGER,"
                           " key_search INTEGER NOT NULL, key_extract INTEGER NOT NULL, key_crawl INTEGER NOT NULL,"
                           " key_map INTEGER NOT NULL, key_research INTEGER NOT NULL,"
                           " plan TEXT, plan_usage INTEGER NOT NULL, plan_limit INTEGER,"
                           " paygo_usage INTEGER NOT NULL, paygo_limit INTEGER,"
                           " acct_search INTEGER NOT NULL, acct_extract INTEGER NOT NULL, acct_crawl INTEGER NOT NULL,"
                           " acct_map INTEGER NOT NULL, acct_research INTEGER NOT NULL)"),
            // The charts ask "this key over this time range" and "all keys over this time range". No index on
            // run_id: no chart asks by run, and every index costs each of the thousands of rows a run writes.
            QStringLiteral("CREATE INDEX usage_snapshots_key_time ON usage_snapshots(key_id, taken_at)"),
            QStringLiteral("CREATE INDEX usage_snapshots_time ON usage_snapshots(taken_at)"),
        },
        // 2: one event per look-up (source, latency, outcome): the cache-hit-rate and request-frequency
        // charts read these by time and by key. source: 0 network, 1 cache, 2 coalesced, 3 held back.
        {
            QStringLiteral("CREATE TABLE lookup_events ("
                           " id INTEGER PRIMARY KEY,"
                           " run_id INTEGER REFERENCES refresh_runs(id) ON DELETE CASCADE,"
                           " key_id INTEGER NOT NULL REFERENCES keys(id) ON DELETE CASCADE,"
                           " at INTEGER NOT NULL,"
                           " source INTEGER NOT NULL,"
                           " latency_ms INTEGER NOT NULL,"
                           " http_status INTEGER NOT NULL,"
                           " outcome TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX lookup_events_time ON lookup_events(at)"),
            QStringLiteral("CREATE INDEX lookup_events_key_time ON lookup_events(key_id, at)"),
        },
        // 3: rollups for the analytics (models/store/Rollups.h): raw rows age out after the retention, so
        // long views read hourly and daily aggregates instead. Per key, per account and over all keys; bucket
        // is the start of the UTC hour or day in ms. Rollup tables are clustered by time (WITHOUT ROWID, the
        // only SQLite-only word here: PostgreSQL drops it and keeps the primary key as an index) because the
        // overall charts read every key of a time range; per-key charts use the (key_id, bucket) indexes.
        analyticsStep(),
        // 4: alerts raised for a key (usage over the threshold, predicted exhaustion before the cycle ends,
        // turned invalid, turned exhausted). Each condition fires once per key per billing cycle: the unique
        // (key_id, kind, cycle_start) makes a second raise a no-op. The label is copied so an audit report
        // still names a key removed since; key_id then becomes NULL. kind: usage_threshold,
        // predicted_exhaustion, invalid, exhausted. Times in ms UTC; cycle_start is the cycle's first ms.
        {
            QStringLiteral("CREATE TABLE alerts ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " raised_at INTEGER NOT NULL,"
                           " key_id INTEGER REFERENCES keys(id) ON DELETE SET NULL,"
                           " label TEXT NOT NULL,"
                           " kind TEXT NOT NULL,"
                           " cycle_start INTEGER NOT NULL,"
                           " message TEXT NOT NULL,"
                           " acknowledged INTEGER NOT NULL DEFAULT 0,"
                           " UNIQUE (key_id, kind, cycle_start))"),
            QStringLiteral("CREATE INDEX alerts_raised ON alerts(raised_at)"),
        },
        // 5: notifications (models/notify). Alerts gain their level (info, warning, critical) and the figures
        // a notification carries (JSON). A channel's URL or SMTP password is stored sealed by the vault, like
        // an API key; `masked` is what may be shown. alert_deliveries holds one row per alert and channel
        // that should get it: the row is the claim that makes exactly one instance send it (state pending,
        // sending under a lease, delivered or failed), with the attempts, the next try and the last answer.
        {
            QStringLiteral("ALTER TABLE alerts ADD COLUMN level TEXT NOT NULL DEFAULT 'warning'"),
            QStringLiteral("ALTER TABLE alerts ADD COLUMN facts TEXT"),
            QStringLiteral("CREATE TABLE notify_channels ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " name TEXT NOT NULL UNIQUE,"
                           " kind TEXT NOT NULL,"
                           " min_level TEXT NOT NULL,"
                           " masked TEXT NOT NULL,"
                           " sealed BLOB,"
                           " email_to TEXT, smtp_host TEXT, smtp_port INTEGER, smtp_user TEXT,"
                           " created_at INTEGER NOT NULL)"),
            QStringLiteral("CREATE TABLE alert_deliveries ("
                           " alert_id INTEGER NOT NULL REFERENCES alerts(id) ON DELETE CASCADE,"
                           " channel_id INTEGER NOT NULL REFERENCES notify_channels(id) ON DELETE CASCADE,"
                           " state TEXT NOT NULL,"
                           " attempts INTEGER NOT NULL DEFAULT 0,"
                           " created_at INTEGER NOT NULL,"
                           " next_attempt_at INTEGER NOT NULL,"
                           " lease_until INTEGER,"
                           " owner TEXT,"
                           " last_error TEXT,"
                           " finished_at INTEGER,"
                           " PRIMARY KEY (alert_id, channel_id))"),
            QStringLiteral("CREATE INDEX alert_deliveries_due ON alert_deliveries(state, next_attempt_at)"),
        },
        // 6: PostgreSQL only (kPostgresOnly): every writer, whatever its version or host (cron, another
        // admin's window), notifies the windows that follow the store (StoreWatcher) of a change to what they
        // show. Once per statement and, with one payload, once per transaction: a run of 1000 keys is one
        // notification. The payload is the schema, so stores sharing a database do not wake each other.
        // SQLite needs none: its windows watch PRAGMA data_version.
        {
            kPostgresOnly
                + QStringLiteral("CREATE OR REPLACE FUNCTION quotadeck_notify_change() RETURNS trigger"
                                 " LANGUAGE plpgsql AS $$ BEGIN"
                                 " PERFORM pg_notify('quotadeck_changes', current_schema()); RETURN NULL; END $$"),
            kPostgresOnly
                + QStringLiteral("CREATE TRIGGER keys_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON keys"
                                 " FOR EACH STATEMENT EXECUTE PROCEDURE quotadeck_notify_change()"),
            kPostgresOnly
                + QStringLiteral("CREATE TRIGGER refresh_runs_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE"
                                 " ON refresh_runs FOR EACH STATEMENT EXECUTE PROCEDURE quotadeck_notify_change()"),
            kPostgresOnly
                + QStringLiteral("CREATE TRIGGER alerts_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE"
                                 " ON alerts FOR EACH STATEMENT EXECUTE PROCEDURE quotadeck_notify_change()"),
        },
        // 7: why a key's last look-up failed, as a code (models/tavily/LookupError.h: rejected, rate_limited,
        // limit_exceeded, server_error, timeout, ...) next to last_error's English line, so the window says it in
        // its own language. NULL in rows written before: those show last_error as it is.
        {
            QStringLiteral("ALTER TABLE keys ADD COLUMN last_error_code TEXT"),
        },
        // 8: a key's Tavily project (the X-Project-ID its look-ups send, which scopes /usage to that project);
        // NULL when it has none. Indexed for the filters and reports that select keys by project.
        {
            QStringLiteral("ALTER TABLE keys ADD COLUMN project TEXT"),
            QStringLiteral("CREATE INDEX keys_project ON keys(project)"),
        },
        // 9: Tavily's request log (POST /logs, paid plans), one row per API request of an account. Tavily
        // names the key only by its last four characters: key_id is the key they match in the account, NULL
        // when none or several do (unattributed, and shown so). request_id is Tavily's own, so a fetch that
        // overlaps the last one stores nothing twice. request_log_state keeps, per account (key_accounts'
        // id), how far the log was read and whether its plan refused it (not asked again until the plan
        // changes).
        {
            requestLogTable(QStringLiteral("request_log"), QStringLiteral(" UNIQUE"), {}),
            QStringLiteral("CREATE INDEX request_log_time ON request_log(at)"),
            QStringLiteral("CREATE INDEX request_log_key_time ON request_log(key_id, at)"),
            QStringLiteral("CREATE TABLE request_log_state ("
                           " account INTEGER NOT NULL PRIMARY KEY,"
                           " fetched_through INTEGER,"
                           " refused_plan TEXT,"
                           " refused_status INTEGER,"
                           " last_error TEXT,"
                           " checked_at INTEGER NOT NULL)"),
        },
        // 10: key rotation. A key that replaced another names it (`replaces`), so the history of a label runs
        // on through the retired key's snapshots and alerts. Unique: a key is replaced once, also when two
        // admins rotate it at the same moment. Removing the old key leaves the new one without the link.
        {
            QStringLiteral("ALTER TABLE keys ADD COLUMN replaces INTEGER REFERENCES keys(id) ON DELETE SET NULL"),
            QStringLiteral("CREATE UNIQUE INDEX keys_replaces ON keys(replaces)"),
        },
        // 11: an account's billing reset day (1..28) as a person set it, overriding the day inferred from the
        // drops of its usage history. `account` is the account's id (its smallest key id, Rollups.h); no row
        // means "inferred". No foreign key: an account is not a row of its own.
        {
            QStringLiteral("CREATE TABLE account_settings ("
                           " account INTEGER PRIMARY KEY,"
                           " reset_day INTEGER NOT NULL CHECK (reset_day BETWEEN 1 AND 28),"
                           " updated_at INTEGER NOT NULL)"),
        },
        // 12: the organisation whose usage one call of /org-usage answers: its name and the owner's key, sealed
        // like every key; what its last answer said (refused, an error) and the keys it listed that this store
        // does not hold (`unmanaged`, JSON of masked keys as Tavily gave them). At most one row. The request log
        // and account settings tables (steps 9 and 11) now notify the windows that follow a PostgreSQL store,
        // as keys do.
        {
            QStringLiteral("CREATE TABLE organization ("
                           " id INTEGER PRIMARY KEY CHECK (id = 1),"
                           " name TEXT NOT NULL,"
                           " masked TEXT NOT NULL,"
                           " fingerprint TEXT NOT NULL,"
                           " sealed BLOB NOT NULL,"
                           " updated_at INTEGER NOT NULL,"
                           " refused_status INTEGER,"
                           " last_error TEXT,"
                           " checked_at INTEGER,"
                           " answered_keys INTEGER,"
                           " unmatched TEXT,"
                           " unmanaged TEXT)"),
            kPostgresOnly
                + QStringLiteral("CREATE TRIGGER organization_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE"
                                 " ON organization FOR EACH STATEMENT EXECUTE PROCEDURE quotadeck_notify_change()"),
            kPostgresOnly
                + QStringLiteral("CREATE TRIGGER request_log_state_notify AFTER INSERT OR UPDATE OR DELETE OR"
                                 " TRUNCATE ON request_log_state FOR EACH STATEMENT EXECUTE PROCEDURE"
                                 " quotadeck_notify_change()"),
            kPostgresOnly
                + QStringLiteral("CREATE TRIGGER account_settings_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE"
                                 " ON account_settings FOR EACH STATEMENT EXECUTE PROCEDURE quotadeck_notify_change()"),
        },
        // 13: the request log's request ids are unique per millisecond, (at, request_id), instead of over the
        // whole table. Random ids in a unique index of their own made every insert land on a cold page of a
        // large B-tree, which took most of a log cycle's commit time; led by the time, the index also serves
        // every time-range query, so the separate index on `at` goes. A request keeps its time, so an
        // overlapping fetch still stores nothing twice. SQLite cannot drop a column's UNIQUE: it copies the
        // table; PostgreSQL changes the constraint in place (its identity sequence stays).
        {
            kSqliteOnly
                + requestLogTable(QStringLiteral("request_log_13"), {}, QStringLiteral(", UNIQUE (at, request_id)")),
            kSqliteOnly
                + QStringLiteral("INSERT INTO request_log_13 (id, request_id, account, key_id, key_last_four, at, "
                                 "endpoint, depth, credits, response_ms, project) SELECT id, request_id, account, "
                                 "key_id, key_last_four, at, endpoint, depth, credits, response_ms, project FROM "
                                 "request_log"),
            kSqliteOnly + QStringLiteral("DROP TABLE request_log"),
            kSqliteOnly + QStringLiteral("ALTER TABLE request_log_13 RENAME TO request_log"),
            kSqliteOnly + QStringLiteral("CREATE INDEX request_log_key_time ON request_log(key_id, at)"),
            kPostgresOnly + QStringLiteral("ALTER TABLE request_log DROP CONSTRAINT request_log_request_id_key"),
            kPostgresOnly
                + QStringLiteral(
                    "ALTER TABLE request_log ADD CONSTRAINT request_log_at_request UNIQUE (at, request_id)"),
            kPostgresOnly + QStringLiteral("DROP INDEX request_log_time"),
        },
    };
    return all;
}

bool exec(QSqlQuery& query, const QString& sql, QString* error)
{
    if (query.exec(sql)) {
        return true;
    }
    if (error) {
        *error = query.lastError().text();
    }
    return false;
}

} // namespace

int Migrations::latestVersion()
{
    return int(steps().size());
}

int Migrations::currentVersion(QSqlDatabase& db, QString* error)
{
    QString why;
    if (!SqlDialect::tableExists(db, QStringLiteral("schema_info"), &why)) {
        if (!why.isEmpty()) {
            if (error) {
                *error = QStringLiteral("the schema version cannot be read: %1").arg(why);
            }
            return -1;
        }
        return 0;
    }
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT version FROM schema_info")) || !query.next()) {
        if (error) {
            *error = QStringLiteral("the schema version cannot be read: %1").arg(query.lastError().text());
        }
        return -1;
    }
    return query.value(0).toInt();
}

bool Migrations::migrate(QSqlDatabase& db, QString* error, int target)
{
    if (target < 0 || target > latestVersion()) {
        target = latestVersion();
    }
    QString why;
    const int current = currentVersion(db, &why);
    if (current < 0) {
        if (error) {
            *error = why;
        }
        return false;
    }
    if (current > latestVersion()) {
        if (error) {
            *error = QStringLiteral("this database was written by a newer QuotaDeck (schema %1; this version "
                                    "understands up to %2): upgrade QuotaDeck to open it")
                         .arg(current)
                         .arg(latestVersion());
        }
        return false;
    }
    const SqlDialect::Engine engine = SqlDialect::engineOf(db);
    for (int version = current + 1; version <= target; ++version) {
        // SQLite: the write lock is taken at BEGIN (IMMEDIATE, waiting out busy_timeout) and the version read
        // again under it, so two processes creating one new file at once take turns instead of both creating
        // its tables. (PostgreSQL stores take an advisory lock around the whole upgrade, see Store.)
        QSqlQuery begin(db);
        const bool begun
            = engine == SqlDialect::Engine::SQLite ? begin.exec(QStringLiteral("BEGIN IMMEDIATE")) : db.transaction();
        if (!begun) {
            if (error) {
                *error = engine == SqlDialect::Engine::SQLite ? begin.lastError().text() : db.lastError().text();
            }
            return false;
        }
        if (engine == SqlDialect::Engine::SQLite && currentVersion(db) >= version) {
            db.commit(); // another process did this step meanwhile
            continue;
        }
        QSqlQuery query(db);
        bool ok = true;
        QStringList statements = steps().at(version - 1);
        if (version == 1) {
            statements.prepend(QStringLiteral("CREATE TABLE schema_info (version INTEGER NOT NULL)"));
            statements.append(QStringLiteral("INSERT INTO schema_info (version) VALUES (1)"));
        } else {
            statements.append(QStringLiteral("UPDATE schema_info SET version = %1").arg(version));
        }
        // Written once in SQLite's words; SqlDialect says them for PostgreSQL (BIGINT, identity, BYTEA).
        for (const QString& sql : std::as_const(statements)) {
            if (sql.startsWith(kSqliteOnly)) {
                if (engine == SqlDialect::Engine::SQLite && !exec(query, sql.mid(kSqliteOnly.size()), &why)) {
                    ok = false;
                    break;
                }
                continue;
            }
            if (sql.startsWith(kPostgresOnly)) {
                if (engine == SqlDialect::Engine::PostgreSQL && !exec(query, sql.mid(kPostgresOnly.size()), &why)) {
                    ok = false;
                    break;
                }
                continue;
            }
            if (!exec(query, SqlDialect::ddl(engine, sql), &why)) {
                ok = false;
                break;
            }
        }
        if (!ok || !db.commit()) {
            db.rollback();
            if (error) {
                *error = QStringLiteral("upgrading the database to schema %1 failed: %2").arg(version).arg(why);
            }
            return false;
        }
        qCInfo(lcStore) << "database upgraded to schema" << version;
    }
    return true;
}
