namespace Glow.Core.Encoding;

/// <summary>Hexadecimal text as Ethereum writes it: lowercase, two digits per byte, optional <c>0x</c> prefix.</summary>
public static class Hex
{
    /// <summary>Lowercase hex of <paramref name="bytes"/>, with <c>0x</c> in front unless <paramref name="prefix"/> is false.</summary>
    public static string Encode(ReadOnlySpan<byte> bytes, bool prefix = true) =>
        prefix ? string.Concat("0x", Convert.ToHexStringLower(bytes)) : Convert.ToHexStringLower(bytes);

    /// <summary>
    /// Decodes hex text with or without a <c>0x</c> prefix, in either case. An odd number of digits is
    /// rejected: data must have two digits per byte (rpc.md, encoding rule 1).
    /// </summary>
    /// <exception cref="FormatException">The text is not an even number of hex digits.</exception>
    public static byte[] Decode(ReadOnlySpan<char> text) =>
        TryDecode(text, out var bytes) ? bytes : throw new FormatException($"Invalid hex data: \"{Shorten(text)}\"");

    /// <summary>Decodes hex text with or without a <c>0x</c> prefix; false for odd length or a non-hex digit.</summary>
    public static bool TryDecode(ReadOnlySpan<char> text, out byte[] bytes)
    {
        text = StripPrefix(text);
        if (text.Length % 2 != 0)
        {
            bytes = [];
            return false;
        }

        bytes = new byte[text.Length / 2];
        if (Convert.FromHexString(text, bytes, out _, out _) != System.Buffers.OperationStatus.Done)
        {
            bytes = [];
            return false;
        }

        return true;
    }

    /// <summary>Decodes exactly <c>destination.Length</c> bytes of hex (prefix optional) into <paramref name="destination"/>.</summary>
    public static bool TryDecode(ReadOnlySpan<char> text, Span<byte> destination)
    {
        text = StripPrefix(text);
        return text.Length == destination.Length * 2
            && Convert.FromHexString(text, destination, out _, out _) == System.Buffers.OperationStatus.Done;
    }

    /// <summary>The text without a leading <c>0x</c> or <c>0X</c>.</summary>
    public static ReadOnlySpan<char> StripPrefix(ReadOnlySpan<char> text) =>
        text.Length >= 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X') ? text[2..] : text;

    private static string Shorten(ReadOnlySpan<char> text) =>
        text.Length <= 80 ? text.ToString() : string.Concat(text[..77], "...");
}
