#include "models/session/Session.h"

#include "models/core/Logging.h"
#include "models/keys/TeamSecrets.h"
#include "models/store/StoreMeta.h"
#include "models/store/StoreService.h"

#include <QPointer>
#include <QThread>
#include <algorithm>

// Team mode's flows (Session.h: adoptTeamKey, joinTeam, setTeamPassphrase): the Argon2id work on a worker
// thread of its own, every store read and write through the store service.

void Session::adoptTeamKey(SecureBytes teamKey, std::function<void(const QString&)> done)
{
    auto key = std::make_shared<SecureBytes>(std::move(teamKey));
    QPointer<Session> self(this);
    m_keychain->write(Vault::entryName(m_storeId), *key, [self, key, done](Keychain::Result result) {
        if (!self) {
            return;
        }
        if (result.error != Keychain::Error::None) {
            done(QStringLiteral("the team key cannot be kept in the keychain: %1").arg(result.message));
            return;
        }
        // The binding from a fresh read: the team key was just written to the store.
        self->m_storeService->call<View>(
            self.data(), &Session::readView, [self, key, done](const StoreAnswer<View>& view) {
                if (!view.ok()) {
                    done(view.error);
                    return;
                }
                self->m_view = *view.value;
                Vault::Binding binding = self->bindingFrom(*view.value);
                binding.team = true;
                binding.claim = {};
                if (!self->m_vault->openWith(binding, std::move(*key))) {
                    done(self->m_vault->message());
                    return;
                }
                done(QString());
            });
    });
}

bool Session::isDerivingTeamKey() const
{
    return m_teamFlow || m_teamThread != nullptr;
}

bool Session::beginTeamFlow(std::function<void(const QString&)>& done)
{
    if (isDerivingTeamKey()) {
        answerLater(done, QStringLiteral("a team key is already being derived; wait for it to finish"));
        return false;
    }
    // From the first store read to the last answer: one team flow at a time, also while the store is asked.
    m_teamFlow = true;
    done = [this, inner = std::move(done)](const QString& error) {
        m_teamFlow = false;
        inner(error);
    };
    return true;
}

void Session::answerLater(const std::function<void(const QString&)>& done, const QString& error)
{
    QMetaObject::invokeMethod(
        this, [done, error]() { done(error); }, Qt::QueuedConnection);
}

void Session::runTeamWork(std::function<void()> work,
                          std::function<void()> then,
                          const std::function<void(const QString&)>& done)
{
    if (m_teamThread) {
        answerLater(done, QStringLiteral("a team key is already being derived; wait for it to finish"));
        return;
    }
    // A compute-only thread, not the store's long lane: Argon2id needs no connection, and a second of it
    // there would hold up the charts, alert checks and reports queued behind it (and count against the
    // lane's deadline as if the database were slow).
    QThread* thread = QThread::create(std::move(work));
    thread->setObjectName(QStringLiteral("quotadeck-teamkey"));
    // Owned by the session too: a `then` that ends the event loop leaves deleteLater() unrun.
    thread->setParent(this);
    m_teamThread = thread;
    connect(thread, &QThread::finished, this, [this, thread, then = std::move(then)]() {
        if (m_teamThread == thread) {
            m_teamThread = nullptr;
        }
        thread->deleteLater();
        then();
    });
    thread->start();
}

void Session::joinTeam(SecureBytes passphrase, std::function<void(const QString&)> done)
{
    if (!beginTeamFlow(done)) {
        return;
    }
    struct Work
    {
        SecureBytes passphrase;
        TeamSecrets::StoredKey seen;
        TeamSecrets::Opened opened;
        std::optional<SecureBytes> key;
    };
    auto work = std::make_shared<Work>();
    work->passphrase = std::move(passphrase);
    // The work is shared with the store thread's jobs, which run one after the other with this thread's steps.
    m_storeService->call<QString>(
        this,
        [work](Store& store) {
            QString error;
            std::optional<TeamSecrets::StoredKey> seen = TeamSecrets::stored(store, &error);
            if (seen) {
                work->seen = std::move(*seen);
            }
            return seen ? QString() : error;
        },
        [this, work, done](const StoreAnswer<QString>& read) {
            if (!read.ok() || !read.value->isEmpty()) {
                done(read.ok() ? *read.value : read.error);
                return;
            }
            runTeamWork(
                [work]() {
                    work->opened = TeamSecrets::open(work->passphrase, work->seen);
                    work->passphrase.clear();
                },
                [this, work, done]() {
                    m_storeService->call<QString>(
                        this,
                        [work](Store& store) {
                            QString why;
                            work->key = TeamSecrets::finishJoin(store, work->seen, std::move(work->opened), &why);
                            return why;
                        },
                        [this, work, done](const StoreAnswer<QString>& joined) {
                            if (!joined.ok() || !work->key) {
                                done(joined.ok() ? *joined.value : joined.error);
                                return;
                            }
                            adoptTeamKey(std::move(*work->key), done);
                        });
                },
                done);
        });
}

