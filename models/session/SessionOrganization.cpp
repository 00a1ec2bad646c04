// Session, the organisation /org-usage answers for: set up, read and removed on the store thread.

#include "models/session/Session.h"

#include "models/store/OrgStore.h"
#include "models/store/StoreService.h"

void Session::setOrganization(const QString& name, SecureBytes key, std::function<void(const OrgSetOutcome&)> then)
{
    auto plaintext = std::make_shared<SecureBytes>(std::move(key));
    const Vault* vault = m_vault;
    const QDateTime now = m_clock->now();
    m_storeService->call<OrgSetOutcome>(
        this,
        [plaintext, name, vault, now](Store& store) {
            return KeyManager(store, *vault, now).setOrganization(name, std::move(*plaintext));
        },
        [then](const StoreAnswer<OrgSetOutcome>& answer) {
            OrgSetOutcome outcome;
            if (answer.ok()) {
                outcome = *answer.value;
            } else {
                outcome.error = answer.error;
            }
            then(outcome);
        });
}

void Session::organization(std::function<void(const std::optional<OrgRecord>&, const QString&)> then)
{
    struct Read
    {
        std::optional<OrgRecord> org;
        QString error;
    };
    m_storeService->call<Read>(
        this,
        [](Store& store) {
            Read read;
            read.org = OrgStore(store).load(&read.error);
            return read;
        },
        [then](const StoreAnswer<Read>& answer) {
            if (!answer.ok()) {
                return then(std::nullopt, answer.error);
            }
            then(answer.value->org, answer.value->error);
        });
}

void Session::clearOrganization(std::function<void(const QString&)> then)
{
    m_storeService->call<QString>(
        this,
        [](Store& store) {
            QString error;
            OrgStore(store).clear(&error);
            return error;
        },
        [then](const StoreAnswer<QString>& answer) { then(answer.ok() ? *answer.value : answer.error); });
}
