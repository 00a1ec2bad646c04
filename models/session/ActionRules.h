#pragma once
// When the window's key, refresh and team actions may run: the rules are domain state (the vault, the runs
// in progress, the store's kind), so they live here; the window only words the reasons and greys out.

#include "models/session/Session.h"

struct ActionInputs
{
    VaultState vault = VaultState::Opening;
    Vault::TeamProblem teamProblem = Vault::TeamProblem::None;
    bool refreshing = false; // some run is in progress
    bool cancelRequested = false;
    bool allEnabledCovered = false; // every enabled key is part of the runs in progress
    int selected = 0; // selected keys
    int selectedEnabled = 0; // of which enabled
    bool selectedDisabled = false; // at least one of them is disabled
    bool selectedRefreshable = false; // an enabled one no run in progress covers
    bool team = false; // a team store
    bool postgres = false;
};

struct ActionRules
{
    bool vaultOpen = false;
    bool add = false; // and import
    bool refresh = false; // and refresh ignoring the cache
    bool refreshSelected = false;
    bool cancel = false;
    bool edit = false; // remove and enable/disable
    bool rename = false;
    bool rotate = false; // one key, sealed anew: the vault must be open
    bool joinTeam = false;
    bool changeTeamPassphrase = false;
    bool makeTeamVisible = false;
    bool makeTeam = false;

    static ActionRules from(const ActionInputs& in);
};
