using System.Globalization;
using System.Numerics;
using Glow.Evm.Precompiles.Bn254;

namespace Glow.Evm.Tests.Precompiles.Bn254;

/// <summary>Plain-integer reference values and random elements for the bn254 tests.</summary>
internal static class Bn254Reference
{
    public static readonly BigInteger P = BigInteger.Parse("21888242871839275222246405745257275088696311157297823662689037894645226208583", CultureInfo.InvariantCulture);

    public static readonly BigInteger R = BigInteger.Parse("21888242871839275222246405745257275088548364400416034343698204186575808495617", CultureInfo.InvariantCulture);

    public static readonly BigInteger U = 4965661367192848881;

    public static Fp ToFp(BigInteger value)
    {
        value = ((value % P) + P) % P;
        Assert.True(Fp.TryRead(ToBytes32(value), out var fp));
        return fp;
    }

    public static BigInteger ToInteger(in Fp value)
    {
        Span<byte> bytes = stackalloc byte[32];
        value.Write(bytes);
        return new BigInteger(bytes, isUnsigned: true, isBigEndian: true);
    }

    public static byte[] ToBytes32(BigInteger value)
    {
        var bytes = new byte[32];
        var raw = value.ToByteArray(isUnsigned: true, isBigEndian: true);
        raw.CopyTo(bytes, 32 - raw.Length);
        return bytes;
    }

    public static BigInteger RandomBelow(Random random, BigInteger bound)
    {
        var bytes = new byte[bound.GetByteCount(isUnsigned: true) + 8];
        random.NextBytes(bytes);
        return new BigInteger(bytes, isUnsigned: true) % bound;
    }

    public static Fp RandomFp(Random random) => ToFp(RandomBelow(random, P));

    public static Fp2 RandomFp2(Random random) => new(RandomFp(random), RandomFp(random));

    public static Fp6 RandomFp6(Random random) => new(RandomFp2(random), RandomFp2(random), RandomFp2(random));

    public static Fp12 RandomFp12(Random random) => new(RandomFp6(random), RandomFp6(random));

    public static byte[] Scalar(BigInteger k) => ToBytes32(k);

    /// <summary>a^e in F_p¹² by square and multiply over the bits of a non-negative integer.</summary>
    public static Fp12 Pow(in Fp12 a, BigInteger exponent)
    {
        var result = Fp12.One;
        for (var bit = (int)exponent.GetBitLength() - 1; bit >= 0; bit--)
        {
            result = Fp12.Square(result);
            if (!(exponent >> bit).IsEven)
            {
                result *= a;
            }
        }

        return result;
    }

    /// <summary>
    /// A square root in F_p² when one exists (Adj and Rodríguez-Henríquez, "Square root computation over even
    /// extension fields", algorithm 9, for p ≡ 3 mod 4).
    /// </summary>
    public static bool TrySqrt(in Fp2 a, out Fp2 root)
    {
        var minusOne = new Fp2(-Fp.One, Fp.Zero);
        var a1 = Fp2.Pow(a, ToBytes32((P - 3) / 4));
        var alpha = Fp2.Square(a1) * a;
        var a0 = Fp2.Conjugate(alpha) * alpha;
        if (a0 == minusOne)
        {
            root = default;
            return false;
        }

        var x0 = a1 * a;
        root = alpha == minusOne
            ? new Fp2(Fp.Zero, Fp.One) * x0
            : Fp2.Pow(Fp2.One + alpha, ToBytes32((P - 1) / 2)) * x0;
        return Fp2.Square(root) == a;
    }

    /// <summary>A random point of the twist curve, almost surely outside G2 (the cofactor is about 2^254).</summary>
    public static G2Point RandomTwistPoint(Random random)
    {
        while (true)
        {
            var x = RandomFp2(random);
            if (TrySqrt((Fp2.Square(x) * x) + G2Point.TwistB, out var y))
            {
                return G2Point.FromAffine(x, y);
            }
        }
    }

    public static G1Point RandomG1(Random random) => G1Point.Multiply(G1Point.Generator, Scalar(RandomBelow(random, R)));

    public static G2Point RandomG2(Random random) => G2Point.Multiply(G2Point.Generator, Scalar(RandomBelow(random, R)));
}
