#include "models/session/ActionRules.h"

ActionRules ActionRules::from(const ActionInputs& in)
{
    ActionRules rules;
    rules.vaultOpen = in.vault == VaultState::Open;
    rules.add = rules.vaultOpen;
    // While a refresh runs, Refresh asks for the keys it does not cover yet (keys added or enabled since, or
    // all but the ones Refresh selected started with); when it covers them all there is nothing to add.
    rules.refresh = rules.vaultOpen && !(in.refreshing && in.allEnabledCovered);
    rules.refreshSelected = rules.vaultOpen && in.selectedRefreshable;
    rules.cancel = in.refreshing && !in.cancelRequested;
    // Editing touches the rows a running refresh is about to write.
    rules.edit = in.selected > 0 && !in.refreshing;
    rules.rename = rules.edit && in.selected == 1;
    rules.rotate = rules.rename && rules.vaultOpen;
    // Joining is for a keychain without the right team key; setting a passphrase re-seals every key, which
    // needs the present key open and no refresh writing meanwhile.
    rules.joinTeam = in.team && in.teamProblem != Vault::TeamProblem::None;
    rules.changeTeamPassphrase = in.team && rules.vaultOpen && !in.refreshing;
    rules.makeTeamVisible = !in.team;
    rules.makeTeam = !in.team && in.postgres && rules.vaultOpen && !in.refreshing;
    return rules;
}
