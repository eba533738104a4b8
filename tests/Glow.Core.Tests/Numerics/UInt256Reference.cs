using System.Numerics;
using Glow.Core.Numerics;

namespace Glow.Core.Tests.Numerics;

/// <summary>
/// The EVM's word semantics written the slow, obvious way over <see cref="BigInteger"/>
/// (yellow paper appendix H; EIP-145 for the shifts). Converts limb by limb so it does not lean on
/// <see cref="UInt256"/>'s own conversions.
/// </summary>
internal static class UInt256Reference
{
    public static readonly BigInteger Modulus = BigInteger.One << 256;
    public static readonly BigInteger HalfModulus = BigInteger.One << 255;
    private static readonly BigInteger LimbMask = ulong.MaxValue;

    public static BigInteger Big(UInt256 x) =>
        new BigInteger(x.U0) | (new BigInteger(x.U1) << 64) | (new BigInteger(x.U2) << 128) | (new BigInteger(x.U3) << 192);

    /// <summary>The word for any integer, reduced modulo 2^256 into 0 … 2^256 − 1.</summary>
    public static UInt256 Word(BigInteger x)
    {
        x %= Modulus;
        if (x.Sign < 0)
        {
            x += Modulus;
        }

        return new UInt256(
            (ulong)(x & LimbMask),
            (ulong)((x >> 64) & LimbMask),
            (ulong)((x >> 128) & LimbMask),
            (ulong)((x >> 192) & LimbMask));
    }

    public static BigInteger Signed(UInt256 x)
    {
        var v = Big(x);
        return v >= HalfModulus ? v - Modulus : v;
    }

    public static UInt256 Add(UInt256 a, UInt256 b) => Word(Big(a) + Big(b));

    public static UInt256 Sub(UInt256 a, UInt256 b) => Word(Big(a) - Big(b));

    public static UInt256 Mul(UInt256 a, UInt256 b) => Word(Big(a) * Big(b));

    public static UInt256 Div(UInt256 a, UInt256 b) => b.IsZero ? default : Word(Big(a) / Big(b));

    public static UInt256 Mod(UInt256 a, UInt256 b) => b.IsZero ? default : Word(Big(a) % Big(b));

    /// <summary>SDIV: truncating division of the signed readings (BigInteger division truncates too).</summary>
    public static UInt256 SDiv(UInt256 a, UInt256 b) => b.IsZero ? default : Word(Signed(a) / Signed(b));

    /// <summary>SMOD: BigInteger's remainder takes the dividend's sign, as SMOD does.</summary>
    public static UInt256 SMod(UInt256 a, UInt256 b) => b.IsZero ? default : Word(Signed(a) % Signed(b));

    public static UInt256 AddMod(UInt256 a, UInt256 b, UInt256 m) => m.IsZero ? default : Word((Big(a) + Big(b)) % Big(m));

    public static UInt256 MulMod(UInt256 a, UInt256 b, UInt256 m) => m.IsZero ? default : Word(Big(a) * Big(b) % Big(m));

    public static UInt256 Exp(UInt256 b, UInt256 e) => Word(BigInteger.ModPow(Big(b), Big(e), Modulus));

    public static UInt256 SignExtend(BigInteger index, UInt256 x)
    {
        if (index >= 31)
        {
            return x;
        }

        int signBit = ((int)index * 8) + 7;
        var low = Big(x) & ((BigInteger.One << (signBit + 1)) - 1);
        bool negative = !(Big(x) >> signBit).IsEven;
        return negative ? Word(low - (BigInteger.One << (signBit + 1))) : Word(low);
    }

    public static UInt256 Byte(BigInteger index, UInt256 x) =>
        index >= 32 ? default : Word((Big(x) >> (8 * (31 - (int)index))) & 0xff);

    public static UInt256 Shl(UInt256 x, int n) => n >= 256 ? default : Word(Big(x) << n);

    public static UInt256 Shr(UInt256 x, int n) => n >= 256 ? default : Word(Big(x) >> n);

    /// <summary>SAR: BigInteger's right shift floors, as an arithmetic shift does.</summary>
    public static UInt256 Sar(UInt256 x, int n) => Word(Signed(x) >> Math.Min(n, 1000));

    public static int Compare(UInt256 a, UInt256 b) => Big(a).CompareTo(Big(b));

    public static int SignedCompare(UInt256 a, UInt256 b) => Signed(a).CompareTo(Signed(b));
}