void Session::setTeamPassphrase(SecureBytes passphrase, std::function<void(const QString&)> done)
{
    // Refused before the slow derivation; the last steps check the store again when the key is there.
    QString error;
    if (!TeamSecrets::canReseal(*m_vault, &error) || !TeamSecrets::longEnough(passphrase, &error)) {
        answerLater(done, error);
        return;
    }
    if (!beginTeamFlow(done)) {
        return;
    }
    struct Work
    {
        SecureBytes passphrase;
        SecureBytes teamKey;
        QString storeId;
        bool team = false;
        std::optional<TeamSecrets::StoredKey> seen;
        std::optional<TeamSecrets::WrappedKey> wrapped;
        std::optional<SecureBytes> key;
        QString error;
    };
    auto work = std::make_shared<Work>();
    work->passphrase = std::move(passphrase);
    work->storeId = m_storeId;
    auto wrap = [work]() {
        work->wrapped = TeamSecrets::wrap(work->passphrase, work->teamKey, work->storeId, &work->error);
        work->passphrase.clear();
    };
    // The vault only reads its key material on the store thread (Vault::seal says why that is safe).
    const Vault* vault = m_vault;
    m_storeService->call<QString>(
        this,
        [work, vault](Store& store) {
            work->team = store.isTeam();
            if (!work->team) {
                return QString();
            }
            QString why;
            work->seen = TeamSecrets::stored(store, &why);
            if (!work->seen || !TeamSecrets::holdsTeamKey(store, *vault, &why)) {
                return why;
            }
            return QString();
        },
        [this, work, wrap, vault, done](const StoreAnswer<QString>& read) {
            if (!read.ok() || !read.value->isEmpty()) {
                done(read.ok() ? *read.value : read.error);
                return;
            }
            if (work->team) {
                // A new passphrase for the same team key: re-wrapped, nothing re-sealed, nobody's keychain
                // changed.
                work->teamKey = m_vault->dataKeyCopy();
                runTeamWork(
                    wrap,
                    [this, work, done]() {
                        work->teamKey.clear();
                        if (!work->wrapped) {
                            done(work->error);
                            return;
                        }
                        m_storeService->call<QString>(
                            this,
                            [work](Store& store) {
                                QString why;
                                TeamSecrets::commitWrapped(store, *work->seen, *work->wrapped, &why);
                                return why;
                            },
                            [done](const StoreAnswer<QString>& written) {
                                done(written.ok() ? *written.value : written.error);
                            });
                    },
                    done);
                return;
            }
            // Setting a store up: a new team key, every key re-sealed under it in one transaction.
            work->teamKey = TeamSecrets::newTeamKey();
            runTeamWork(
                wrap,
                [this, work, vault, done]() {
                    if (!work->wrapped) {
                        done(work->error);
                        return;
                    }
                    m_storeService->call<QString>(
                        this,
                        [work, vault](Store& store) {
                            QString why;
                            work->key = TeamSecrets::initialise(
                                store, *vault, std::move(work->teamKey), *work->wrapped, &why);
                            return why;
                        },
                        [this, work, done](const StoreAnswer<QString>& set) {
                            if (!set.ok() || !work->key) {
                                done(set.ok() ? *set.value : set.error);
                                return;
                            }
                            // Committed: from here the store opens only with the new key, so say so if the
                            // keychain refuses it.
                            adoptTeamKey(std::move(*work->key), [done](const QString& adoptError) {
                                done(adoptError.isEmpty()
                                         ? QString()
                                         : QStringLiteral("the team store was set up but %1").arg(adoptError));
                            });
                        });
                },
                done);
        });
}
