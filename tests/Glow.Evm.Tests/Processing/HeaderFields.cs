using Glow.Core;
using Glow.Core.Blocks;
using Glow.Core.Crypto;
using Glow.Core.Numerics;

namespace Glow.Evm.Tests.Processing;

/// <summary>Every field of a block header as a record, so that a test can tamper with one (<c>with { ... }</c>) and build the header.</summary>
internal sealed record HeaderFields
{
    public Hash256 ParentHash { get; init; }

    public Hash256 OmmersHash { get; init; } = Keccak256.OfEmptyList;

    public Address Coinbase { get; init; }

    public Hash256 StateRoot { get; init; } = Keccak256.OfEmptyString;

    public Hash256 TransactionsRoot { get; init; } = Keccak256.OfEmptyString;

    public Hash256 ReceiptsRoot { get; init; } = Keccak256.OfEmptyString;

    public Bloom Bloom { get; init; }

    public UInt256 Difficulty { get; init; }

    public ulong Number { get; init; }

    public ulong GasLimit { get; init; } = 30_000_000;

    public ulong GasUsed { get; init; }

    public ulong Timestamp { get; init; }

    public byte[] ExtraData { get; init; } = [];

    public Hash256 MixHash { get; init; }

    public ulong Nonce { get; init; }

    public UInt256? BaseFeePerGas { get; init; }

    public Hash256? WithdrawalsRoot { get; init; }

    public ulong? BlobGasUsed { get; init; }

    public ulong? ExcessBlobGas { get; init; }

    public Hash256? ParentBeaconBlockRoot { get; init; }

    public static HeaderFields Of(BlockHeader h) => new()
    {
        ParentHash = h.ParentHash,
        OmmersHash = h.OmmersHash,
        Coinbase = h.Coinbase,
        StateRoot = h.StateRoot,
        TransactionsRoot = h.TransactionsRoot,
        ReceiptsRoot = h.ReceiptsRoot,
        Bloom = h.Bloom,
        Difficulty = h.Difficulty,
        Number = h.Number,
        GasLimit = h.GasLimit,
        GasUsed = h.GasUsed,
        Timestamp = h.Timestamp,
        ExtraData = h.ExtraData.ToArray(),
        MixHash = h.MixHash,
        Nonce = h.Nonce,
        BaseFeePerGas = h.BaseFeePerGas,
        WithdrawalsRoot = h.WithdrawalsRoot,
        BlobGasUsed = h.BlobGasUsed,
        ExcessBlobGas = h.ExcessBlobGas,
        ParentBeaconBlockRoot = h.ParentBeaconBlockRoot,
    };

    public BlockHeader ToHeader() => new()
    {
        ParentHash = ParentHash,
        OmmersHash = OmmersHash,
        Coinbase = Coinbase,
        StateRoot = StateRoot,
        TransactionsRoot = TransactionsRoot,
        ReceiptsRoot = ReceiptsRoot,
        Bloom = Bloom,
        Difficulty = Difficulty,
        Number = Number,
        GasLimit = GasLimit,
        GasUsed = GasUsed,
        Timestamp = Timestamp,
        ExtraData = ExtraData,
        MixHash = MixHash,
        Nonce = Nonce,
        BaseFeePerGas = BaseFeePerGas,
        WithdrawalsRoot = WithdrawalsRoot,
        BlobGasUsed = BlobGasUsed,
        ExcessBlobGas = ExcessBlobGas,
        ParentBeaconBlockRoot = ParentBeaconBlockRoot,
    };
}
