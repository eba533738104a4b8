using System.Numerics;
using Glow.Core.Crypto;

namespace Glow.Core.Tests.Crypto;

/// <summary>BigInteger reference values and conversions for the secp256k1 tests.</summary>
internal static class Big
{
    public static readonly BigInteger P = BigInteger.Pow(2, 256) - BigInteger.Pow(2, 32) - 977;
    public static readonly BigInteger N = Parse("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141");
    public static readonly BigInteger Two256 = BigInteger.Pow(2, 256);
    public static readonly BigInteger Gx = Parse("79be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798");
    public static readonly BigInteger Gy = Parse("483ada7726a3c4655da4fbfc0e1108a8fd17b448a68554199c47d08ffb10d4b8");

    public static BigInteger Parse(string hex) => BigInteger.Parse("0" + hex, System.Globalization.NumberStyles.HexNumber);

    public static BigInteger FromBytes(ReadOnlySpan<byte> bigEndian) => new(bigEndian, isUnsigned: true, isBigEndian: true);

    public static byte[] ToBytes32(BigInteger value)
    {
        var bytes = new byte[32];
        Assert.True(value.TryWriteBytes(bytes.AsSpan(32 - value.GetByteCount(isUnsigned: true)), out _, isUnsigned: true, isBigEndian: true));
        return bytes;
    }

    public static BigInteger Mod(BigInteger a, BigInteger m)
    {
        var r = a % m;
        return r.Sign < 0 ? r + m : r;
    }

    /// <summary>a^−1 mod m by the extended Euclidean algorithm (much faster than ModPow for the reference curve).</summary>
    public static BigInteger Inverse(BigInteger a, BigInteger m)
    {
        BigInteger r0 = m, r1 = Mod(a, m), s0 = 0, s1 = 1;
        while (!r1.IsZero)
        {
            var q = BigInteger.DivRem(r0, r1, out var r2);
            (r0, r1) = (r1, r2);
            (s0, s1) = (s1, s0 - (q * s1));
        }

        return Mod(s0, m);
    }

    /// <summary>Raw limbs of a value below 2^256 (not reduced, so values in [p, 2^256) can be built).</summary>
    public static FieldElement Field(BigInteger value)
    {
        var b = ToBytes32(value);
        return new FieldElement(
            System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(b.AsSpan(24)),
            System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(b.AsSpan(16)),
            System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(b.AsSpan(8)),
            System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(b));
    }

    /// <summary>The scalar for a value below n.</summary>
    public static Scalar ScalarOf(BigInteger value)
    {
        var s = Scalar.Read(ToBytes32(value), out var overflow);
        Assert.False(overflow);
        return s;
    }

    /// <summary>The value of a scalar.</summary>
    public static BigInteger Value(in Scalar s)
    {
        var b = new byte[32];
        s.Write(b);
        return FromBytes(b);
    }

    /// <summary>The canonical value of a field element.</summary>
    public static BigInteger Value(in FieldElement f)
    {
        var b = new byte[32];
        f.Write(b);
        return FromBytes(b);
    }

    /// <summary>The integer held in the limbs, without reducing it.</summary>
    public static BigInteger Raw(in FieldElement f) =>
        f.L0 + ((BigInteger)f.L1 << 64) + ((BigInteger)f.L2 << 128) + ((BigInteger)f.L3 << 192);

    /// <summary>Random 256-bit values with many edge cases mixed in: near 0, near p, near n, near 2^256, sparse limbs.</summary>
    public static IEnumerable<BigInteger> Samples(int seed, int count)
    {
        var edges = new[]
        {
            BigInteger.Zero, BigInteger.One, new BigInteger(2), P - 1, P, P + 1, P - 2, Two256 - 1, Two256 - 2, N - 1, N, N + 1,
            (BigInteger)ulong.MaxValue, BigInteger.Pow(2, 64), BigInteger.Pow(2, 128) - 1, BigInteger.Pow(2, 192), BigInteger.Pow(2, 255),
            Two256 - P - 1, Two256 - 0x1000003D1, Two256 - 0x1000003D2, Two256 - 0x1000003D0,
        };
        foreach (var e in edges)
        {
            yield return e;
        }

        var rng = new Random(seed);
        var buf = new byte[32];
        for (var i = 0; i < count; i++)
        {
            rng.NextBytes(buf);
            var kind = rng.Next(4);
            if (kind == 1)
            {
                // limbs that are all ones or all zeros stress the carry chains
                for (var j = 0; j < 4; j++)
                {
                    var fill = rng.Next(3) switch { 0 => (byte)0xff, 1 => (byte)0, _ => (byte)0xff };
                    if (rng.Next(2) == 0)
                    {
                        buf.AsSpan(j * 8, 8).Fill(fill);
                    }
                }
            }
            else if (kind == 2)
            {
                buf.AsSpan(0, 24).Fill(0xff);
            }

            yield return FromBytes(buf);
        }
    }
}
