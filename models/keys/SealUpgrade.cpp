#include "models/keys/SealUpgrade.h"

#include "models/core/Logging.h"
#include "models/store/KeyRepository.h"
#include "models/store/Store.h"
#include "models/vault/Vault.h"

#include <algorithm>

int SealUpgrade::run(Store& store, const Vault& vault, QString* error)
{
    if (!vault.isOpen()) {
        return 0;
    }
    const QList<KeyRecord> keys = KeyRepository(store).all();
    if (std::all_of(
            keys.begin(), keys.end(), [](const KeyRecord& key) { return Vault::isCurrentFormat(key.sealed); })) {
        return 0;
    }
    int resealed = 0;
    // Read again under the store's lock: another admin's QuotaDeck may have re-sealed one meanwhile. What
    // does not open (damaged, or under another key) is left as it is; using it says so.
    const bool ok = KeyRepository(store).resealAll({ [&](KeyRecord& record) {
                                                        if (Vault::isCurrentFormat(record.sealed)) {
                                                            return true;
                                                        }
                                                        std::optional<SecureBytes> plain
                                                            = vault.unseal(record.sealed, record.fingerprint);
                                                        if (!plain) {
                                                            return true;
                                                        }
                                                        record.fingerprint = vault.fingerprint(plain->view());
                                                        record.sealed = vault.seal(*plain, record.fingerprint);
                                                        ++resealed;
                                                        return !record.sealed.isEmpty();
                                                    },
                                                     [&](QByteArray& sealed, const QByteArray& context) {
                                                         if (Vault::isCurrentFormat(sealed)) {
                                                             return true;
                                                         }
                                                         std::optional<SecureBytes> plain
                                                             = vault.unseal(sealed, context);
                                                         if (plain) {
                                                             sealed = vault.seal(*plain, context);
                                                         }
                                                         return !sealed.isEmpty();
                                                     } },
                                                   {});
    if (!ok) {
        *error = store.lastError();
        return -1;
    }
    qCInfo(lcVault) << "re-sealed" << resealed << "keys of an earlier format under the sealing sub-key";
    return resealed;
}
