using Glow.Core;
using Glow.Core.Chain;
using Glow.Core.State;

namespace Glow.State;

/// <summary>Builds a state from a genesis allocation (a chainspec's <c>alloc</c>, an Ethereum test's <c>pre</c>).</summary>
public static class GenesisState
{
    private const int JournalBound = 4096;

    /// <summary>
    /// Creates every account of <paramref name="alloc"/> in <paramref name="state"/> with its balance, nonce, code and
    /// non-zero storage, then finishes the "transaction" without EIP-161 cleanup: an allocated account exists even when
    /// empty, as in every client's genesis. Nothing is committed.
    /// </summary>
    public static void Apply(IWorldState state, IReadOnlyDictionary<Address, GenesisAccount> alloc)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(alloc);
        var count = 0;
        foreach (var (address, account) in alloc.OrderBy(pair => pair.Key))
        {
            if (++count % JournalBound == 0)
            {
                // Nothing here is ever reverted: finishing a "transaction" now and then keeps the journal small.
                state.FinishTransaction(deleteTouchedEmptyAccounts: false);
            }

            state.CreateAccount(address);
            state.AddBalance(address, account.Balance);
            if (account.Nonce != 0)
            {
                state.SetNonce(address, account.Nonce);
            }

            if (account.Code.Length != 0)
            {
                state.SetCode(address, account.Code);
            }

            foreach (var (slot, value) in account.Storage)
            {
                if (!value.IsZero)
                {
                    state.SetStorage(address, slot, value);
                }
            }
        }

        state.FinishTransaction(deleteTouchedEmptyAccounts: false);
    }

    /// <summary>The state root of <paramref name="alloc"/>, computed in memory (a genesis header's <c>stateRoot</c>).</summary>
    public static Hash256 RootOf(IReadOnlyDictionary<Address, GenesisAccount> alloc)
    {
        var world = WorldState.InMemory();
        Apply(world, alloc);
        return world.ComputeStateRoot();
    }

    /// <summary>Builds <paramref name="alloc"/> into the empty state of <paramref name="store"/> and commits it as block 0.</summary>
    /// <returns>The genesis state root.</returns>
    /// <exception cref="StateException">The store already has a committed state.</exception>
    public static Hash256 Commit(StateStore store, IReadOnlyDictionary<Address, GenesisAccount> alloc)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (store.Head is { } head)
        {
            throw new StateException($"The database already holds state up to block {head.BlockNumber}; genesis goes into an empty one.");
        }

        var state = store.BeginLatest();
        Apply(state, alloc);
        return state.Commit(0);
    }
}
