using System.Numerics;
using Glow.Core.Numerics;

namespace Glow.Core.Tests.Numerics;

/// <summary>Fixed-seed test values: an edge set, and random values of every size so small and large divisors both occur.</summary>
internal static class UInt256Samples
{
    private const ulong Max = ulong.MaxValue;
    private const ulong Top = 1UL << 63;

    /// <summary>The brief's edge values, values with random top limbs, and divisors that force Knuth's add-back step.</summary>
    public static readonly UInt256[] Edges = BuildEdges();

    private static UInt256[] BuildEdges()
    {
        var list = new List<UInt256>
        {
            new(0), new(1), new(2), new(3),
            new(Top), new(Max), new(0, 1), new(Max, Max), new(0, 0, 1), new(0, 0, 0, 1),
            new(Max, Max, Max, Top - 1), new(0, 0, 0, Top), new(1, 0, 0, Top),
            new(Max - 1, Max, Max, Max), new(Max, Max, Max, Max),

            // 2^191 + 1 and 2^255 + 1 make the first quotient digit estimate of 2^192 and 2^256 one too large.
            new(1, 0, Top), new(Max, 0, 1), new(10),
        };

        var rng = new Random(256);
        for (int i = 0; i < 8; i++)
        {
            ulong top = NextUInt64(rng);
            list.Add(new UInt256(0, 0, 0, top));
            list.Add(new UInt256(Max, Max, Max, top));
            list.Add(new UInt256(NextUInt64(rng), 0, top, 0));
            list.Add(new UInt256(NextUInt64(rng), top));
        }

        return [.. list];
    }

    public static ulong NextUInt64(Random rng) => (ulong)rng.NextInt64() ^ ((ulong)rng.Next(4) << 62);

    /// <summary>A random value: uniform, or of a random bit length, or built from 0 / max / random limbs, or small.</summary>
    public static UInt256 Next(Random rng)
    {
        switch (rng.Next(4))
        {
            case 0:
                return new UInt256(NextUInt64(rng), NextUInt64(rng), NextUInt64(rng), NextUInt64(rng));
            case 1:
                {
                    int bits = rng.Next(0, 257);
                    var v = new UInt256(NextUInt64(rng), NextUInt64(rng), NextUInt64(rng), NextUInt64(rng));
                    if (bits == 0)
                    {
                        return default;
                    }

                    v >>= 256 - bits;
                    return v | (UInt256.One << (bits - 1));
                }

            case 2:
                return new UInt256(Limb(rng), Limb(rng), Limb(rng), Limb(rng));
            default:
                return new UInt256((ulong)rng.NextInt64(0, 1000), rng.Next(3) == 0 ? (ulong)rng.Next(3) : 0);
        }
    }

    private static ulong Limb(Random rng) => rng.Next(5) switch
    {
        0 => 0,
        1 => Max,
        2 => (ulong)rng.Next(1, 100),
        3 => Top,
        _ => NextUInt64(rng),
    };

    /// <summary>Every pair of edge values, then <paramref name="randomCount"/> random pairs (fixed seed).</summary>
    public static IEnumerable<(UInt256 A, UInt256 B)> Pairs(int randomCount, int seed = 1)
    {
        foreach (var a in Edges)
        {
            foreach (var b in Edges)
            {
                yield return (a, b);
            }
        }

        var rng = new Random(seed);
        for (int i = 0; i < randomCount; i++)
        {
            yield return (Next(rng), Next(rng));
        }
    }

    /// <summary>Edge values and <paramref name="randomCount"/> random values.</summary>
    public static IEnumerable<UInt256> Singles(int randomCount, int seed = 2)
    {
        foreach (var a in Edges)
        {
            yield return a;
        }

        var rng = new Random(seed);
        for (int i = 0; i < randomCount; i++)
        {
            yield return Next(rng);
        }
    }

    public static string Show(UInt256 x) => $"0x{UInt256Reference.Big(x):x}";

    public static void Expect(UInt256 expected, UInt256 actual, string operation, params UInt256[] inputs)
    {
        if (expected != actual)
        {
            Assert.Fail($"{operation}({string.Join(", ", inputs.Select(Show))}) gave {Show(actual)}, expected {Show(expected)}");
        }
    }

    public static void Expect(bool expected, bool actual, string operation, params UInt256[] inputs)
    {
        if (expected != actual)
        {
            Assert.Fail($"{operation}({string.Join(", ", inputs.Select(Show))}) gave {actual}, expected {expected}");
        }
    }

    public static BigInteger Big(UInt256 x) => UInt256Reference.Big(x);
}
