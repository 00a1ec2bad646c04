// Session following the store: other processes' changes reach the cache within a second, and keys that
// appear never looked up are looked up at once.

#include "models/core/Logging.h"
#include "models/session/Session.h"
#include "models/store/StoreService.h"
#include "models/store/StoreWatcher.h"

#include <QSet>
#include <QTimer>

void Session::followStore(int intervalMs)
{
    if (!m_followTimer) {
        m_followTimer = new QTimer(this);
        m_watcher = std::make_shared<StoreWatcher>();
        connect(m_followTimer, &QTimer::timeout, this, &Session::pollStore);
        // Runs committed before now are what the window opens with, not news.
        m_saidRunId = std::max(m_saidRunId, m_view.lastRun ? m_view.lastRun->id : 0);
    }
    m_followTimer->start(std::max(50, intervalMs));
    pollStore(); // the baseline
}

bool Session::isFollowingStore() const
{
    return m_followTimer && m_followTimer->isActive();
}

void Session::pollStore()
{
    // Never queued behind (or in front of) real work: a busy lane is asked at the next tick.
    if (m_pollOut || !m_storeService->isIdle(StoreService::Lane::Short)) {
        return;
    }
    m_pollOut = true;
    m_storeService->call<bool>(
        this,
        [watcher = m_watcher](Store& store) { return watcher->changedElsewhere(store); },
        [this](const StoreAnswer<bool>& changed) {
            m_pollOut = false;
            if (changed.ok() && *changed.value) {
                reloadView();
            }
        });
}

void Session::followChanges()
{
    if (!m_followTimer || !m_view.lastRun || m_view.lastRun->id <= m_saidRunId) {
        return;
    }
    // A run this engine did not commit (onRunFinished says those): the dashboard and the alerts follow it as
    // they follow one of this window's.
    m_saidRunId = m_view.lastRun->id;
    RunSummary summary;
    summary.run = *m_view.lastRun;
    summary.elsewhere = true;
    Q_EMIT runCommitted(summary);
}

void Session::lookUpNewKeys(const View& before)
{
    if (!m_followTimer || !m_settings.lookupNewKeys || m_vaultState != VaultState::Open) {
        return;
    }
    QSet<qint64> known;
    known.reserve(before.keys.size());
    for (const KeyRecord& key : before.keys) {
        known.insert(key.id);
    }
    QList<qint64> fresh;
    for (const KeyRecord& key : std::as_const(m_view.keys)) {
        if (!known.contains(key.id) && key.enabled && key.status == KeyStatus::Unknown
            && !key.lastRefreshed.isValid()) {
            fresh << key.id;
        }
    }
    if (fresh.isEmpty()) {
        return;
    }
    // The engine's usual path: its rate limiter, cache and run lock apply as to any refresh.
    RefreshOptions options;
    options.keyIds = fresh;
    if (const quint64 number = m_engine->start(options)) {
        qCInfo(lcRefresh).noquote() << QStringLiteral("looking up %1 new key(s)").arg(fresh.size());
        Q_EMIT newKeysLookupStarted(number, fresh);
    }
}
