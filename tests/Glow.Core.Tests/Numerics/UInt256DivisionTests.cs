using System.Numerics;
using Glow.Core.Numerics;
using static Glow.Core.Tests.Numerics.UInt256Samples;
using Ref = Glow.Core.Tests.Numerics.UInt256Reference;

namespace Glow.Core.Tests.Numerics;

public class UInt256DivisionTests
{
    [Fact]
    public void Division_and_remainder_match_the_reference_for_every_divisor_size()
    {
        foreach (var (a, b) in Pairs(6000))
        {
            var q = Ref.Div(a, b);
            var r = Ref.Mod(a, b);
            Expect(q, a / b, "/", a, b);
            Expect(r, a % b, "%", a, b);
            UInt256.Divide(in a, in b, out var q2);
            UInt256.Mod(in a, in b, out var r2);
            UInt256.DivideRemainder(in a, in b, out var q3, out var r3);
            Expect(q, q2, "Divide", a, b);
            Expect(r, r2, "Mod", a, b);
            Expect(q, q3, "DivideRemainder quotient", a, b);
            Expect(r, r3, "DivideRemainder remainder", a, b);
        }
    }

    [Fact]
    public void Division_by_a_random_divisor_of_each_limb_count_matches_the_reference()
    {
        var rng = new Random(11);
        for (int i = 0; i < 4000; i++)
        {
            var a = new UInt256(NextUInt64(rng), NextUInt64(rng), NextUInt64(rng), NextUInt64(rng));
            int divisorBits = 1 + (i % 256);
            var b = (Next(rng) >> (256 - divisorBits)) | (UInt256.One << (divisorBits - 1));
            Expect(Ref.Div(a, b), a / b, "/", a, b);
            Expect(Ref.Mod(a, b), a % b, "%", a, b);
        }
    }

    [Fact]
    public void Division_by_zero_gives_zero_as_the_evm_defines()
    {
        foreach (var a in Singles(200))
        {
            Assert.Equal(UInt256.Zero, a / UInt256.Zero);
            Assert.Equal(UInt256.Zero, a % UInt256.Zero);
        }
    }

    [Fact]
    public void Divides_when_the_first_quotient_digit_estimate_is_one_too_large()
    {
        // Knuth's step D6 (add back): with v = 2^(191−s) + 1 the estimate for 2^(192−s) / v is 2, the true quotient 1.
        for (int s = 0; s < 64; s++)
        {
            var u = UInt256.One << (192 - s);
            var v = (UInt256.One << (191 - s)) + UInt256.One;
            foreach (var dividend in new[] { u, u + UInt256.One, u + (UInt256.One << 64), u - UInt256.One, u << 63 })
            {
                Expect(Ref.Div(dividend, v), dividend / v, "/", dividend, v);
                Expect(Ref.Mod(dividend, v), dividend % v, "%", dividend, v);
            }
        }

        // The same at the 512-bit and 257-bit widths of MULMOD and ADDMOD: 2^256 mod (2^255 + 1) = 2^255 − 1.
        var half = UInt256.SignedMinValue;
        var modulus = half + UInt256.One;
        Assert.Equal(half - UInt256.One, UInt256.AddMod(half, half, modulus));
        Assert.Equal(half - UInt256.One, UInt256.MulMod(UInt256.One << 128, UInt256.One << 128, modulus));
    }

