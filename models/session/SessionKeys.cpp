// Session's cache of what the window shows and its key edits, all through the store thread.

#include "models/core/Logging.h"
#include "models/session/Session.h"
#include "models/store/KeyRepository.h"
#include "models/store/RunRepository.h"
#include "models/store/StoreService.h"

#include <algorithm>
#include <utility>

Session::View Session::readView(Store& store)
{
    View view;
    view.keys = KeyRepository(store).all();
    const QList<RunRecord> runs = RunRepository(store).recent(1, true);
    if (!runs.isEmpty()) {
        view.lastRun = runs.first();
    }
    view.team = store.isTeam();
    view.vaultCheck = store.vaultCheck();
    view.hasSealedKeys = store.hasSealedKeys();
    return view;
}

std::optional<KeyRecord> Session::key(qint64 id) const
{
    // Ordered by id: a binary search.
    const auto it
        = std::lower_bound(m_view.keys.cbegin(), m_view.keys.cend(), id, [](const KeyRecord& key, qint64 wanted) {
              return key.id < wanted;
          });
    if (it == m_view.keys.cend() || it->id != id) {
        return std::nullopt;
    }
    return *it;
}

QHash<qint64, QString> Session::keyLabels() const
{
    QHash<qint64, QString> labels;
    for (const KeyRecord& key : m_view.keys) {
        labels.insert(key.id, key.label);
    }
    return labels;
}

void Session::reloadKeys()
{
    reloadView();
}

void Session::reloadView(std::function<void()> then)
{
    // A reload queued but not started yet runs after every edit answered so far: it serves this request too.
    if (!m_reloadQueued->exchange(true)) {
        ++m_reloadSerial;
        auto queued = m_reloadQueued;
        const quint64 serial = m_reloadSerial;
        m_storeService->call<View>(
            this,
            [queued](Store& store) {
                queued->store(false);
                return readView(store);
            },
            [this, serial](const StoreAnswer<View>& view) {
                const View before = m_view;
                if (view.ok()) {
                    m_view = *view.value;
                } else {
                    qCWarning(lcStore).noquote() << "the keys cannot be reloaded:" << view.error;
                    // Whatever it was, nothing is queued any more; the next request queues anew.
                    m_reloadQueued->store(false);
                }
                QList<std::function<void()>> due;
                for (qsizetype i = 0; i < m_afterReload.size();) {
                    if (m_afterReload.at(i).first <= serial) {
                        due << m_afterReload.takeAt(i).second;
                    } else {
                        ++i;
                    }
                }
                for (const std::function<void()>& f : due) {
                    f();
                }
                followChanges();
                Q_EMIT keysChanged();
                lookUpNewKeys(before);
            });
    }
    if (then) {
        m_afterReload.append({ m_reloadSerial, std::move(then) });
    }
}

void Session::onRunFinished(const RunSummary& summary)
{
    if (!summary.committed()) {
        return;
    }
    m_saidRunId = std::max(m_saidRunId, summary.run.id); // said here, not again as one of elsewhere
    reloadView([this, summary]() { Q_EMIT runCommitted(summary); });
    // The accounts' request logs follow each run, once its answers told which keys share an account.
    if (m_settings.fetchRequestLogs && m_vaultState == VaultState::Open) {
        m_logSync->start();
    }
}

void Session::addKey(const QString& label,
                     SecureBytes key,
                     std::function<void(const AddKeyOutcome&)> then,
                     const QString& project)
{
    // The plaintext moves into the job and is wiped there once sealed.
    auto plaintext = std::make_shared<SecureBytes>(std::move(key));
    const Vault* vault = m_vault;
    const QDateTime now = m_clock->now();
    m_storeService->call<AddKeyOutcome>(
        this,
        [plaintext, label, project, vault, now](Store& store) {
            return KeyManager(store, *vault, now).add(label, std::move(*plaintext), project);
        },
        [this, then](const StoreAnswer<AddKeyOutcome>& answer) {
            AddKeyOutcome outcome = answer.ok() ? *answer.value : AddKeyOutcome { false, answer.error, {} };
            reloadView([then, outcome]() {
                if (then) {
                    then(outcome);
                }
            });
        });
}

