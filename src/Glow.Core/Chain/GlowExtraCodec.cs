using System.Diagnostics.CodeAnalysis;
using Glow.Core.Rlp;

namespace Glow.Core.Chain;

/// <summary>
/// RLP of <see cref="GlowExtra"/> (protocol.md §2): the list <c>[version, cycle, randomCommit, randomReveal, lastCommit,
/// evidence]</c> where version and cycle are integers, randomCommit and randomReveal are 32-byte strings or the empty
/// string when zero (absent), lastCommit is one byte string (empty when absent) and evidence is a list of byte strings.
/// Each value has exactly one encoding: the decoder rejects a zero hash written out in 32 bytes, as it rejects every
/// other non-canonical form.
/// </summary>
public static class GlowExtraCodec
{
    /// <summary>The encoding of <paramref name="extra"/>.</summary>
    /// <exception cref="ArgumentException">The version is not one this codec knows.</exception>
    public static byte[] Encode(GlowExtra extra)
    {
        ArgumentNullException.ThrowIfNull(extra);
        if (extra.Version != GlowExtra.CurrentVersion)
        {
            throw new ArgumentException($"GlowExtra version {extra.Version} is unknown; this node writes version {GlowExtra.CurrentVersion}.", nameof(extra));
        }

        var evidenceContent = 0;
        foreach (var piece in extra.Evidence)
        {
            evidenceContent += RlpEncoding.LengthOf(piece.Span);
        }

        var content = RlpEncoding.LengthOf(extra.Version) + RlpEncoding.LengthOf(extra.Cycle)
            + OptionalHashLength(extra.RandomCommit) + OptionalHashLength(extra.RandomReveal)
            + RlpEncoding.LengthOf(extra.LastCommit.Span) + RlpEncoding.LengthOfList(evidenceContent);
        var buffer = new byte[RlpEncoding.LengthOfList(content)];
        var writer = new RlpWriter(buffer);
        writer.WriteListHeader(content);
        writer.WriteUInt64(extra.Version);
        writer.WriteUInt64(extra.Cycle);
        WriteOptionalHash(ref writer, extra.RandomCommit);
        WriteOptionalHash(ref writer, extra.RandomReveal);
        writer.WriteBytes(extra.LastCommit.Span);
        writer.WriteListHeader(evidenceContent);
        foreach (var piece in extra.Evidence)
        {
            writer.WriteBytes(piece.Span);
        }

        return buffer;
    }

    /// <summary>Decodes exactly <paramref name="encoded"/>: one GlowExtra list and nothing after it.</summary>
    /// <exception cref="FormatException">
    /// The bytes are not a GlowExtra: not RLP, not a list, an unknown version, a field of the wrong kind or length, a
    /// missing or extra item, or bytes after the list. The message names the field.
    /// </exception>
    public static GlowExtra Decode(ReadOnlySpan<byte> encoded) =>
        TryDecode(encoded, out var extra, out var error) ? extra : throw new FormatException(error);

    /// <summary>Decodes as <see cref="Decode"/> does, returning false and the reason instead of throwing.</summary>
    public static bool TryDecode(ReadOnlySpan<byte> encoded, [NotNullWhen(true)] out GlowExtra? extra, [NotNullWhen(false)] out string? error)
    {
        extra = null;
        var field = "the list";
        try
        {
            var outer = new RlpReader(encoded);
            var fields = outer.ReadList();
            field = "version";
            var version = fields.ReadUInt64();
            if (version != GlowExtra.CurrentVersion)
            {
                // A later version may lay its fields out differently: nothing after the version is read.
                error = $"GlowExtra: unknown version {version} (this node knows version {GlowExtra.CurrentVersion})";
                return false;
            }

            field = "cycle";
            var cycle = fields.ReadUInt64();
            field = "randomCommit";
            if (!TryReadOptionalHash(ref fields, out var randomCommit, out error))
            {
                error = $"GlowExtra field {field}: {error}";
                return false;
            }

            field = "randomReveal";
            if (!TryReadOptionalHash(ref fields, out var randomReveal, out error))
            {
                error = $"GlowExtra field {field}: {error}";
                return false;
            }

            field = "lastCommit";
            var lastCommit = fields.ReadBytes().ToArray();
            field = "evidence";
            var evidenceList = fields.ReadList();
            var evidence = new List<ReadOnlyMemory<byte>>();
            while (!evidenceList.IsAtEnd)
            {
                evidence.Add(evidenceList.ReadBytes().ToArray());
            }

            field = "the list (items after evidence)";
            fields.EnsureAtEnd();
            field = "the input (bytes after the list)";
            outer.EnsureAtEnd();
            extra = new GlowExtra
            {
                Version = (byte)version,
                Cycle = cycle,
                RandomCommit = randomCommit,
                RandomReveal = randomReveal,
                LastCommit = lastCommit,
                Evidence = evidence,
            };
            error = null;
            return true;
        }
        catch (RlpException e)
        {
            error = $"GlowExtra field {field}: {e.Message}";
            return false;
        }
    }

    private static int OptionalHashLength(in Hash256 hash) => hash.IsZero ? 1 : RlpEncoding.HashLength;

    private static void WriteOptionalHash(ref RlpWriter writer, in Hash256 hash)
    {
        if (hash.IsZero)
        {
            writer.WriteBytes([]);
        }
        else
        {
            writer.WriteBytes(hash.Bytes);
        }
    }

    private static bool TryReadOptionalHash(ref RlpReader reader, out Hash256 hash, [NotNullWhen(false)] out string? error)
    {
        hash = default;
        var bytes = reader.ReadBytes();
        if (bytes.Length == 0)
        {
            error = null;
            return true;
        }

        if (bytes.Length != Hash256.Size)
        {
            error = $"expected 32 bytes, or none when absent, got {bytes.Length} bytes";
            return false;
        }

        hash = new Hash256(bytes);
        if (hash.IsZero)
        {
            error = "a zero hash is written as the empty string, not as 32 zero bytes";
            return false;
        }

        error = null;
        return true;
    }
}
