namespace Glow.State.Db;

/// <summary>Orders byte arrays as unsigned bytes, lexicographically (shorter first on a common prefix): the order of every table.</summary>
public sealed class ByteKeyComparer : IComparer<byte[]>
{
    /// <summary>The one instance.</summary>
    public static ByteKeyComparer Instance { get; } = new();

    /// <inheritdoc />
    public int Compare(byte[]? x, byte[]? y) => x.AsSpan().SequenceCompareTo(y);
}
