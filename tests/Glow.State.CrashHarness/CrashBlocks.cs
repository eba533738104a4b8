using Glow.Core;
using Glow.Core.Numerics;
using Glow.Core.State;

namespace Glow.State.CrashHarness;

/// <summary>
/// The world-state workload of the crash tests: block n makes a deterministic set of changes (balances of many
/// accounts, storage slots of ten contracts, and every fifth block a contract deleted and re-created), so the state
/// after any block can be rebuilt in memory and compared with what a killed process left on disk.
/// </summary>
public static class CrashBlocks
{
    /// <summary>Accounts whose balances change.</summary>
    public const int Accounts = 5_000;

    /// <summary>Contracts whose storage changes.</summary>
    public const int Contracts = 10;

    /// <summary>The address of account or contract <paramref name="index"/> (contracts are 1,000,000 + i).</summary>
    public static Address AddressOf(int index) => StateBenchmarkWorkload.Address((ulong)index);

    /// <summary>The address of contract <paramref name="index"/>.</summary>
    public static Address Contract(int index) => AddressOf(1_000_000 + index);

    /// <summary>Applies block <paramref name="block"/>'s changes (<paramref name="writes"/> balance and as many storage writes).</summary>
    public static void Apply(IWorldState state, long block, int writes)
    {
        for (var i = 0; i < writes; i++)
        {
            state.AddBalance(AddressOf((int)((block * 7919 + i) % Accounts)), (ulong)block);
            var contract = Contract(i % Contracts);
            var slot = (ulong)((block * writes + i) % 3_000);
            state.SetStorage(contract, slot, (block + i) % 5 == 0 ? UInt256.Zero : (UInt256)(ulong)(block * 1000 + i));
        }

        if (block % 5 == 0)
        {
            var victim = Contract((int)(block / 5 % Contracts));
            state.DeleteAccount(victim);
            state.SetStorage(victim, 1, (ulong)block);
        }

        state.FinishTransaction(deleteTouchedEmptyAccounts: false);
    }

    /// <summary>The state root after blocks 1 .. <paramref name="last"/>, rebuilt in memory.</summary>
    public static Hash256 ExpectedRoot(long last, int writes)
    {
        var state = WorldState.InMemory();
        for (var block = 1L; block <= last; block++)
        {
            Apply(state, block, writes);
        }

        return state.ComputeStateRoot();
    }
}
