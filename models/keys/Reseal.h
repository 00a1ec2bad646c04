#pragma once
// Moving a store's secrets from one data key to another (a team key set up, a store copied into a team
// store): what the old key opens is sealed again under the new one. Keys get the new key's fingerprint,
// which is also what they are sealed for; other secrets keep the context they were sealed for.

#include "models/store/KeyRepository.h"

class Vault;

namespace Reseal {
// Both vaults must outlive the returned functions.
Resealer between(const Vault& from, const Vault& to);
} // namespace Reseal
