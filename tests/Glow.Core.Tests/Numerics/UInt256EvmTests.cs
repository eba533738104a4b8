using System.Numerics;
using Glow.Core.Numerics;
using static Glow.Core.Tests.Numerics.UInt256Samples;
using Ref = Glow.Core.Tests.Numerics.UInt256Reference;

namespace Glow.Core.Tests.Numerics;

public class UInt256EvmTests
{
    private static readonly int[] ShiftCounts = [0, 1, 63, 64, 65, 127, 128, 191, 192, 255, 256, 300];

    [Fact]
    public void Signed_division_and_modulo_read_twos_complement()
    {
        foreach (var (a, b) in Pairs(5000))
        {
            Expect(Ref.SDiv(a, b), UInt256.SignedDivide(a, b), "SDIV", a, b);
            Expect(Ref.SMod(a, b), UInt256.SignedMod(a, b), "SMOD", a, b);
            UInt256.SignedDivide(in a, in b, out var q);
            UInt256.SignedMod(in a, in b, out var r);
            Expect(Ref.SDiv(a, b), q, "SDIV out", a, b);
            Expect(Ref.SMod(a, b), r, "SMOD out", a, b);
        }
    }

    [Fact]
    public void Minus_2_255_divided_by_minus_1_is_minus_2_255()
    {
        Assert.Equal(UInt256.SignedMinValue, UInt256.SignedDivide(UInt256.SignedMinValue, UInt256.MaxValue));
        Assert.Equal(UInt256.Zero, UInt256.SignedMod(UInt256.SignedMinValue, UInt256.MaxValue));
    }

    [Fact]
    public void Signed_modulo_takes_the_sign_of_the_dividend()
    {
        var minusSeven = UInt256.Negate(new UInt256(7));
        var minusThree = UInt256.Negate(new UInt256(3));
        Assert.Equal(UInt256.Negate(UInt256.One), UInt256.SignedMod(minusSeven, new UInt256(3)));
        Assert.Equal(UInt256.One, UInt256.SignedMod(new UInt256(7), minusThree));
        Assert.Equal(UInt256.Negate(new UInt256(2)), UInt256.SignedDivide(minusSeven, new UInt256(3)));
        Assert.Equal(UInt256.Zero, UInt256.SignedDivide(minusSeven, UInt256.Zero));
        Assert.Equal(UInt256.Zero, UInt256.SignedMod(minusSeven, UInt256.Zero));
    }

    [Fact]
    public void AddMod_and_MulMod_use_exact_intermediates()
    {
        var rng = new Random(21);
        var edges = Edges.Take(18).ToArray();
        var triples = new List<(UInt256, UInt256, UInt256)>();
        foreach (var a in edges)
        {
            foreach (var b in edges)
            {
                foreach (var m in edges)
                {
                    triples.Add((a, b, m));
                }
            }
        }

        for (int i = 0; i < 5000; i++)
        {
            triples.Add((Next(rng), Next(rng), Next(rng)));
        }

        foreach (var (a, b, m) in triples)
        {
            Expect(Ref.AddMod(a, b, m), UInt256.AddMod(a, b, m), "ADDMOD", a, b, m);
            Expect(Ref.MulMod(a, b, m), UInt256.MulMod(a, b, m), "MULMOD", a, b, m);
            UInt256.AddMod(in a, in b, in m, out var s);
            UInt256.MulMod(in a, in b, in m, out var p);
            Expect(Ref.AddMod(a, b, m), s, "ADDMOD out", a, b, m);
            Expect(Ref.MulMod(a, b, m), p, "MULMOD out", a, b, m);
        }
    }

    [Fact]
    public void Modulus_zero_gives_zero()
    {
        Assert.Equal(UInt256.Zero, UInt256.AddMod(UInt256.MaxValue, UInt256.MaxValue, UInt256.Zero));
        Assert.Equal(UInt256.Zero, UInt256.MulMod(UInt256.MaxValue, UInt256.MaxValue, UInt256.Zero));
        Assert.Equal(UInt256.One, UInt256.MulMod(UInt256.MaxValue, UInt256.MaxValue, UInt256.MaxValue - UInt256.One));
    }

    [Fact]
    public void Exp_matches_modular_exponentiation()
    {
        // BigInteger.ModPow with 256-bit exponents is the slow part of this suite: the edge set is trimmed to its first 18 values.
        var rng = new Random(10);
        var cases = (from b in Edges.Take(18) from e in Edges.Take(18) select (b, e)).ToList();
        for (int i = 0; i < 1000; i++)
        {
            cases.Add((Next(rng), Next(rng)));
        }

        for (int i = 0; i <= 300; i++)
        {
            cases.Add((new UInt256(2), new UInt256((ulong)i)));
            cases.Add((new UInt256(3), new UInt256((ulong)i)));
            cases.Add((Next(rng), new UInt256((ulong)i)));
        }

        foreach (var b in new[] { UInt256.Zero, UInt256.One, new UInt256(2), new UInt256(6), UInt256.MaxValue, UInt256.SignedMinValue })
        {
            foreach (var e in new[] { UInt256.Zero, UInt256.One, new UInt256(255), new UInt256(256), new UInt256(0, 1), UInt256.MaxValue })
            {
                cases.Add((b, e));
            }
        }

        foreach (var (b, e) in cases)
        {
            Expect(Ref.Exp(b, e), UInt256.Exp(b, e), "EXP", b, e);
            UInt256.Exp(in b, in e, out var viaOut);
            Expect(Ref.Exp(b, e), viaOut, "EXP out", b, e);
        }
    }

