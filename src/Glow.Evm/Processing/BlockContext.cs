using Glow.Core;
using Glow.Core.Blocks;
using Glow.Core.Numerics;
using Glow.Evm.Gas;

namespace Glow.Evm.Processing;

/// <summary>The block a transaction runs in, as the EVM sees it (COINBASE, NUMBER, BASEFEE, BLOBBASEFEE, ...).</summary>
public sealed record BlockContext
{
    /// <summary>The fee recipient.</summary>
    public required Address Coinbase { get; init; }

    /// <summary>The block number.</summary>
    public required ulong Number { get; init; }

    /// <summary>The block timestamp in seconds.</summary>
    public required ulong Timestamp { get; init; }

    /// <summary>The block gas limit.</summary>
    public required ulong GasLimit { get; init; }

    /// <summary>The chain id (CHAINID, EIP-1344).</summary>
    public required UInt256 ChainId { get; init; }

    /// <summary>The base fee per gas (EIP-1559); zero before London.</summary>
    public UInt256 BaseFee { get; init; }

    /// <summary>PREVRANDAO (EIP-4399): the beacon chain's randomness.</summary>
    public Hash256 PrevRandao { get; init; }

    /// <summary>The difficulty, which DIFFICULTY (0x44) returns before EIP-4399.</summary>
    public UInt256 Difficulty { get; init; }

    /// <summary>The excess blob gas of the block (EIP-4844).</summary>
    public ulong ExcessBlobGas { get; init; }

    /// <summary>The recent block hashes for BLOCKHASH.</summary>
    public IBlockHashProvider? BlockHashes { get; init; }

    /// <summary>
    /// The context of the block with <paramref name="header"/> on chain <paramref name="chainId"/>: PREVRANDAO is the
    /// header's mix hash (EIP-4399), the base fee and excess blob gas are zero for headers before London and Cancun.
    /// </summary>
    public static BlockContext From(BlockHeader header, in UInt256 chainId, IBlockHashProvider? blockHashes = null) => new()
    {
        Coinbase = header.Coinbase,
        Number = header.Number,
        Timestamp = header.Timestamp,
        GasLimit = header.GasLimit,
        ChainId = chainId,
        BaseFee = header.BaseFeePerGas ?? UInt256.Zero,
        PrevRandao = header.MixHash,
        Difficulty = header.Difficulty,
        ExcessBlobGas = header.ExcessBlobGas ?? 0,
        BlockHashes = blockHashes,
    };

    /// <summary>The blob base fee (BLOBBASEFEE, EIP-7516), derived from <see cref="ExcessBlobGas"/>.</summary>
    public UInt256 BlobBaseFee => BlobGas.BaseFeePerBlobGas(ExcessBlobGas);
}
