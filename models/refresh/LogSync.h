#pragma once
// Reads each account's request log (POST /logs) once per refresh cycle, incrementally, into the store.
// docs/request-log.md has the whole story; in short:
//   - which keys share an account is learnt first (Rollups::learnAccounts), so the run just committed counts;
//   - one key per account asks (the account's first enabled key its last look-up did not reject), page
//     after page from where the account's log was read last (request_log_state.fetched_through);
//   - entries are matched to the account's keys by their last four characters; none or several matching
//     leaves an entry unattributed (stored and shown so);
//   - an account on a free plan ($0 in the price table) is not asked: the log is a paid-plan feature;
//   - a 403 (or 404) means the plan does not offer the log: said once per account, and not asked again
//     while the account reports that plan. Such an answer never touches a key's own status;
//   - a 429 waits out Retry-After when it is short, else the account goes on at the next cycle;
//   - an account's entries are written with its read position in one transaction on the store's long lane,
//     while the other accounts are still read: whatever accounts finished meanwhile go in the next one.
// Never blocks the event loop: the store through StoreService, the network through LogClient.

#include "models/money/PriceTable.h"
#include "models/store/RequestLogStore.h"

#include "models/tavily/LogClient.h"
#include <QDateTime>

#include <QMetaType>
#include <QObject>
#include <QStringList>
#include <memory>

class Clock;
class PostClient;
class StoreService;
class Vault;

struct LogSyncSummary
{
    int accounts = 0; // accounts known to the store
    int asked = 0; // accounts whose log was asked for
    int notOffered = 0; // accounts whose plan refuses the log (now or since earlier)
    int refusedEarlier = 0; // of those, refused in an earlier cycle: the notes do not name them again
    qint64 fetched = 0; // entries received
    qint64 stored = 0; // new rows (the rest were stored before)
    qint64 unattributed = 0; // of the received, those no single key matched
    QStringList notes; // one line per account that needs saying: newly refused, stopped early
    QString error; // the cycle could not start, or a write failed (the accounts not written are read again)
    qint64 pages = 0; // pages answered
    qint64 fetchMs = 0; // from the start to the last page's answer
    qint64 commitMs = 0; // the transactions together, on the store thread
    int transactions = 0;
    qint64 wallMs = 0;
    bool ok() const { return error.isEmpty(); }
};

Q_DECLARE_METATYPE(LogSyncSummary)

class LogSync : public QObject
{
    Q_OBJECT
public:
    // Entries asked for per page, and the most pages one account is read for in a cycle (the rest waits
    // for the next one).
    static constexpr int PageSize = 1000;
    static constexpr int MaxPagesPerCycle = 200;
    // An account read for the first time is read from this long ago.
    static constexpr int FirstFetchDays = 7;
    // A 429 with a wait up to this long is waited out; a longer one ends the account's turn.
    static constexpr int MaxRetryWaitMs = 10000;

    LogSync(StoreService* store, Vault* vault, PostClient* client, Clock* clock, QObject* parent = nullptr);
    ~LogSync() override;

    // Starts a cycle; false when one is running (it is not queued: the next refresh starts the next one).
    bool start();
    bool isRunning() const { return m_cycle != nullptr; }
    // The price table (settings): an account on a plan it prices at $0 (Tavily's free plan) has no request
    // log, so it is not asked at all, and the cycle says so once in one line.
    void setPrices(const PriceTable& prices) { m_prices = prices; }

Q_SIGNALS:
    void finished(const LogSyncSummary& summary);

private:
    struct Cycle;
    struct Account;
    void onPrepared(const struct LogSyncPlan& plan);
    void askNext();
    void fetchPage(Account& account);
    void finishAccount(Account& account);
    void save();
    void end(LogSyncSummary summary);

    StoreService* m_store;
    Vault* m_vault;
    LogClient m_client;
    Clock* m_clock;
    std::unique_ptr<Cycle> m_cycle;
    quint64 m_generation = 0;
    PriceTable m_prices = PriceTable::defaults();
};
