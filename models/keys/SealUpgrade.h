#pragma once
// Keys sealed by earlier versions (Vault format 0x01: sealed with the data key itself, fingerprinted with a
// sub-key that shared its derivation with nothing else) are re-sealed once under the sealing and fingerprint
// sub-keys, when the vault first opens with this version. Until then, and if it fails, they still open.

class QString;
class Store;
class Vault;

class SealUpgrade
{
public:
    // Re-seals every key of an older format in ONE transaction (Store::resealKeys); the number re-sealed (0
    // when none needed it), or -1 with *error when the store refused (nothing changed).
    static int run(Store& store, const Vault& vault, QString* error);
};
