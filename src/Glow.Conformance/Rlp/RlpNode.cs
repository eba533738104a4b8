using System.Text;
using Glow.Core.Encoding;
using Glow.Core.Rlp;

namespace Glow.Conformance.Rlp;

/// <summary>
/// An RLP structure held as a tree (a byte array or a list of nodes), for the conformance runner: built from a
/// test's <c>in</c> value or decoded from its <c>out</c> bytes, then encoded, compared and printed.
/// </summary>
internal sealed class RlpNode
{
    /// <summary>Deepest nesting decoded; beyond it a decode reports an error instead of exhausting the stack.</summary>
    public const int MaxDepth = 1024;

    private readonly byte[]? _bytes;
    private readonly RlpNode[]? _items;
    private readonly int _contentLength;

    private RlpNode(byte[]? bytes, RlpNode[]? items, bool isInteger)
    {
        _bytes = bytes;
        _items = items;
        IsInteger = isInteger;
        if (bytes is not null)
        {
            EncodedLength = RlpEncoding.LengthOf(bytes);
            return;
        }

        foreach (var item in items!)
        {
            _contentLength += item.EncodedLength;
        }

        EncodedLength = RlpEncoding.LengthOfList(_contentLength);
    }

    /// <summary>True for a byte array that the test gave as a number (its bytes are BE without leading zeros).</summary>
    public bool IsInteger { get; }

    /// <summary>The size of this node's RLP encoding.</summary>
    public int EncodedLength { get; }

    /// <summary>A byte array.</summary>
    public static RlpNode FromBytes(byte[] bytes) => new(bytes, null, isInteger: false);

    /// <summary>An integer given as BE bytes without leading zeros (empty for zero).</summary>
    public static RlpNode FromInteger(byte[] bigEndian) => new(bigEndian, null, isInteger: true);

    /// <summary>A list.</summary>
    public static RlpNode FromItems(RlpNode[] items) => new(null, items, isInteger: false);

    /// <summary>
    /// Decodes <paramref name="encoded"/> as exactly one item, strictly: every header canonical, every list's
    /// items filling it exactly, nothing after the item.
    /// </summary>
    /// <exception cref="RlpException">The input is not canonical RLP of one item.</exception>
    /// <exception cref="InvalidDataException">The input nests deeper than <see cref="MaxDepth"/>.</exception>
    public static RlpNode Decode(ReadOnlySpan<byte> encoded)
    {
        var reader = new RlpReader(encoded);
        var node = Decode(ref reader, depth: 0);
        reader.EnsureAtEnd();
        return node;
    }

    /// <summary>This node's RLP, written with <see cref="RlpWriter"/> into a buffer sized up front.</summary>
    public byte[] EncodeWithWriter()
    {
        var buffer = new byte[EncodedLength];
        var writer = new RlpWriter(buffer);
        Write(ref writer);
        return writer.Position == buffer.Length
            ? buffer
            : throw new InvalidOperationException($"writer filled {writer.Position} of {buffer.Length} bytes");
    }

    /// <summary>This node's RLP, built with <see cref="RlpBuilder"/>.</summary>
    public byte[] EncodeWithBuilder()
    {
        var builder = new RlpBuilder();
        Build(builder);
        return builder.ToArray();
    }

    /// <summary>
    /// Reads <paramref name="encoded"/> as this node's shape with the typed reader calls a decoder would use
    /// (integers through <see cref="RlpReader.ReadUInt64"/> or <see cref="RlpReader.ReadIntegerBytes"/>), and
    /// returns what differs, or null when everything matches.
    /// </summary>
    /// <exception cref="RlpException">The input is not canonical for that shape.</exception>
    public string? CheckTypedRead(ReadOnlySpan<byte> encoded)
    {
        var reader = new RlpReader(encoded);
        var mismatch = CheckTypedRead(ref reader);
        reader.EnsureAtEnd();
        return mismatch;
    }

    /// <summary>True when both are the same byte array or lists of equal items (integer or not).</summary>
    public bool SameStructure(RlpNode other)
    {
        if (_bytes is not null)
        {
            return other._bytes is not null && _bytes.AsSpan().SequenceEqual(other._bytes);
        }

        if (other._items is null || other._items.Length != _items!.Length)
        {
            return false;
        }

        for (var i = 0; i < _items.Length; i++)
        {
            if (!_items[i].SameStructure(other._items[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The tree as JSON-like text: byte arrays as <c>0x…</c>, lists in brackets (long arrays shortened).</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        Describe(text);
        return text.ToString();
    }

    private static RlpNode Decode(ref RlpReader reader, int depth)
    {
        if (!reader.PeekIsList())
        {
            return FromBytes(reader.ReadBytes().ToArray());
        }

        if (depth >= MaxDepth)
        {
            throw new InvalidDataException($"RLP nests deeper than {MaxDepth} lists");
        }

        var list = reader.ReadList();
        var items = new List<RlpNode>();
        while (!list.IsAtEnd)
        {
            items.Add(Decode(ref list, depth + 1));
        }

        return FromItems([.. items]);
    }

    private void Write(ref RlpWriter writer)
    {
        if (_bytes is not null)
        {
            writer.WriteBytes(_bytes);
            return;
        }

        writer.WriteListHeader(_contentLength);
        foreach (var item in _items!)
        {
            item.Write(ref writer);
        }
    }

    private void Build(RlpBuilder builder)
    {
        if (_bytes is not null)
        {
            _ = IsInteger ? builder.AddInteger(_bytes) : builder.AddBytes(_bytes);
            return;
        }

        builder.StartList();
        foreach (var item in _items!)
        {
            item.Build(builder);
        }

        builder.EndList();
    }

    private string? CheckTypedRead(ref RlpReader reader)
    {
        if (_items is not null)
        {
            var list = reader.ReadList();
            foreach (var item in _items)
            {
                var mismatch = item.CheckTypedRead(ref list);
                if (mismatch is not null)
                {
                    return mismatch;
                }
            }

            list.EnsureAtEnd();
            return null;
        }

        if (IsInteger && _bytes!.Length <= sizeof(ulong))
        {
            var expected = 0UL;
            foreach (var b in _bytes)
            {
                expected = (expected << 8) | b;
            }

            var actual = reader.ReadUInt64();
            return actual == expected ? null : $"ReadUInt64 gave {actual}, expected {expected}";
        }

        var read = IsInteger ? reader.ReadIntegerBytes(int.MaxValue) : reader.ReadBytes();
        return read.SequenceEqual(_bytes)
            ? null
            : $"{(IsInteger ? "ReadIntegerBytes" : "ReadBytes")} gave {Shorten(read)}, expected {Shorten(_bytes)}";
    }

    private void Describe(StringBuilder text)
    {
        if (_bytes is not null)
        {
            text.Append(Shorten(_bytes));
            return;
        }

        text.Append('[');
        for (var i = 0; i < _items!.Length; i++)
        {
            if (i > 0)
            {
                text.Append(", ");
            }

            _items[i].Describe(text);
        }

        text.Append(']');
    }

    private static string Shorten(ReadOnlySpan<byte> bytes) =>
        bytes.Length <= 32 ? Hex.Encode(bytes) : $"{Hex.Encode(bytes[..32])}…({bytes.Length} bytes)";
}
