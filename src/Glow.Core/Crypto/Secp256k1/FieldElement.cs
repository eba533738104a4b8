using System.Buffers.Binary;
using System.Runtime.CompilerServices;

namespace Glow.Core.Crypto;

/// <summary>
/// An element of the secp256k1 base field GF(p), p = 2^256 − 2^32 − 977, as four little-endian 64-bit limbs.
/// </summary>
/// <remarks>
/// Values are kept weakly reduced: any 256-bit integer is allowed and stands for its residue mod p, so
/// arithmetic never has to compare with p. <see cref="Normalize"/> gives the canonical value in [0, p) and
/// is applied before equality tests, parity tests and serialization. Reduction uses 2^256 ≡ 2^32 + 977
/// (<see cref="R"/>) instead of a general division. All arithmetic is branch-free (see <see cref="Carry"/>).
/// </remarks>
internal readonly partial struct FieldElement
{
    /// <summary>2^256 mod p = 2^32 + 977.</summary>
    public const ulong R = 0x1000003D1UL;

    /// <summary>Least significant limb.</summary>
    public readonly ulong L0;

    /// <summary>Second limb.</summary>
    public readonly ulong L1;

    /// <summary>Third limb.</summary>
    public readonly ulong L2;

    /// <summary>Most significant limb.</summary>
    public readonly ulong L3;

    /// <summary>The element with the given limbs (least significant first).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public FieldElement(ulong l0, ulong l1, ulong l2, ulong l3)
    {
        L0 = l0;
        L1 = l1;
        L2 = l2;
        L3 = l3;
    }

    /// <summary>Zero.</summary>
    public static FieldElement Zero => default;

    /// <summary>One.</summary>
    public static FieldElement One => new(1, 0, 0, 0);

    /// <summary>The field prime p.</summary>
    public static FieldElement P => new(0xFFFFFFFEFFFFFC2FUL, ulong.MaxValue, ulong.MaxValue, ulong.MaxValue);

    /// <summary>β, a primitive cube root of unity mod p: λ·(x, y) = (β·x, y) for the matching λ of <see cref="Scalar.Lambda"/>.</summary>
    public static FieldElement Beta => new(0xC1396C28719501EEUL, 0x9CF0497512F58995UL, 0x6E64479EAC3434E9UL, 0x7AE96A2B657C0710UL);

    /// <summary>The small integer <paramref name="value"/>.</summary>
    public static FieldElement FromInt(uint value) => new(value, 0, 0, 0);

    /// <summary>True when the canonical value is zero (the limbs hold 0 or p).</summary>
    public bool IsZero
    {
        get
        {
            var n = Normalize();
            return (n.L0 | n.L1 | n.L2 | n.L3) == 0;
        }
    }

    /// <summary>True when the canonical value is odd.</summary>
    public bool IsOdd => (Normalize().L0 & 1) != 0;

    /// <summary>
    /// Reads 32 big-endian bytes. Returns false (and the value reduced mod p) when the integer is not
    /// below p, which callers that parse public data treat as invalid.
    /// </summary>
    public static bool TryRead(ReadOnlySpan<byte> bigEndian32, out FieldElement value)
    {
        var v = new FieldElement(
            BinaryPrimitives.ReadUInt64BigEndian(bigEndian32[24..]),
            BinaryPrimitives.ReadUInt64BigEndian(bigEndian32[16..]),
            BinaryPrimitives.ReadUInt64BigEndian(bigEndian32[8..]),
            BinaryPrimitives.ReadUInt64BigEndian(bigEndian32));
        value = v.Normalize();
        return value.L0 == v.L0 && value.L1 == v.L1 && value.L2 == v.L2 && value.L3 == v.L3;
    }

    /// <summary>Writes the canonical value as 32 big-endian bytes.</summary>
    public void Write(Span<byte> bigEndian32)
    {
        var n = Normalize();
        BinaryPrimitives.WriteUInt64BigEndian(bigEndian32, n.L3);
        BinaryPrimitives.WriteUInt64BigEndian(bigEndian32[8..], n.L2);
        BinaryPrimitives.WriteUInt64BigEndian(bigEndian32[16..], n.L1);
        BinaryPrimitives.WriteUInt64BigEndian(bigEndian32[24..], n.L0);
    }

    /// <summary>The canonical representative in [0, p). Constant time.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public FieldElement Normalize()
    {
        // v ≥ p exactly when v + (2^256 − p) carries out of 256 bits; then the wrapped sum is v − p.
        var t0 = Carry.Add(L0, R, 0, out var c);
        var t1 = Carry.Add(L1, 0, c, out c);
        var t2 = Carry.Add(L2, 0, c, out c);
        var t3 = Carry.Add(L3, 0, c, out c);
        var m = Carry.Mask(c);
        return new FieldElement(L0 ^ ((L0 ^ t0) & m), L1 ^ ((L1 ^ t1) & m), L2 ^ ((L2 ^ t2) & m), L3 ^ ((L3 ^ t3) & m));
    }

    /// <summary>True when both stand for the same residue.</summary>
    public bool EqualsValue(in FieldElement other)
    {
        var a = Normalize();
        var b = other.Normalize();
        return ((a.L0 ^ b.L0) | (a.L1 ^ b.L1) | (a.L2 ^ b.L2) | (a.L3 ^ b.L3)) == 0;
    }

    /// <summary><paramref name="b"/> when <paramref name="mask"/> is all ones, <paramref name="a"/> when it is zero. Constant time.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FieldElement Select(ulong mask, in FieldElement a, in FieldElement b) =>
        new(a.L0 ^ ((a.L0 ^ b.L0) & mask), a.L1 ^ ((a.L1 ^ b.L1) & mask), a.L2 ^ ((a.L2 ^ b.L2) & mask), a.L3 ^ ((a.L3 ^ b.L3) & mask));

    /// <summary>Hex of the canonical value, for test failure messages.</summary>
    public override string ToString()
    {
        Span<byte> b = stackalloc byte[32];
        Write(b);
        return Convert.ToHexStringLower(b);
    }
}