    [Fact]
    public void SignExtend_copies_the_sign_bit_of_the_chosen_byte()
    {
        foreach (var x in Singles(300).Append(new UInt256(0x80)).Append(new UInt256(0x7f)).Append(new UInt256(0xff7f)))
        {
            for (int i = 0; i <= 33; i++)
            {
                Expect(Ref.SignExtend(i, x), UInt256.SignExtend(i, x), $"SIGNEXTEND[{i}]", x);
                Expect(Ref.SignExtend(i, x), UInt256.SignExtend(new UInt256((ulong)i), x), $"SIGNEXTEND[{i}] word", x);
            }

            foreach (var large in new[] { new UInt256(0, 1), UInt256.MaxValue, new UInt256(1, 0, 0, 1) })
            {
                Expect(x, UInt256.SignExtend(large, x), "SIGNEXTEND large", large, x);
            }

            Expect(x, UInt256.SignExtend(-1, x), "SIGNEXTEND -1", x);
        }

        Assert.Equal(UInt256.MaxValue, UInt256.SignExtend(0, new UInt256(0xff)));
        Assert.Equal(new UInt256(0x7f), UInt256.SignExtend(0, new UInt256(0xff7f)));
    }

    [Fact]
    public void Byte_picks_big_endian_bytes_and_zero_past_31()
    {
        foreach (var x in Singles(300))
        {
            for (int i = 0; i <= 33; i++)
            {
                Expect(Ref.Byte(i, x), UInt256.Byte(i, x), $"BYTE[{i}]", x);
                Expect(Ref.Byte(i, x), UInt256.Byte(new UInt256((ulong)i), x), $"BYTE[{i}] word", x);
            }

            Assert.Equal(UInt256.Zero, UInt256.Byte(new UInt256(0, 1), x));
            Assert.Equal(UInt256.Zero, UInt256.Byte(UInt256.MaxValue, x));
            Assert.Equal(UInt256.Zero, UInt256.Byte(-1, x));
        }

        var word = UInt256.FromBigEndian(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());
        Assert.Equal(new UInt256(1), UInt256.Byte(0, word));
        Assert.Equal(new UInt256(32), UInt256.Byte(31, word));
    }

    [Fact]
    public void Shifts_match_the_reference_for_every_count()
    {
        var rng = new Random(12);
        foreach (var x in Singles(500))
        {
            var counts = ShiftCounts.Concat(Enumerable.Range(0, 8).Select(_ => rng.Next(0, 300)));
            foreach (int n in counts)
            {
                Expect(Ref.Shl(x, n), x << n, $"SHL {n}", x);
                Expect(Ref.Shr(x, n), x >> n, $"SHR {n}", x);
                Expect(Ref.Shr(x, n), x >>> n, $"SHR >>> {n}", x);
                Expect(Ref.Sar(x, n), UInt256.ShiftRightArithmetic(x, n), $"SAR {n}", x);
                var count = new UInt256((ulong)n);
                Expect(Ref.Shl(x, n), UInt256.ShiftLeft(x, count), $"SHL word {n}", x);
                Expect(Ref.Shr(x, n), UInt256.ShiftRight(x, count), $"SHR word {n}", x);
                Expect(Ref.Sar(x, n), UInt256.ShiftRightArithmetic(x, count), $"SAR word {n}", x);
            }

            foreach (var huge in new[] { new UInt256(0, 1), UInt256.MaxValue, new UInt256(5, 0, 0, 1) })
            {
                Expect(UInt256.Zero, UInt256.ShiftLeft(x, huge), "SHL huge", x, huge);
                Expect(UInt256.Zero, UInt256.ShiftRight(x, huge), "SHR huge", x, huge);
                Expect(x.IsNegative ? UInt256.MaxValue : UInt256.Zero, UInt256.ShiftRightArithmetic(x, huge), "SAR huge", x, huge);
            }

            Expect(UInt256.Zero, x << -1, "SHL -1", x);
            Expect(UInt256.Zero, x >> -1, "SHR -1", x);
        }
    }

    [Fact]
    public void Negate_is_twos_complement()
    {
        foreach (var x in Singles(1000))
        {
            Expect(Ref.Word(-Big(x)), UInt256.Negate(x), "Negate", x);
            Expect(Big(x) >= Ref.HalfModulus, x.IsNegative, "IsNegative", x);
        }

        Assert.Equal(UInt256.SignedMinValue, UInt256.Negate(UInt256.SignedMinValue));
        Assert.Equal(UInt256.Zero, UInt256.Negate(UInt256.Zero));
    }

    [Fact]
    public void Bitwise_operators_act_on_each_bit()
    {
        foreach (var (a, b) in Pairs(2000))
        {
            Expect(Ref.Word(Big(a) & Big(b)), a & b, "&", a, b);
            Expect(Ref.Word(Big(a) | Big(b)), a | b, "|", a, b);
            Expect(Ref.Word(Big(a) ^ Big(b)), a ^ b, "^", a, b);
            Expect(Ref.Word(Ref.Modulus - 1 - Big(a)), ~a, "~", a);
        }
    }

    [Fact]
    public void BitLength_and_ByteLength_count_significant_bits_and_bytes()
    {
        foreach (var x in Singles(2000))
        {
            var big = Big(x);
            int bits = big.IsZero ? 0 : (int)big.GetBitLength();
            Assert.Equal(bits, x.BitLength);
            Assert.Equal((bits + 7) / 8, x.ByteLength);
            Assert.Equal(256 - bits, UInt256.LeadingZeroCount(x));
            for (int i = 0; i < 256; i += 37)
            {
                Assert.Equal(!(big >> i).IsEven, x.IsBitSet(i));
            }
        }

        Assert.False(UInt256.MaxValue.IsBitSet(256));
        Assert.False(UInt256.MaxValue.IsBitSet(-1));
        Assert.Equal(BigInteger.Zero, Big(UInt256.Zero));
    }
}
