using System.Globalization;
using System.Numerics;
using Glow.Evm.Precompiles.Bls12381;

namespace Glow.Evm.Tests.Kzg;

/// <summary>BigInteger reference values, conversions and seeded random elements for the BLS12-381 tests.</summary>
internal static class Bls
{
    public static readonly BigInteger P = Parse("1a0111ea397fe69a4b1ba7b6434bacd764774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaaab");
    public static readonly BigInteger R = Parse("73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff00000001");

    /// <summary>The BLS parameter x (negative).</summary>
    public static readonly BigInteger X = -Parse("d201000000010000");

    public static BigInteger Parse(string hex) => BigInteger.Parse("0" + hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    public static BigInteger FromBytes(ReadOnlySpan<byte> bigEndian) => new(bigEndian, isUnsigned: true, isBigEndian: true);

    public static byte[] ToBytes(BigInteger value, int length)
    {
        var bytes = new byte[length];
        Assert.True(value.TryWriteBytes(bytes.AsSpan(length - value.GetByteCount(isUnsigned: true)), out _, isUnsigned: true, isBigEndian: true));
        return bytes;
    }

    public static BigInteger Mod(BigInteger a, BigInteger m)
    {
        var r = a % m;
        return r.Sign < 0 ? r + m : r;
    }

    public static BigInteger ToBig(in Fp a)
    {
        Span<byte> b = stackalloc byte[Fp.ByteLength];
        a.Write(b);
        return FromBytes(b);
    }

    public static Fp ToFp(BigInteger value)
    {
        Assert.True(Fp.TryRead(ToBytes(Mod(value, P), Fp.ByteLength), out var f));
        return f;
    }

    public static BigInteger ToBig(in Fr a)
    {
        Span<byte> b = stackalloc byte[Fr.ByteLength];
        a.Write(b);
        return FromBytes(b);
    }

    public static Fr ToFr(BigInteger value)
    {
        Assert.True(Fr.TryRead(ToBytes(Mod(value, R), Fr.ByteLength), out var f));
        return f;
    }

    /// <summary>Little-endian 64-bit limbs of a non-negative integer, for <c>JacobianPoint.Multiply</c>.</summary>
    public static ulong[] Limbs(BigInteger value)
    {
        var bytes = value.ToByteArray(isUnsigned: true, isBigEndian: false);
        var limbs = new ulong[(bytes.Length + 7) / 8];
        for (var i = 0; i < bytes.Length; i++)
        {
            limbs[i / 8] |= (ulong)bytes[i] << (8 * (i % 8));
        }

        return limbs;
    }

    public static BigInteger RandomBelow(Random random, BigInteger bound)
    {
        var bytes = new byte[bound.GetByteCount(isUnsigned: true) + 16];
        random.NextBytes(bytes);
        return Mod(FromBytes(bytes), bound);
    }

    public static Fp RandomFp(Random random) => ToFp(RandomBelow(random, P));

    public static Fp2 RandomFp2(Random random) => new(RandomFp(random), RandomFp(random));

    public static Fp6 RandomFp6(Random random) => new(RandomFp2(random), RandomFp2(random), RandomFp2(random));

    public static Fp12 RandomFp12(Random random) => new(RandomFp6(random), RandomFp6(random));

    public static Fr RandomFr(Random random) => ToFr(RandomBelow(random, R));

    /// <summary>k·P for a BigInteger k of any sign.</summary>
    public static JacobianPoint<T> Mul<T>(in AffinePoint<T> p, BigInteger k)
        where T : struct, IFieldElement<T>
    {
        var q = p.ToJacobian().Multiply(Limbs(BigInteger.Abs(k)));
        return k.Sign < 0 ? q.Negate() : q;
    }

    /// <summary>A random element of G1: a random multiple of the generator.</summary>
    public static AffinePoint<Fp> RandomG1(Random random) => Mul(G1.Generator, RandomBelow(random, R)).ToAffine();

    /// <summary>A random element of G2.</summary>
    public static AffinePoint<Fp2> RandomG2(Random random) => Mul(G2.Generator, RandomBelow(random, R)).ToAffine();

    /// <summary>a^e by square and multiply over the bits of a BigInteger exponent.</summary>
    public static Fp12 Pow(in Fp12 a, BigInteger e)
    {
        var result = Fp12.One;
        for (var bit = (int)e.GetBitLength() - 1; bit >= 0; bit--)
        {
            result = result.Square();
            if (!(e >> bit).IsEven)
            {
                result *= a;
            }
        }

        return result;
    }

    public static Fp2 Pow(in Fp2 a, BigInteger e)
    {
        var result = Fp2.One;
        for (var bit = (int)e.GetBitLength() - 1; bit >= 0; bit--)
        {
            result = result.Square();
            if (!(e >> bit).IsEven)
            {
                result *= a;
            }
        }

        return result;
    }
}
