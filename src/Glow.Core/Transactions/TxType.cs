namespace Glow.Core.Transactions;

/// <summary>The EIP-2718 transaction type: the first byte of a typed transaction's envelope.</summary>
public enum TxType : byte
{
    /// <summary>The original RLP list, with or without EIP-155 replay protection.</summary>
    Legacy = 0,

    /// <summary>EIP-2930: an access list and an explicit chain id.</summary>
    AccessList = 1,

    /// <summary>EIP-1559: max fee and max priority fee per gas.</summary>
    DynamicFee = 2,

    /// <summary>EIP-4844: blob-carrying transactions (not accepted into UltronGlow blocks, protocol.md §2).</summary>
    Blob = 3,

    /// <summary>EIP-7702: set-code transactions (Prague; decoded so that they can be rejected with a clear reason under Cancun).</summary>
    SetCode = 4,
}
