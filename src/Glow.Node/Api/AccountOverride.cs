using Glow.Core.Numerics;

namespace Glow.Node.Api;

/// <summary>
/// A change to one account for the duration of a call (<c>eth_call</c>'s state override set): balance, nonce, code,
/// and either the whole storage (<see cref="State"/>) or some slots (<see cref="StateDiff"/>).
/// </summary>
public sealed record AccountOverride
{
    /// <summary>The balance to use.</summary>
    public UInt256? Balance { get; init; }

    /// <summary>The nonce to use.</summary>
    public ulong? Nonce { get; init; }

    /// <summary>The code to use.</summary>
    public ReadOnlyMemory<byte>? Code { get; init; }

    /// <summary>The complete storage: every other slot reads zero.</summary>
    public IReadOnlyDictionary<UInt256, UInt256>? State { get; init; }

    /// <summary>Slots to change; the others keep their values.</summary>
    public IReadOnlyDictionary<UInt256, UInt256>? StateDiff { get; init; }
}
