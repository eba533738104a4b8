using System.Runtime.CompilerServices;
using Glow.Core.Numerics;

namespace Glow.Core.Transactions;

/// <summary>
/// A signed transaction of any type. Immutable; fields that a type does not have keep their defaults
/// (a legacy transaction's <see cref="MaxFeePerGas"/> and <see cref="MaxPriorityFeePerGas"/> read as its gas price).
/// <see cref="Hash"/> and the sender are computed once and cached.
/// </summary>
public sealed partial class Transaction
{
    // The caches are published as references (StrongBox) so that threads reading one transaction at the same time
    // never see a half-written 32-byte hash or 20-byte address: a reference write is atomic, a struct's is not.
    private StrongBox<Hash256>? _hash;
    private StrongBox<Address>? _sender;

    /// <summary>The EIP-2718 type.</summary>
    public TxType Type { get; init; }

    /// <summary>
    /// The chain id the signature commits to: explicit in typed transactions, derived from v for EIP-155
    /// legacy transactions, and null for unprotected legacy ones.
    /// </summary>
    public UInt256? ChainId { get; init; }

    /// <summary>The sender's nonce.</summary>
    public ulong Nonce { get; init; }

    /// <summary>The gas price of legacy and access-list transactions.</summary>
    public UInt256 GasPrice { get; init; }

    /// <summary>EIP-1559 max priority fee per gas (the tip); a legacy transaction's gas price.</summary>
    public UInt256 MaxPriorityFeePerGas
    {
        get => Type >= TxType.DynamicFee ? _maxPriorityFeePerGas : GasPrice;
        init => _maxPriorityFeePerGas = value;
    }

    /// <summary>EIP-1559 max fee per gas; a legacy transaction's gas price.</summary>
    public UInt256 MaxFeePerGas
    {
        get => Type >= TxType.DynamicFee ? _maxFeePerGas : GasPrice;
        init => _maxFeePerGas = value;
    }

    /// <summary>The gas limit.</summary>
    public ulong GasLimit { get; init; }

    /// <summary>The recipient, or null for a contract creation.</summary>
    public Address? To { get; init; }

    /// <summary>Wei transferred to the recipient or endowed to the new contract.</summary>
    public UInt256 Value { get; init; }

    /// <summary>Call data, or init code for a contract creation.</summary>
    public ReadOnlyMemory<byte> Data { get; init; } = ReadOnlyMemory<byte>.Empty;

    /// <summary>EIP-2930 access list (empty for legacy transactions).</summary>
    public IReadOnlyList<AccessListEntry> AccessList { get; init; } = [];

    /// <summary>EIP-4844 max fee per blob gas.</summary>
    public UInt256 MaxFeePerBlobGas { get; init; }

    /// <summary>EIP-4844 versioned hashes of the blobs.</summary>
    public IReadOnlyList<Hash256> BlobVersionedHashes { get; init; } = [];

    /// <summary>EIP-7702 authorization list.</summary>
    public IReadOnlyList<AuthorizationTuple> AuthorizationList { get; init; } = [];

    /// <summary>Signature v as encoded: 27/28 or 35 + 2·chainId + parity for legacy, the y parity (0/1) for typed transactions.</summary>
    public UInt256 V { get; init; }

    /// <summary>Signature r.</summary>
    public UInt256 R { get; init; }

    /// <summary>Signature s.</summary>
    public UInt256 S { get; init; }

    /// <summary>True when the transaction creates a contract.</summary>
    public bool IsContractCreation => To is null;

    /// <summary>Keccak-256 of the canonical encoding (the envelope for typed transactions).</summary>
    public Hash256 Hash
    {
        get
        {
            if (Volatile.Read(ref _hash) is { } cached)
            {
                return cached.Value;
            }

            var hash = Crypto.Keccak256.Compute(TransactionEncoder.Encode(this));
            Volatile.Write(ref _hash, new StrongBox<Hash256>(hash));
            return hash;
        }
    }

    /// <summary>
    /// The parity of the signature's R point (0 or 1) taken from v, or −1 when v is not a valid value
    /// for the transaction's type.
    /// </summary>
    public int RecoveryId
    {
        get
        {
            if (Type != TxType.Legacy)
            {
                return V.IsUInt64 && V.U0 <= 1 ? (int)V.U0 : -1;
            }

            if (V == 27 || V == 28)
            {
                return (int)(V.U0 - 27);
            }

            return V >= 35 ? (int)((V - 35).U0 & 1) : -1;
        }
    }

    /// <summary>The price per gas actually paid under <paramref name="baseFee"/>: min(max fee, base fee + max priority fee).</summary>
    public UInt256 EffectiveGasPrice(in UInt256 baseFee)
    {
        var fee = MaxFeePerGas;
        if (UInt256.AddOverflow(baseFee, MaxPriorityFeePerGas, out var offered) || offered > fee)
        {
            return fee;
        }

        return offered;
    }

    /// <summary>Lets the decoder record the hash of the bytes it decoded, sparing a re-encoding.</summary>
    internal void SetHash(in Hash256 hash) => Volatile.Write(ref _hash, new StrongBox<Hash256>(hash));

    private readonly UInt256 _maxPriorityFeePerGas;
    private readonly UInt256 _maxFeePerGas;
}
