using Glow.Core;
using Glow.Core.Numerics;
using Glow.Core.Transactions;

namespace Glow.Node.Api;

/// <summary>
/// A transaction to simulate (<c>eth_call</c>, <c>eth_estimateGas</c>, <c>eth_createAccessList</c>, <c>debug_traceCall</c>):
/// every field optional, as the execution-apis <c>GenericTransaction</c>.
/// </summary>
public sealed record CallRequest
{
    /// <summary>The sender; the zero address when absent.</summary>
    public Address? From { get; init; }

    /// <summary>The recipient; a contract creation when absent.</summary>
    public Address? To { get; init; }

    /// <summary>The gas limit; the block's gas limit (or the node's cap) when absent.</summary>
    public ulong? Gas { get; init; }

    /// <summary>A legacy gas price.</summary>
    public UInt256? GasPrice { get; init; }

    /// <summary>The EIP-1559 fee cap.</summary>
    public UInt256? MaxFeePerGas { get; init; }

    /// <summary>The EIP-1559 tip cap.</summary>
    public UInt256? MaxPriorityFeePerGas { get; init; }

    /// <summary>The value sent.</summary>
    public UInt256? Value { get; init; }

    /// <summary>The input (<c>input</c> or <c>data</c>).</summary>
    public ReadOnlyMemory<byte> Input { get; init; }

    /// <summary>The nonce (checked only when given? never: simulations skip the nonce check, as geth does).</summary>
    public ulong? Nonce { get; init; }

    /// <summary>An EIP-2930 access list.</summary>
    public IReadOnlyList<AccessListEntry>? AccessList { get; init; }

    /// <summary>True when any fee field is set (otherwise the call runs with gas price 0 and base fee 0, as geth's eth_call).</summary>
    public bool HasFees => GasPrice is not null || MaxFeePerGas is not null || MaxPriorityFeePerGas is not null;
}
