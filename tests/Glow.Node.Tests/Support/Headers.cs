using Glow.Core;
using Glow.Core.Blocks;
using Glow.Core.Chain;
using Glow.Core.Numerics;

namespace Glow.Node.Tests.Support;

/// <summary>Copies of headers with some fields changed, resealed by a given key (so that one rule at a time is broken).</summary>
internal static class Headers
{
    public static BlockHeader Change(
        BlockHeader h,
        Hash256? parentHash = null,
        Hash256? ommersHash = null,
        Address? coinbase = null,
        Hash256? stateRoot = null,
        Hash256? receiptsRoot = null,
        UInt256? difficulty = null,
        ulong? number = null,
        ulong? gasLimit = null,
        ulong? gasUsed = null,
        ulong? timestamp = null,
        byte[]? extraDataWithoutSeal = null,
        Hash256? mixHash = null,
        ulong? nonce = null,
        UInt256? baseFee = null,
        Hash256? withdrawalsRoot = null,
        ulong? blobGasUsed = null,
        ulong? excessBlobGas = null,
        Hash256? beaconRoot = null,
        byte[]? sealKey = null)
    {
        var unsealed = extraDataWithoutSeal ?? h.ExtraData[..^HeaderSeal.SealLength].ToArray();
        var header = new BlockHeader(h)
        {
            ParentHash = parentHash ?? h.ParentHash,
            OmmersHash = ommersHash ?? h.OmmersHash,
            Coinbase = coinbase ?? h.Coinbase,
            StateRoot = stateRoot ?? h.StateRoot,
            ReceiptsRoot = receiptsRoot ?? h.ReceiptsRoot,
            Difficulty = difficulty ?? h.Difficulty,
            Number = number ?? h.Number,
            GasLimit = gasLimit ?? h.GasLimit,
            GasUsed = gasUsed ?? h.GasUsed,
            Timestamp = timestamp ?? h.Timestamp,
            ExtraData = unsealed,
            MixHash = mixHash ?? h.MixHash,
            Nonce = nonce ?? h.Nonce,
            BaseFeePerGas = baseFee ?? h.BaseFeePerGas,
            WithdrawalsRoot = withdrawalsRoot ?? h.WithdrawalsRoot,
            BlobGasUsed = blobGasUsed ?? h.BlobGasUsed,
            ExcessBlobGas = excessBlobGas ?? h.ExcessBlobGas,
            ParentBeaconBlockRoot = beaconRoot ?? h.ParentBeaconBlockRoot,
        };
        return HeaderSeal.Seal(header, sealKey ?? TestChain.SignerKey);
    }
}
