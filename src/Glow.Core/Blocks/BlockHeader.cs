using Glow.Core.Crypto;
using Glow.Core.Numerics;

namespace Glow.Core.Blocks;

/// <summary>
/// A block header in Ethereum's shape (yellow paper §4.3) up to Cancun. Fields added by later forks are
/// nullable and present exactly when their fork is active: <see cref="BaseFeePerGas"/> (London),
/// <see cref="WithdrawalsRoot"/> (Shanghai), <see cref="BlobGasUsed"/>, <see cref="ExcessBlobGas"/> and
/// <see cref="ParentBeaconBlockRoot"/> (Cancun). UltronGlow uses the Cancun shape (protocol.md §2).
/// Immutable; the hash is computed once.
/// </summary>
public sealed class BlockHeader
{
    private Hash256? _hash;

    /// <summary>An empty header, to be filled by an object initializer.</summary>
    public BlockHeader()
    {
    }

    /// <summary>
    /// A copy of <paramref name="other"/> (every field, not its cached hash), to change some fields with an object
    /// initializer: <c>new BlockHeader(header) { ExtraData = sealedExtra }</c>.
    /// </summary>
    public BlockHeader(BlockHeader other)
    {
        ArgumentNullException.ThrowIfNull(other);
        ParentHash = other.ParentHash;
        OmmersHash = other.OmmersHash;
        Coinbase = other.Coinbase;
        StateRoot = other.StateRoot;
        TransactionsRoot = other.TransactionsRoot;
        ReceiptsRoot = other.ReceiptsRoot;
        Bloom = other.Bloom;
        Difficulty = other.Difficulty;
        Number = other.Number;
        GasLimit = other.GasLimit;
        GasUsed = other.GasUsed;
        Timestamp = other.Timestamp;
        ExtraData = other.ExtraData;
        MixHash = other.MixHash;
        Nonce = other.Nonce;
        BaseFeePerGas = other.BaseFeePerGas;
        WithdrawalsRoot = other.WithdrawalsRoot;
        BlobGasUsed = other.BlobGasUsed;
        ExcessBlobGas = other.ExcessBlobGas;
        ParentBeaconBlockRoot = other.ParentBeaconBlockRoot;
    }

    /// <summary>Hash of the parent block's header.</summary>
    public Hash256 ParentHash { get; init; }

    /// <summary>Hash of the RLP list of ommer headers (always the empty-list hash after the Merge).</summary>
    public Hash256 OmmersHash { get; init; } = Keccak256.OfEmptyList;

    /// <summary>The address that receives the tips and the block reward (the producing pool in UltronGlow).</summary>
    public Address Coinbase { get; init; }

    /// <summary>Root of the state trie after this block.</summary>
    public Hash256 StateRoot { get; init; }

    /// <summary>Root of the trie of this block's transactions.</summary>
    public Hash256 TransactionsRoot { get; init; } = Keccak256.OfEmptyString;

    /// <summary>Root of the trie of this block's receipts.</summary>
    public Hash256 ReceiptsRoot { get; init; } = Keccak256.OfEmptyString;

    /// <summary>The union of the receipts' log blooms.</summary>
    public Bloom Bloom { get; init; }

    /// <summary>Proof-of-work difficulty; zero from the Merge on.</summary>
    public UInt256 Difficulty { get; init; }

    /// <summary>Block number (genesis is 0).</summary>
    public ulong Number { get; init; }

    /// <summary>Gas limit of the block.</summary>
    public ulong GasLimit { get; init; }

    /// <summary>Gas used by the block's transactions.</summary>
    public ulong GasUsed { get; init; }

    /// <summary>Seconds since the Unix epoch, as the producer set it.</summary>
    public ulong Timestamp { get; init; }

    /// <summary>Up to 32 bytes in Ethereum; in UltronGlow RLP(GlowExtra) followed by the 65-byte seal (protocol.md §2).</summary>
    public ReadOnlyMemory<byte> ExtraData { get; init; } = ReadOnlyMemory<byte>.Empty;

    /// <summary>Proof-of-work mix hash before the Merge; the randomness (PREVRANDAO) after it.</summary>
    public Hash256 MixHash { get; init; }

    /// <summary>The 8-byte proof-of-work nonce, read as a big-endian number; zero after the Merge.</summary>
    public ulong Nonce { get; init; }

    /// <summary>EIP-1559 base fee per gas (London on).</summary>
    public UInt256? BaseFeePerGas { get; init; }

    /// <summary>EIP-4895 withdrawals root (Shanghai on).</summary>
    public Hash256? WithdrawalsRoot { get; init; }

    /// <summary>EIP-4844 blob gas used by the block (Cancun on).</summary>
    public ulong? BlobGasUsed { get; init; }

    /// <summary>EIP-4844 excess blob gas carried over from the parent (Cancun on).</summary>
    public ulong? ExcessBlobGas { get; init; }

    /// <summary>EIP-4788 root of the parent beacon block (Cancun on; zero in UltronGlow).</summary>
    public Hash256? ParentBeaconBlockRoot { get; init; }

    /// <summary>Keccak-256 of the header's RLP encoding: the block hash.</summary>
    public Hash256 Hash => _hash ??= Keccak256.Compute(BlockHeaderCodec.Encode(this));

    /// <summary>Lets the decoder record the hash of the bytes it decoded, sparing a re-encoding.</summary>
    internal void SetHash(in Hash256 hash) => _hash = hash;
}
