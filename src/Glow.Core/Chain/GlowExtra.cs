namespace Glow.Core.Chain;

/// <summary>
/// The consensus fields an UltronGlow header carries in its <c>extraData</c>, before the producer's seal
/// (protocol.md §2 and §5): <c>[version, cycle, randomCommit, randomReveal, lastCommit, evidence]</c>, encoded by
/// <see cref="GlowExtraCodec"/>. Dev mode fills only the version and the cycle.
/// </summary>
public sealed record GlowExtra
{
    /// <summary>The only version defined so far.</summary>
    public const byte CurrentVersion = 1;

    /// <summary>The layout version; a decoder rejects any it does not know.</summary>
    public byte Version { get; init; } = CurrentVersion;

    /// <summary>The cycle the block belongs to (protocol.md §5.2).</summary>
    public ulong Cycle { get; init; }

    /// <summary>The proposer's commitment to its next beacon secret (protocol.md §5.4); zero when absent.</summary>
    public Hash256 RandomCommit { get; init; }

    /// <summary>The proposer's revealed beacon secret (protocol.md §5.4); zero when absent.</summary>
    public Hash256 RandomReveal { get; init; }

    /// <summary>
    /// The precommits that finalised the parent (protocol.md §5.3), as opaque bytes until their format is defined;
    /// empty when absent. Carried in the RLP as one byte string.
    /// </summary>
    public ReadOnlyMemory<byte> LastCommit { get; init; } = ReadOnlyMemory<byte>.Empty;

    /// <summary>Double-signing evidence (protocol.md §5.5), each piece opaque bytes for now; carried as a list of byte strings.</summary>
    public IReadOnlyList<ReadOnlyMemory<byte>> Evidence { get; init; } = [];

    /// <summary>Field-by-field equality, comparing the bytes of <see cref="LastCommit"/> and of each piece of <see cref="Evidence"/>.</summary>
    public bool Equals(GlowExtra? other)
    {
        if (other is null)
        {
            return false;
        }

        if (Version != other.Version || Cycle != other.Cycle || RandomCommit != other.RandomCommit
            || RandomReveal != other.RandomReveal || !LastCommit.Span.SequenceEqual(other.LastCommit.Span)
            || Evidence.Count != other.Evidence.Count)
        {
            return false;
        }

        for (var i = 0; i < Evidence.Count; i++)
        {
            if (!Evidence[i].Span.SequenceEqual(other.Evidence[i].Span))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A hash of the scalar fields and the lengths of the byte fields, consistent with <see cref="Equals(GlowExtra?)"/>.</summary>
    public override int GetHashCode() => HashCode.Combine(Version, Cycle, RandomCommit, RandomReveal, LastCommit.Length, Evidence.Count);
}
