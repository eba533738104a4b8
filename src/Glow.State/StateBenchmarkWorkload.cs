using System.Buffers.Binary;
using Glow.Core;
using Glow.Core.Crypto;
using Glow.Core.Numerics;

namespace Glow.State;

/// <summary>
/// The deterministic world-state workload shared by <c>utg bench state</c>, the BenchmarkDotNet state benchmarks and
/// the ethereumjs comparison (<c>benchmarks/js/state-root.mjs</c> builds the same accounts): account <c>i</c> lives at
/// the last 20 bytes of keccak256(<c>i</c> as 8 bytes big-endian) with nonce <c>i</c> and balance <c>i</c>·10^18,
/// no code and no storage.
/// </summary>
public static class StateBenchmarkWorkload
{
    private const ulong WeiPerEther = 1_000_000_000_000_000_000;

    /// <summary>The address of account <paramref name="index"/>.</summary>
    public static Address Address(ulong index)
    {
        Span<byte> be = stackalloc byte[8];
        BinaryPrimitives.WriteUInt64BigEndian(be, index);
        Span<byte> hash = stackalloc byte[32];
        Keccak256.Hash(be, hash);
        return new Address(hash[12..]);
    }

    /// <summary>The balance of account <paramref name="index"/>: <paramref name="index"/> ether.</summary>
    public static UInt256 Balance(ulong index) => (UInt256)index * WeiPerEther;

    /// <summary>Creates accounts 0 .. <paramref name="count"/> - 1 in <paramref name="state"/> and finishes the transaction.</summary>
    public static void Populate(Core.State.IWorldState state, int count)
    {
        ArgumentNullException.ThrowIfNull(state);
        for (var i = 0ul; i < (ulong)count; i++)
        {
            var address = Address(i);
            state.CreateAccount(address);
            state.AddBalance(address, Balance(i));
            state.SetNonce(address, i);
            if (i % 4096 == 4095)
            {
                // Nothing is reverted here: finishing a "transaction" now and then keeps the journal small.
                state.FinishTransaction(deleteTouchedEmptyAccounts: false);
            }
        }

        state.FinishTransaction(deleteTouchedEmptyAccounts: false);
    }
}
