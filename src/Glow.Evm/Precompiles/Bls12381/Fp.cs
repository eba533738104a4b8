using System.Buffers.Binary;
using System.Globalization;
using System.Runtime.CompilerServices;
using Glow.Core.Crypto;

namespace Glow.Evm.Precompiles.Bls12381;

/// <summary>
/// An element of the BLS12-381 base field GF(p), p = 0x1a0111ea…ffffaaab (381 bits), held in Montgomery form
/// (the limbs store a·2^384 mod p) as six little-endian 64-bit limbs, always fully reduced to [0, p), so
/// equal values have equal limbs.
/// </summary>
[SkipLocalsInit] // The inlined limb arithmetic leaves many scratch slots; zeroing them on every call is pure overhead.
internal readonly partial struct Fp : IFieldElement<Fp>
{
    /// <summary>Size of the big-endian encoding (the ZCash format and the KZG specification use 48 bytes).</summary>
    public const int ByteLength = 48;

    // The modulus p, least significant limb first.
    private const ulong M0 = 0xB9FEFFFFFFFFAAABUL;
    private const ulong M1 = 0x1EABFFFEB153FFFFUL;
    private const ulong M2 = 0x6730D2A0F6B0F624UL;
    private const ulong M3 = 0x64774B84F38512BFUL;
    private const ulong M4 = 0x4B1BA7B6434BACD7UL;
    private const ulong M5 = 0x1A0111EA397FE69AUL;

    // −p⁻¹ mod 2^64, the Montgomery reduction factor.
    private const ulong N0 = 0x89F3FFFCFFFCFFFDUL;

    /// <summary>Least significant limb (Montgomery form).</summary>
    public readonly ulong L0;

    /// <summary>Limb 1.</summary>
    public readonly ulong L1;

    /// <summary>Limb 2.</summary>
    public readonly ulong L2;

    /// <summary>Limb 3.</summary>
    public readonly ulong L3;

    /// <summary>Limb 4.</summary>
    public readonly ulong L4;

    /// <summary>Most significant limb.</summary>
    public readonly ulong L5;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Fp(ulong l0, ulong l1, ulong l2, ulong l3, ulong l4, ulong l5)
    {
        L0 = l0;
        L1 = l1;
        L2 = l2;
        L3 = l3;
        L4 = l4;
        L5 = l5;
    }

    /// <summary>Zero.</summary>
    public static Fp Zero => default;

    /// <summary>One (2^384 mod p in Montgomery form).</summary>
    public static Fp One => new(
        0x760900000002FFFDUL, 0xEBF4000BC40C0002UL, 0x5F48985753C758BAUL,
        0x77CE585370525745UL, 0x5C071A97A256EC6DUL, 0x15F65EC3FA80E493UL);

    /// <summary>2^768 mod p: multiplying a plain integer by it enters Montgomery form.</summary>
    private static Fp R2 => new(
        0xF4DF1F341C341746UL, 0x0A76E6A609D104F1UL, 0x8DE5476C4C95B6D5UL,
        0x67EB88A9939D83C0UL, 0x9A793E85B519952DUL, 0x11988FE592CAE3AAUL);

    /// <summary>True for zero.</summary>
    public bool IsZero => (L0 | L1 | L2 | L3 | L4 | L5) == 0;

    /// <summary>The small integer <paramref name="value"/>.</summary>
    public static Fp FromUInt64(ulong value) => new Fp(value, 0, 0, 0, 0, 0) * R2;

    /// <summary>
    /// Reads a 48-byte big-endian integer. Returns false when it is not below p (a non-canonical encoding,
    /// which every caller parsing public data must reject).
    /// </summary>
    public static bool TryRead(ReadOnlySpan<byte> bigEndian48, out Fp value)
    {
        var raw = new Fp(
            BinaryPrimitives.ReadUInt64BigEndian(bigEndian48[40..]),
            BinaryPrimitives.ReadUInt64BigEndian(bigEndian48[32..]),
            BinaryPrimitives.ReadUInt64BigEndian(bigEndian48[24..]),
            BinaryPrimitives.ReadUInt64BigEndian(bigEndian48[16..]),
            BinaryPrimitives.ReadUInt64BigEndian(bigEndian48[8..]),
            BinaryPrimitives.ReadUInt64BigEndian(bigEndian48));
        if (!raw.IsBelowModulus())
        {
            value = default;
            return false;
        }

        value = raw * R2;
        return true;
    }

    /// <summary>Parses a big-endian hex integer below p (with or without <c>0x</c>); for constants and tests.</summary>
    public static Fp FromHex(string hex)
    {
        var digits = hex.StartsWith("0x", StringComparison.Ordinal) ? hex[2..] : hex;
        Span<byte> bytes = stackalloc byte[ByteLength];
        var padded = digits.PadLeft(ByteLength * 2, '0');
        for (var i = 0; i < ByteLength; i++)
        {
            bytes[i] = byte.Parse(padded.AsSpan(2 * i, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        }

        return TryRead(bytes, out var value) ? value : throw new ArgumentOutOfRangeException(nameof(hex), "Not below p.");
    }

    /// <summary>Writes the value as a 48-byte big-endian integer.</summary>
    public void Write(Span<byte> bigEndian48)
    {
        var c = FromMontgomery();
        BinaryPrimitives.WriteUInt64BigEndian(bigEndian48, c.L5);
        BinaryPrimitives.WriteUInt64BigEndian(bigEndian48[8..], c.L4);
        BinaryPrimitives.WriteUInt64BigEndian(bigEndian48[16..], c.L3);
        BinaryPrimitives.WriteUInt64BigEndian(bigEndian48[24..], c.L2);
        BinaryPrimitives.WriteUInt64BigEndian(bigEndian48[32..], c.L1);
        BinaryPrimitives.WriteUInt64BigEndian(bigEndian48[40..], c.L0);
    }

    /// <summary>
    /// True when the value, as an integer in [0, p), exceeds (p − 1)/2: the "sign" the ZCash point encoding stores
    /// in its third flag bit to choose between y and −y.
    /// </summary>
    public bool IsLexicographicallyLargest
    {
        get
        {
            // (p − 1)/2 + 1 ≤ c ⇔ c − ((p − 1)/2 + 1) does not borrow.
            var c = FromMontgomery();
            _ = Carry.Sub(c.L0, 0xDCFF7FFFFFFFD556UL, 0, out var b);
            _ = Carry.Sub(c.L1, 0x0F55FFFF58A9FFFFUL, b, out b);
            _ = Carry.Sub(c.L2, 0xB39869507B587B12UL, b, out b);
            _ = Carry.Sub(c.L3, 0xB23BA5C279C2895FUL, b, out b);
            _ = Carry.Sub(c.L4, 0x258DD3DB21A5D66BUL, b, out b);
            _ = Carry.Sub(c.L5, 0x0D0088F51CBFF34DUL, b, out b);
            return b == 0;
        }
    }

    /// <summary>True when both hold the same element.</summary>
    public bool Equals(Fp other) =>
        ((L0 ^ other.L0) | (L1 ^ other.L1) | (L2 ^ other.L2) | (L3 ^ other.L3) | (L4 ^ other.L4) | (L5 ^ other.L5)) == 0;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Fp other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(L0, L1, L5);

    /// <summary>Equality of elements.</summary>
    public static bool operator ==(in Fp a, in Fp b) => a.Equals(b);

    /// <summary>Inequality of elements.</summary>
    public static bool operator !=(in Fp a, in Fp b) => !a.Equals(b);

    /// <summary>The value as big-endian hex, for test failure messages.</summary>
    public override string ToString()
    {
        Span<byte> b = stackalloc byte[ByteLength];
        Write(b);
        return "0x" + Convert.ToHexStringLower(b);
    }

    /// <summary>True when the limbs, read as a plain integer, are below p.</summary>
    private bool IsBelowModulus()
    {
        _ = Carry.Sub(L0, M0, 0, out var b);
        _ = Carry.Sub(L1, M1, b, out b);
        _ = Carry.Sub(L2, M2, b, out b);
        _ = Carry.Sub(L3, M3, b, out b);
        _ = Carry.Sub(L4, M4, b, out b);
        _ = Carry.Sub(L5, M5, b, out b);
        return b != 0;
    }

    /// <summary>The plain integer a (limbs of a·2^384·2^−384), returned in an <see cref="Fp"/> used only as a limb holder.</summary>
    private Fp FromMontgomery() => this * new Fp(1, 0, 0, 0, 0, 0);
}
