using System.Numerics;

namespace Glow.Core.Tests.Crypto;

/// <summary>Textbook affine secp256k1 arithmetic over BigInteger: slow, obviously correct, the test oracle.</summary>
internal static class RefCurve
{
    public static (BigInteger X, BigInteger Y)? Add((BigInteger X, BigInteger Y)? a, (BigInteger X, BigInteger Y)? b)
    {
        if (a is null)
        {
            return b;
        }

        if (b is null)
        {
            return a;
        }

        var (x1, y1) = a.Value;
        var (x2, y2) = b.Value;
        BigInteger l;
        if (x1 == x2)
        {
            if (Big.Mod(y1 + y2, Big.P).IsZero)
            {
                return null;
            }

            l = Big.Mod(3 * x1 * x1 * Big.Inverse(2 * y1, Big.P), Big.P);
        }
        else
        {
            l = Big.Mod((y2 - y1) * Big.Inverse(x2 - x1, Big.P), Big.P);
        }

        var x3 = Big.Mod((l * l) - x1 - x2, Big.P);
        return (x3, Big.Mod((l * (x1 - x3)) - y1, Big.P));
    }

    public static (BigInteger X, BigInteger Y)? Mul(BigInteger k, (BigInteger X, BigInteger Y)? p)
    {
        (BigInteger X, BigInteger Y)? r = null;
        k = Big.Mod(k, Big.N);
        while (!k.IsZero)
        {
            if (!k.IsEven)
            {
                r = Add(r, p);
            }

            p = Add(p, p);
            k >>= 1;
        }

        return r;
    }

    public static (BigInteger X, BigInteger Y) G => (Big.Gx, Big.Gy);

    public static byte[] PublicKey((BigInteger X, BigInteger Y)? p) => [.. Big.ToBytes32(p!.Value.X), .. Big.ToBytes32(p.Value.Y)];
}
