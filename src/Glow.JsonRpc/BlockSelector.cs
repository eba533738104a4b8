using Glow.Core;

namespace Glow.JsonRpc;

/// <summary>
/// A block parameter: a tag (<c>latest</c>, <c>pending</c>, <c>earliest</c>, <c>safe</c>, <c>finalized</c>), a number,
/// or an EIP-1898 object (<c>{"blockHash", "requireCanonical"}</c> or <c>{"blockNumber"}</c>). The default is
/// <c>latest</c>.
/// </summary>
public readonly struct BlockSelector : IEquatable<BlockSelector>
{
    private readonly Hash256 _hash;

    private BlockSelector(BlockSelectorKind kind, ulong number, in Hash256 hash, bool requireCanonical)
    {
        Kind = kind;
        Number = number;
        _hash = hash;
        RequireCanonical = requireCanonical;
    }

    /// <summary>Which block this names.</summary>
    public BlockSelectorKind Kind { get; }

    /// <summary>The block number when <see cref="Kind"/> is <see cref="BlockSelectorKind.Number"/> (0 for <c>earliest</c>).</summary>
    public ulong Number { get; }

    /// <summary>The block hash when <see cref="Kind"/> is <see cref="BlockSelectorKind.Hash"/>.</summary>
    public Hash256 Hash => _hash;

    /// <summary>EIP-1898: with a hash, the block must be on the canonical chain.</summary>
    public bool RequireCanonical { get; }

    /// <summary><c>latest</c>.</summary>
    public static BlockSelector Latest => default;

    /// <summary><c>pending</c>.</summary>
    public static BlockSelector Pending => new(BlockSelectorKind.Pending, 0, default, false);

    /// <summary><c>earliest</c>.</summary>
    public static BlockSelector Earliest => new(BlockSelectorKind.Earliest, 0, default, false);

    /// <summary><c>safe</c>.</summary>
    public static BlockSelector Safe => new(BlockSelectorKind.Safe, 0, default, false);

    /// <summary><c>finalized</c>.</summary>
    public static BlockSelector Finalized => new(BlockSelectorKind.Finalized, 0, default, false);

    /// <summary>Block number <paramref name="number"/>.</summary>
    public static BlockSelector ByNumber(ulong number) => new(BlockSelectorKind.Number, number, default, false);

    /// <summary>Block <paramref name="hash"/> (EIP-1898), canonical or not as <paramref name="requireCanonical"/> says.</summary>
    public static BlockSelector ByHash(in Hash256 hash, bool requireCanonical = false) =>
        new(BlockSelectorKind.Hash, 0, hash, requireCanonical);

    /// <inheritdoc />
    public bool Equals(BlockSelector other) =>
        Kind == other.Kind && Number == other.Number && _hash == other._hash && RequireCanonical == other.RequireCanonical;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is BlockSelector other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Number, _hash, RequireCanonical);

    /// <summary>The tag, the number in hex, or the hash (with <c>(canonical)</c> when required).</summary>
    public override string ToString() => Kind switch
    {
        BlockSelectorKind.Latest => "latest",
        BlockSelectorKind.Pending => "pending",
        BlockSelectorKind.Earliest => "earliest",
        BlockSelectorKind.Safe => "safe",
        BlockSelectorKind.Finalized => "finalized",
        BlockSelectorKind.Number => "0x" + Number.ToString("x", System.Globalization.CultureInfo.InvariantCulture),
        _ => RequireCanonical ? $"{_hash} (canonical)" : _hash.ToString(),
    };

    /// <summary>Equality.</summary>
    public static bool operator ==(BlockSelector left, BlockSelector right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(BlockSelector left, BlockSelector right) => !left.Equals(right);
}
