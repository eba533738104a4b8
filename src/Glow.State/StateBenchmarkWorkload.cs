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

    /// <summary>
    /// The state root of the first 1,000,000 accounts as ethereumjs (@ethereumjs/mpt 10.1.3, <c>state-root.mjs</c>)
    /// computed it, so the benchmark can check its root without running ethereumjs for half an hour.
    /// </summary>
    public static readonly Hash256 RootOf1000000 = Hash256.Parse("0xf7fa3b29ac2a1430258f3fa1c9fca0b745d4b5c13310c9d5116eed7b424ac07c");

    /// <summary>The state root of the first 10,000 accounts as ethereumjs computed it.</summary>
    public static readonly Hash256 RootOf10000 = Hash256.Parse("0x0f0d08cdfe21b98798a289c99a57619841edb058fb0df8d60e16c6a303e5c872");

    /// <summary>The recorded ethereumjs root for <paramref name="count"/> accounts, when there is one.</summary>
    public static Hash256? KnownRoot(int count) => count switch
    {
        10_000 => RootOf10000,
        1_000_000 => RootOf1000000,
        _ => null,
    };

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
