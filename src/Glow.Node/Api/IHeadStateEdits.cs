using Glow.Node.Chain;

namespace Glow.Node.Api;

/// <summary>
/// Changes to the head's state that no block carries yet: dev mode's <c>anvil_setBalance</c>, <c>setCode</c>,
/// <c>setNonce</c> and <c>setStorageAt</c>, which (as in anvil and Hardhat) take effect at once without mining. Every read
/// of the head's state (balances, calls, estimates, the pool's checks) sees them; the next block applies them before its
/// transactions, so its state root includes them, and stores them.
/// </summary>
public interface IHeadStateEdits
{
    /// <summary>The edits waiting for the next block, in the order they were made (a copy).</summary>
    IReadOnlyList<StateEdit> Pending { get; }
}