    [Fact]
    public void Out_results_may_be_the_same_variables_as_the_inputs()
    {
        foreach (var (a, b) in Pairs(300))
        {
            var x = a;
            UInt256.Divide(in x, in b, out x);
            Expect(Ref.Div(a, b), x, "Divide aliased", a, b);
            x = a;
            var y = b;
            UInt256.DivideRemainder(in x, in y, out x, out y);
            Expect(Ref.Div(a, b), x, "DivideRemainder aliased quotient", a, b);
            Expect(Ref.Mod(a, b), y, "DivideRemainder aliased remainder", a, b);
            y = b;
            UInt256.Mod(in a, in y, out y);
            Expect(Ref.Mod(a, b), y, "Mod aliased", a, b);
            x = a;
            UInt256.Multiply(in x, in x, out x);
            Expect(Ref.Mul(a, a), x, "Multiply aliased", a, a);
            x = a;
            UInt256.Add(in x, in b, out x);
            Expect(Ref.Add(a, b), x, "Add aliased", a, b);
            x = a;
            UInt256.Subtract(in b, in x, out x);
            Expect(Ref.Sub(b, a), x, "Subtract aliased", b, a);
            x = a;
            UInt256.MulMod(in x, in x, in b, out x);
            Expect(Ref.MulMod(a, a, b), x, "MulMod aliased", a, a, b);
            x = a;
            UInt256.SignedDivide(in x, in b, out x);
            Expect(Ref.SDiv(a, b), x, "SignedDivide aliased", a, b);
            x = a;
            UInt256.SignedMod(in x, in b, out x);
            Expect(Ref.SMod(a, b), x, "SignedMod aliased", a, b);
            y = b;
            UInt256.AddMod(in a, in a, in y, out y);
            Expect(Ref.AddMod(a, a, b), y, "AddMod aliased", a, a, b);
            x = a;
            var exponent = new UInt256(b.U0 & 0xffff);
            UInt256.Exp(in x, in exponent, out x);
            Expect(Ref.Exp(a, exponent), x, "Exp aliased", a, exponent);
            x = a;
            UInt256.MultiplyOverflow(in x, in b, out x);
            Expect(Ref.Mul(a, b), x, "MultiplyOverflow aliased", a, b);
            x = a;
            UInt256.ShiftRightArithmetic(in x, (int)(b.U0 % 300), out x);
            Expect(Ref.Sar(a, (int)(b.U0 % 300)), x, "ShiftRightArithmetic aliased", a);
        }
    }

    [Fact]
    public void Reciprocal_is_floor_of_2_128_minus_1_over_d_minus_2_64()
    {
        var rng = new Random(3);
        var divisors = new List<ulong> { 1UL << 63, (1UL << 63) + 1, ulong.MaxValue, ulong.MaxValue - 1, 0xC000_0000_0000_0000 };
        for (int i = 0; i < 20000; i++)
        {
            divisors.Add(NextUInt64(rng) | (1UL << 63));
        }

        foreach (ulong d in divisors)
        {
            ulong expected = (ulong)(UInt128.MaxValue / d);
            Assert.True(expected == UInt256.Reciprocal(d), $"Reciprocal(0x{d:x})");
        }
    }

    [Fact]
    public void Two_by_one_division_with_the_reciprocal_matches_128_bit_division()
    {
        var rng = new Random(4);
        for (int i = 0; i < 20000; i++)
        {
            ulong d = NextUInt64(rng) | (1UL << 63);
            ulong high = i % 3 == 0 ? d - 1 : NextUInt64(rng) % d;
            ulong low = i % 5 == 0 ? ulong.MaxValue : NextUInt64(rng);
            var dividend = new UInt128(high, low);
            ulong q = UInt256.DivideTwoByOne(high, low, d, UInt256.Reciprocal(d), out ulong r);
            Assert.True((ulong)(dividend / d) == q && (ulong)(dividend % d) == r, $"(0x{high:x}, 0x{low:x}) / 0x{d:x}");
        }
    }

    [Fact]
    public void Quotient_times_divisor_plus_remainder_restores_the_dividend()
    {
        foreach (var (a, b) in Pairs(2000, seed: 5))
        {
            if (b.IsZero)
            {
                continue;
            }

            UInt256.DivideRemainder(in a, in b, out var q, out var r);
            Assert.True(r < b);
            Assert.Equal(Big(a), (Big(q) * Big(b)) + Big(r));
        }
    }

    [Fact]
    public void Reference_model_agrees_with_known_answers()
    {
        // Guards the model itself: a wrong reference would make every property test meaningless.
        Assert.Equal(new UInt256(3), Ref.Div(new UInt256(10), new UInt256(3)));
        Assert.Equal(UInt256.MaxValue, Ref.SDiv(UInt256.One, UInt256.MaxValue));
        Assert.Equal(UInt256.MaxValue, Ref.SMod(UInt256.MaxValue - new UInt256(2), new UInt256(2)));
        Assert.Equal(BigInteger.Pow(2, 255) - 1, Big(UInt256.SignedMaxValue));
    }
}
