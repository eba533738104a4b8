namespace Glow.Core.Blocks;

/// <summary>An event emitted by LOG0–LOG4: the emitting contract, up to four topics, and data.</summary>
/// <param name="Address">The contract that emitted the log.</param>
/// <param name="Topics">Zero to four 32-byte topics.</param>
/// <param name="Data">The unindexed data.</param>
public sealed record Log(Address Address, IReadOnlyList<Hash256> Topics, ReadOnlyMemory<byte> Data)
{
    /// <summary>Equal when address, topics and data are equal byte for byte.</summary>
    public bool Equals(Log? other) =>
        other is not null && Address == other.Address && Topics.SequenceEqual(other.Topics) && Data.Span.SequenceEqual(other.Data.Span);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Address, Topics.Count, Data.Length);
}
