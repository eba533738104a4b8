using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using Glow.Core.Crypto;

namespace Glow.Evm.Precompiles.Bls12381;

/// <summary>
/// An element of the BLS12-381 scalar field GF(r), r = 0x73eda753…00000001 (255 bits, the order of G1, G2 and the
/// target group; the KZG specification's BLS_MODULUS), in Montgomery form over four little-endian limbs, fully reduced.
/// </summary>
internal readonly partial struct Fr : IEquatable<Fr>
{
    /// <summary>Size of the big-endian encoding.</summary>
    public const int ByteLength = 32;

    // The modulus r, least significant limb first.
    private const ulong M0 = 0xFFFFFFFF00000001UL;
    private const ulong M1 = 0x53BDA402FFFE5BFEUL;
    private const ulong M2 = 0x3339D80809A1D805UL;
    private const ulong M3 = 0x73EDA753299D7D48UL;

    // −r⁻¹ mod 2^64.
    private const ulong N0 = 0xFFFFFFFEFFFFFFFFUL;

    /// <summary>Least significant limb (Montgomery form).</summary>
    public readonly ulong L0;

    /// <summary>Limb 1.</summary>
    public readonly ulong L1;

    /// <summary>Limb 2.</summary>
    public readonly ulong L2;

    /// <summary>Most significant limb.</summary>
    public readonly ulong L3;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Fr(ulong l0, ulong l1, ulong l2, ulong l3)
    {
        L0 = l0;
        L1 = l1;
        L2 = l2;
        L3 = l3;
    }

    /// <summary>Zero.</summary>
    public static Fr Zero => default;

    /// <summary>One (2^256 mod r).</summary>
    public static Fr One => new(0x00000001FFFFFFFEUL, 0x5884B7FA00034802UL, 0x998C4FEFECBC4FF5UL, 0x1824B159ACC5056FUL);

    /// <summary>2^512 mod r, which moves a plain integer into Montgomery form.</summary>
    private static Fr R2 => new(0xC999E990F3F29C6DUL, 0x2B6CEDCB87925C23UL, 0x05D314967254398FUL, 0x0748D9D99F59FF11UL);

    private static readonly ulong[] RMinus2 = [0xFFFFFFFEFFFFFFFFUL, 0x53BDA402FFFE5BFEUL, 0x3339D80809A1D805UL, 0x73EDA753299D7D48UL];

    /// <summary>True for zero.</summary>
    public bool IsZero => (L0 | L1 | L2 | L3) == 0;

    /// <summary>The small integer <paramref name="value"/>.</summary>
    public static Fr FromUInt64(ulong value) => new Fr(value, 0, 0, 0) * R2;

    /// <summary>
    /// Reads a 32-byte big-endian integer. Returns false when it is not below r: EIP-4844 and the KZG specification
    /// reject such field elements rather than reducing them.
    /// </summary>
    public static bool TryRead(ReadOnlySpan<byte> bigEndian32, out Fr value)
    {
        var raw = new Fr(
            BinaryPrimitives.ReadUInt64BigEndian(bigEndian32[24..]),
            BinaryPrimitives.ReadUInt64BigEndian(bigEndian32[16..]),
            BinaryPrimitives.ReadUInt64BigEndian(bigEndian32[8..]),
            BinaryPrimitives.ReadUInt64BigEndian(bigEndian32));
        _ = Carry.Sub(raw.L0, M0, 0, out var b);
        _ = Carry.Sub(raw.L1, M1, b, out b);
        _ = Carry.Sub(raw.L2, M2, b, out b);
        _ = Carry.Sub(raw.L3, M3, b, out b);
        if (b == 0)
        {
            value = default;
            return false;
        }

        value = raw * R2;
        return true;
    }

    /// <summary>
    /// Reduces a 32-byte big-endian integer of any size mod r (for tests that draw random scalars).
    /// </summary>
    public static Fr FromBytesReduced(ReadOnlySpan<byte> bigEndian32)
    {
        // value = hi·2^128 + lo, and both 128-bit halves are below r.
        Span<byte> half = stackalloc byte[ByteLength];
        bigEndian32[16..].CopyTo(half[16..]);
        _ = TryRead(half, out var lo);
        half.Clear();
        bigEndian32[..16].CopyTo(half[16..]);
        _ = TryRead(half, out var hi);
        Span<byte> shift = stackalloc byte[ByteLength];
        shift[15] = 1;
        _ = TryRead(shift, out var twoTo128);
        return (hi * twoTo128) + lo;
    }

    /// <summary>Writes the value as a 32-byte big-endian integer.</summary>
    public void Write(Span<byte> bigEndian32)
    {
        Span<ulong> limbs = stackalloc ulong[4];
        WriteLimbs(limbs);
        BinaryPrimitives.WriteUInt64BigEndian(bigEndian32, limbs[3]);
        BinaryPrimitives.WriteUInt64BigEndian(bigEndian32[8..], limbs[2]);
        BinaryPrimitives.WriteUInt64BigEndian(bigEndian32[16..], limbs[1]);
        BinaryPrimitives.WriteUInt64BigEndian(bigEndian32[24..], limbs[0]);
    }

    /// <summary>Writes the value as a plain integer in four little-endian limbs (the form scalar multiplication reads).</summary>
    public void WriteLimbs(Span<ulong> littleEndian4)
    {
        var c = this * new Fr(1, 0, 0, 0);
        littleEndian4[0] = c.L0;
        littleEndian4[1] = c.L1;
        littleEndian4[2] = c.L2;
        littleEndian4[3] = c.L3;
    }

    /// <summary>a + b.</summary>
    public static Fr operator +(in Fr x, in Fr y)
    {
        var s0 = Carry.Add(x.L0, y.L0, 0, out var c);
        var s1 = Carry.Add(x.L1, y.L1, c, out c);
        var s2 = Carry.Add(x.L2, y.L2, c, out c);
        var s3 = x.L3 + y.L3 + c;
        return ReduceOnce(s0, s1, s2, s3);
    }

    /// <summary>a − b.</summary>
    public static Fr operator -(in Fr x, in Fr y)
    {
        var d0 = Carry.Sub(x.L0, y.L0, 0, out var b);
        var d1 = Carry.Sub(x.L1, y.L1, b, out b);
        var d2 = Carry.Sub(x.L2, y.L2, b, out b);
        var d3 = Carry.Sub(x.L3, y.L3, b, out b);
        var mask = 0UL - b;
        d0 = Carry.Add(d0, M0 & mask, 0, out var c);
        d1 = Carry.Add(d1, M1 & mask, c, out c);
        d2 = Carry.Add(d2, M2 & mask, c, out c);
        d3 += (M3 & mask) + c;
        return new Fr(d0, d1, d2, d3);
    }

    /// <summary>−a.</summary>
    public static Fr operator -(in Fr x) => Zero - x;

    /// <summary>a·b (Montgomery multiplication, CIOS; r's top limb is below 2^63 − 1, so no fifth limb is needed).</summary>
    public static Fr operator *(in Fr x, in Fr y)
    {
        ulong t0, t1, t2, t3, m, a, c;

        // Round 0: t += x·y[0], then t = (t + m·modulus) / 2^64 with m chosen to clear the low limb.
        a = Math.BigMul(x.L0, y.L0, out t0);
        m = t0 * N0;
        _ = Carry.MulAdd(m, M0, t0, 0, out c);
        t1 = Carry.MulAdd(x.L1, y.L0, 0, a, out a);
        t0 = Carry.MulAdd(m, M1, t1, c, out c);
        t2 = Carry.MulAdd(x.L2, y.L0, 0, a, out a);
        t1 = Carry.MulAdd(m, M2, t2, c, out c);
        t3 = Carry.MulAdd(x.L3, y.L0, 0, a, out a);
        t2 = Carry.MulAdd(m, M3, t3, c, out c);
        t3 = c + a;

        // Round 1: t += x·y[1], then t = (t + m·modulus) / 2^64 with m chosen to clear the low limb.
        t0 = Carry.MulAdd(x.L0, y.L1, t0, 0, out a);
        m = t0 * N0;
        _ = Carry.MulAdd(m, M0, t0, 0, out c);
        t1 = Carry.MulAdd(x.L1, y.L1, t1, a, out a);
        t0 = Carry.MulAdd(m, M1, t1, c, out c);
        t2 = Carry.MulAdd(x.L2, y.L1, t2, a, out a);
        t1 = Carry.MulAdd(m, M2, t2, c, out c);
        t3 = Carry.MulAdd(x.L3, y.L1, t3, a, out a);
        t2 = Carry.MulAdd(m, M3, t3, c, out c);
        t3 = c + a;

        // Round 2: t += x·y[2], then t = (t + m·modulus) / 2^64 with m chosen to clear the low limb.
        t0 = Carry.MulAdd(x.L0, y.L2, t0, 0, out a);
        m = t0 * N0;
        _ = Carry.MulAdd(m, M0, t0, 0, out c);
        t1 = Carry.MulAdd(x.L1, y.L2, t1, a, out a);
        t0 = Carry.MulAdd(m, M1, t1, c, out c);
        t2 = Carry.MulAdd(x.L2, y.L2, t2, a, out a);
        t1 = Carry.MulAdd(m, M2, t2, c, out c);
        t3 = Carry.MulAdd(x.L3, y.L2, t3, a, out a);
        t2 = Carry.MulAdd(m, M3, t3, c, out c);
        t3 = c + a;

        // Round 3: t += x·y[3], then t = (t + m·modulus) / 2^64 with m chosen to clear the low limb.
        t0 = Carry.MulAdd(x.L0, y.L3, t0, 0, out a);
        m = t0 * N0;
        _ = Carry.MulAdd(m, M0, t0, 0, out c);
        t1 = Carry.MulAdd(x.L1, y.L3, t1, a, out a);
        t0 = Carry.MulAdd(m, M1, t1, c, out c);
        t2 = Carry.MulAdd(x.L2, y.L3, t2, a, out a);
        t1 = Carry.MulAdd(m, M2, t2, c, out c);
        t3 = Carry.MulAdd(x.L3, y.L3, t3, a, out a);
        t2 = Carry.MulAdd(m, M3, t3, c, out c);
        t3 = c + a;

        return ReduceOnce(t0, t1, t2, t3);
    }

    /// <summary>a raised to the power given as little-endian limbs.</summary>
    public Fr Pow(ReadOnlySpan<ulong> exponent)
    {
        var result = One;
        for (var i = exponent.Length - 1; i >= 0; i--)
        {
            for (var bit = 63; bit >= 0; bit--)
            {
                result *= result;
                if (((exponent[i] >> bit) & 1) != 0)
                {
                    result *= this;
                }
            }
        }

        return result;
    }

    /// <summary>a⁻¹ = a^(r−2); zero maps to zero.</summary>
    public Fr Inverse() => Pow(RMinus2);

    /// <summary>True when both hold the same element.</summary>
    public bool Equals(Fr other) => ((L0 ^ other.L0) | (L1 ^ other.L1) | (L2 ^ other.L2) | (L3 ^ other.L3)) == 0;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Fr other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(L0, L1, L2, L3);

    /// <summary>Equality of elements.</summary>
    public static bool operator ==(in Fr a, in Fr b) => a.Equals(b);

    /// <summary>Inequality of elements.</summary>
    public static bool operator !=(in Fr a, in Fr b) => !a.Equals(b);

    /// <summary>The value as big-endian hex, for test failure messages.</summary>
    public override string ToString()
    {
        Span<byte> b = stackalloc byte[ByteLength];
        Write(b);
        return "0x" + Convert.ToHexStringLower(b);
    }

    private static Fr ReduceOnce(ulong s0, ulong s1, ulong s2, ulong s3)
    {
        var d0 = Carry.Sub(s0, M0, 0, out var b);
        var d1 = Carry.Sub(s1, M1, b, out b);
        var d2 = Carry.Sub(s2, M2, b, out b);
        var d3 = Carry.Sub(s3, M3, b, out b);
        var keep = 0UL - b;
        return new Fr(d0 ^ ((d0 ^ s0) & keep), d1 ^ ((d1 ^ s1) & keep), d2 ^ ((d2 ^ s2) & keep), d3 ^ ((d3 ^ s3) & keep));
    }
}