void Session::importKeys(QByteArray text, std::function<void(const ImportReport&)> then, const QString& project)
{
    // Wiped however the call ends, also when the store never runs it.
    auto bytes = std::shared_ptr<QByteArray>(new QByteArray(std::move(text)), [](QByteArray* list) {
        SecureBytes::wipe(*list);
        delete list;
    });
    const Vault* vault = m_vault;
    const QDateTime now = m_clock->now();
    m_storeService->call<ImportReport>(
        this,
        [bytes, vault, project, now](Store& store) {
            ImportReport report = KeyManager(store, *vault, now).import(*bytes, project);
            SecureBytes::wipe(*bytes);
            return report;
        },
        [this, then](const StoreAnswer<ImportReport>& answer) {
            ImportReport report;
            if (answer.ok()) {
                report = *answer.value;
            } else {
                report.error = answer.error;
            }
            reloadView([then, report]() {
                if (then) {
                    then(report);
                }
            });
        },
        // A file of many thousand keys seals each one and writes them in one transaction: long work.
        StoreService::Lane::Long);
}

void Session::rotateKey(qint64 id, SecureBytes key, std::function<void(const RotateOutcome&)> then)
{
    auto plaintext = std::make_shared<SecureBytes>(std::move(key));
    const Vault* vault = m_vault;
    const QDateTime now = m_clock->now();
    m_storeService->call<RotateOutcome>(
        this,
        [plaintext, id, vault, now](Store& store) {
            return KeyManager(store, *vault, now).rotate(id, std::move(*plaintext));
        },
        [this, then](const StoreAnswer<RotateOutcome>& answer) {
            RotateOutcome outcome;
            if (answer.ok()) {
                outcome = *answer.value;
            } else {
                outcome.error = answer.error;
            }
            reloadView([then, outcome]() {
                if (then) {
                    then(outcome);
                }
            });
        });
}

namespace {
struct Edited
{
    std::optional<KeyRecord> key;
    QString error;
};
} // namespace

void Session::removeKey(qint64 id, std::function<void(const QString&)> then)
{
    const Vault* vault = m_vault;
    m_storeService->call<QString>(
        this,
        [id, vault](Store& store) {
            QString error;
            KeyManager(store, *vault).remove(id, &error);
            return error;
        },
        [this, then](const StoreAnswer<QString>& answer) {
            const QString error = answer.ok() ? *answer.value : answer.error;
            reloadView([then, error]() {
                if (then) {
                    then(error);
                }
            });
        });
}

void Session::setKeyEnabled(qint64 id, bool enabled, KeyEditAnswer then)
{
    editKey(
        id, [id, enabled](KeyManager& keys, QString* error) { return keys.setEnabled(id, enabled, error); }, then);
}

void Session::renameKey(qint64 id, const QString& label, KeyEditAnswer then)
{
    editKey(
        id, [id, label](KeyManager& keys, QString* error) { return keys.rename(id, label, error); }, then);
}

void Session::setKeyProject(qint64 id, const QString& project, KeyEditAnswer then)
{
    editKey(
        id, [id, project](KeyManager& keys, QString* error) { return keys.setProject(id, project, error); }, then);
}

void Session::editKey(qint64 id, std::function<bool(KeyManager&, QString*)> edit, KeyEditAnswer then)
{
    const Vault* vault = m_vault;
    m_storeService->call<Edited>(
        this,
        [id, edit, vault](Store& store) {
            Edited edited;
            KeyManager keys(store, *vault);
            if (edit(keys, &edited.error)) {
                edited.key = KeyRepository(store).byId(id);
            }
            return edited;
        },
        [this, then](const StoreAnswer<Edited>& answer) {
            const Edited edited = answer.ok() ? *answer.value : Edited { std::nullopt, answer.error };
            reloadView([then, edited]() {
                if (then) {
                    then(edited.key, edited.error);
                }
            });
        });
}

void Session::resolveKey(const QString& idOrLabel, KeyEditAnswer then)
{
    const Vault* vault = m_vault;
    m_storeService->call<Edited>(
        this,
        [idOrLabel, vault](Store& store) {
            Edited found;
            found.key = KeyManager(store, *vault).resolve(idOrLabel, &found.error);
            return found;
        },
        [then](const StoreAnswer<Edited>& answer) {
            if (then) {
                const Edited found = answer.ok() ? *answer.value : Edited { std::nullopt, answer.error };
                then(found.key, found.error);
            }
        });
}
