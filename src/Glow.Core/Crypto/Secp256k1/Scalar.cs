using System.Buffers.Binary;
using System.Runtime.CompilerServices;

namespace Glow.Core.Crypto;

/// <summary>
/// An integer modulo the group order n of secp256k1, as four little-endian 64-bit limbs, always fully
/// reduced (below n). Arithmetic is branch-free unless a method says otherwise.
/// </summary>
internal readonly partial struct Scalar
{
    /// <summary>Limbs of 2^256 − n (a 129-bit number): low, middle, and the top limb, which is 1.</summary>
    private const ulong C0 = 0x402DA1732FC9BEBFUL, C1 = 0x4551231950B75FC4UL;

    /// <summary>Limbs of n, least significant first.</summary>
    private const ulong N0 = 0xBFD25E8CD0364141UL, N1 = 0xBAAEDCE6AF48A03BUL, N2 = 0xFFFFFFFFFFFFFFFEUL, N3 = 0xFFFFFFFFFFFFFFFFUL;

    /// <summary>Limbs of ⌊n/2⌋.</summary>
    private const ulong H0 = 0xDFE92F46681B20A0UL, H1 = 0x5D576E7357A4501DUL, H2 = 0xFFFFFFFFFFFFFFFFUL, H3 = 0x7FFFFFFFFFFFFFFFUL;

    /// <summary>Least significant limb.</summary>
    public readonly ulong L0;

    /// <summary>Second limb.</summary>
    public readonly ulong L1;

    /// <summary>Third limb.</summary>
    public readonly ulong L2;

    /// <summary>Most significant limb.</summary>
    public readonly ulong L3;

    /// <summary>The scalar with the given limbs, which must encode a value below n.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Scalar(ulong l0, ulong l1, ulong l2, ulong l3)
    {
        L0 = l0;
        L1 = l1;
        L2 = l2;
        L3 = l3;
    }

    /// <summary>Zero.</summary>
    public static Scalar Zero => default;

    /// <summary>The group order n itself (not a reduced scalar: only its limbs are meant to be used).</summary>
    public static Scalar Order => new(N0, N1, N2, N3);

    /// <summary>One.</summary>
    public static Scalar One => new(1, 0, 0, 0);

    /// <summary>True for zero (constant time).</summary>
    public bool IsZero => (L0 | L1 | L2 | L3) == 0;

    /// <summary>True when the value exceeds ⌊n/2⌋, the "high s" of EIP-2. Constant time.</summary>
    public bool IsHigh => HighBit() != 0;

    /// <summary>
    /// Reads 32 big-endian bytes as an integer and reduces it mod n; <paramref name="overflow"/> tells
    /// whether the integer was n or more.
    /// </summary>
    public static Scalar Read(ReadOnlySpan<byte> bigEndian32, out bool overflow)
    {
        ulong l3 = BinaryPrimitives.ReadUInt64BigEndian(bigEndian32), l2 = BinaryPrimitives.ReadUInt64BigEndian(bigEndian32[8..]);
        ulong l1 = BinaryPrimitives.ReadUInt64BigEndian(bigEndian32[16..]), l0 = BinaryPrimitives.ReadUInt64BigEndian(bigEndian32[24..]);
        var r = ReduceOnce(l0, l1, l2, l3, 0, out var subtracted);
        overflow = subtracted != 0;
        return r;
    }

    /// <summary>Writes the value as 32 big-endian bytes.</summary>
    public void Write(Span<byte> bigEndian32)
    {
        BinaryPrimitives.WriteUInt64BigEndian(bigEndian32, L3);
        BinaryPrimitives.WriteUInt64BigEndian(bigEndian32[8..], L2);
        BinaryPrimitives.WriteUInt64BigEndian(bigEndian32[16..], L1);
        BinaryPrimitives.WriteUInt64BigEndian(bigEndian32[24..], L0);
    }

    /// <summary>True when both are the same value.</summary>
    public bool Equals(in Scalar other) => ((L0 ^ other.L0) | (L1 ^ other.L1) | (L2 ^ other.L2) | (L3 ^ other.L3)) == 0;

    /// <summary><paramref name="b"/> when <paramref name="mask"/> is all ones, <paramref name="a"/> when it is zero. Constant time.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Scalar Select(ulong mask, in Scalar a, in Scalar b) =>
        new(a.L0 ^ ((a.L0 ^ b.L0) & mask), a.L1 ^ ((a.L1 ^ b.L1) & mask), a.L2 ^ ((a.L2 ^ b.L2) & mask), a.L3 ^ ((a.L3 ^ b.L3) & mask));

    /// <summary>1 when the value exceeds ⌊n/2⌋, else 0, from the borrow of ⌊n/2⌋ − value.</summary>
    public ulong HighBit()
    {
        Carry.Sub(H0, L0, 0, out var w);
        Carry.Sub(H1, L1, w, out w);
        Carry.Sub(H2, L2, w, out w);
        Carry.Sub(H3, L3, w, out w);
        return w;
    }

    /// <summary>Bits [offset, offset + count) of the value, count ≤ 32 (variable time in the offset only).</summary>
    public uint GetBits(int offset, int count)
    {
        var limb = offset >> 6;
        var shift = offset & 63;
        var v = Limb(limb) >> shift;
        if (shift + count > 64 && limb < 3)
        {
            v |= Limb(limb + 1) << (64 - shift);
        }

        return (uint)(v & ((1UL << count) - 1));
    }

    /// <summary>Limb <paramref name="i"/> (0 = least significant).</summary>
    public ulong Limb(int i) => i switch { 0 => L0, 1 => L1, 2 => L2, _ => L3 };

    /// <summary>Hex of the value, for test failure messages.</summary>
    public override string ToString()
    {
        Span<byte> b = stackalloc byte[32];
        Write(b);
        return Convert.ToHexStringLower(b);
    }

    /// <summary>
    /// The 257-bit value (top·2^256 + l) reduced once: subtracts n when the value is at least n. Callers
    /// guarantee the value is below 2n. <paramref name="subtracted"/> is 1 when n was subtracted.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Scalar ReduceOnce(ulong l0, ulong l1, ulong l2, ulong l3, ulong top, out ulong subtracted)
    {
        // value ≥ n  ⇔  value + (2^256 − n) ≥ 2^256; the wrapped sum is then value − n.
        var t0 = Carry.Add(l0, C0, 0, out var c);
        var t1 = Carry.Add(l1, C1, c, out c);
        var t2 = Carry.Add(l2, 1, c, out c);
        var t3 = Carry.Add(l3, 0, c, out c);
        subtracted = c | top;
        var m = Carry.Mask(subtracted);
        return new Scalar(l0 ^ ((l0 ^ t0) & m), l1 ^ ((l1 ^ t1) & m), l2 ^ ((l2 ^ t2) & m), l3 ^ ((l3 ^ t3) & m));
    }
}
