#include "models/keys/Reseal.h"

#include "models/vault/Vault.h"

Resealer Reseal::between(const Vault& from, const Vault& to)
{
    return { [&from, &to](KeyRecord& record) {
                std::optional<SecureBytes> plain = from.unseal(record.sealed, record.fingerprint);
                if (!plain) {
                    return false;
                }
                record.fingerprint = to.fingerprint(plain->view());
                record.sealed = to.seal(*plain, record.fingerprint);
                return !record.sealed.isEmpty();
            },
             [&from, &to](QByteArray& sealed, const QByteArray& context) {
                 std::optional<SecureBytes> plain = from.unseal(sealed, context);
                 if (!plain) {
                     return false;
                 }
                 sealed = to.seal(*plain, context);
                 return !sealed.isEmpty();
             } };
}
