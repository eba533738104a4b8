using Glow.Core;

namespace Glow.Node.Api;

/// <summary>A block as a request names it: a tag, a number, or a hash (EIP-1898).</summary>
/// <param name="Kind">Which form.</param>
/// <param name="Number">The number, for <see cref="BlockTagKind.Number"/>.</param>
/// <param name="Hash">The hash, for <see cref="BlockTagKind.Hash"/>.</param>
/// <param name="RequireCanonical">For a hash: the block must be canonical (EIP-1898 <c>requireCanonical</c>).</param>
public readonly record struct BlockTag(BlockTagKind Kind, ulong Number = 0, Hash256 Hash = default, bool RequireCanonical = false)
{
    /// <summary>The head.</summary>
    public static BlockTag Latest => new(BlockTagKind.Latest);

    /// <summary>The pending block.</summary>
    public static BlockTag Pending => new(BlockTagKind.Pending);

    /// <summary>Genesis.</summary>
    public static BlockTag Earliest => new(BlockTagKind.Earliest);

    /// <summary>The safe block.</summary>
    public static BlockTag Safe => new(BlockTagKind.Safe);

    /// <summary>The finalized block.</summary>
    public static BlockTag Finalized => new(BlockTagKind.Finalized);

    /// <summary>The canonical block <paramref name="number"/>.</summary>
    public static BlockTag OfNumber(ulong number) => new(BlockTagKind.Number, number);

    /// <summary>The block <paramref name="hash"/>.</summary>
    public static BlockTag OfHash(in Hash256 hash, bool requireCanonical = false) => new(BlockTagKind.Hash, Hash: hash, RequireCanonical: requireCanonical);

    /// <inheritdoc />
    public override string ToString() => Kind switch
    {
        BlockTagKind.Number => $"0x{Number:x}",
        BlockTagKind.Hash => Hash.ToString(),
        _ => Kind.ToString().ToLowerInvariant(),
    };
}
