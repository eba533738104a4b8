using Glow.Core;
using Glow.Core.State;
using Glow.State.Trie;
using Glow.State.World;

namespace Glow.State;

/// <summary>Whether an account has storage now, pending changes included.</summary>
public sealed partial class WorldState
{
    /// <summary>
    /// True when <paramref name="address"/> exists and holds at least one non-zero storage slot now, counting the
    /// changes not yet committed (EIP-7610: creating a contract at an address with non-empty storage is a collision).
    /// Unlike <see cref="Account.HasStorage"/> of <see cref="TryGetAccount"/>, whose storage root is refreshed only when
    /// roots are computed, it sees slots written or cleared earlier in the same block, and may be asked in the middle of
    /// a transaction.
    /// </summary>
    /// <exception cref="TrieException">A node of the committed storage trie is missing from the store.</exception>
    public bool HasStorage(in Address address)
    {
        var state = Load(address);
        if (!state.Exists)
        {
            return false;
        }

        HashSet<Hash256>? cleared = null;
        if (state.Slots is { } slots)
        {
            // The order of the cache does not matter: the answer is whether any slot is non-zero.
            Span<byte> key = stackalloc byte[Hash256.Size];
            foreach (var (slot, entry) in slots)
            {
                if (!entry.Current.IsZero)
                {
                    return true;
                }

                StateKeys.HashedSlot(slot, key);
                (cleared ??= []).Add(new Hash256(key));
            }
        }

        if (state.StorageCleared || !state.CommittedExists || !state.Committed.HasStorage)
        {
            // Every slot that can be non-zero is in the cache, and none is.
            return false;
        }

        // Stored slots not zeroed since: the first one found answers (usually the first key of the trie).
        foreach (var (hashedSlot, _) in new PatriciaTrie(_store.Nodes, state.Committed.StorageRoot).Enumerate())
        {
            if (cleared is null || !cleared.Contains(new Hash256(hashedSlot)))
            {
                return true;
            }
        }

        return false;
    }
}
