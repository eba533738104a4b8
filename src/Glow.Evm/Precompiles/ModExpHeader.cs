using System.Buffers.Binary;

namespace Glow.Evm.Precompiles;

/// <summary>
/// The three lengths that open a modexp input (EIP-198), each a 32-byte big-endian word. Values of 2^96 or more
/// read as <see cref="Saturated"/>: they price far beyond <see cref="long.MaxValue"/>, so their exact size never
/// matters, while everything below is exact.
/// </summary>
internal readonly record struct ModExpHeader(UInt128 BaseLength, UInt128 ExponentLength, UInt128 ModulusLength)
{
    /// <summary>The value standing for any length of 2^96 or more.</summary>
    public static readonly UInt128 Saturated = UInt128.MaxValue;

    /// <summary>Reads the header from the first 96 bytes of input (zero-padded).</summary>
    public static ModExpHeader Read(ReadOnlySpan<byte> input)
    {
        Span<byte> words = stackalloc byte[96];
        PrecompileInput.CopyPadded(input, 0, words);
        return new ModExpHeader(ReadLength(words[..32]), ReadLength(words.Slice(32, 32)), ReadLength(words.Slice(64, 32)));
    }

    private static UInt128 ReadLength(ReadOnlySpan<byte> word) =>
        word[..20].ContainsAnyExcept((byte)0) ? Saturated : BinaryPrimitives.ReadUInt128BigEndian(word[16..]);
}
