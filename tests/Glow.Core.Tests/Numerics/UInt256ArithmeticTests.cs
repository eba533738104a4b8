using System.Numerics;
using Glow.Core.Numerics;
using static Glow.Core.Tests.Numerics.UInt256Samples;
using Ref = Glow.Core.Tests.Numerics.UInt256Reference;

namespace Glow.Core.Tests.Numerics;

public class UInt256ArithmeticTests
{
    private const int RandomPairs = 4000;

    [Fact]
    public void Addition_wraps_modulo_2_256_and_reports_the_carry()
    {
        foreach (var (a, b) in Pairs(RandomPairs))
        {
            var expected = Ref.Add(a, b);
            bool overflows = Big(a) + Big(b) >= Ref.Modulus;
            Expect(expected, a + b, "+", a, b);
            UInt256.Add(in a, in b, out var viaOut);
            Expect(expected, viaOut, "Add", a, b);
            Expect(overflows, UInt256.AddOverflow(in a, in b, out var viaFlag), "AddOverflow", a, b);
            Expect(expected, viaFlag, "AddOverflow result", a, b);
        }
    }

    [Fact]
    public void Subtraction_wraps_modulo_2_256_and_reports_the_borrow()
    {
        foreach (var (a, b) in Pairs(RandomPairs))
        {
            var expected = Ref.Sub(a, b);
            Expect(expected, a - b, "-", a, b);
            UInt256.Subtract(in a, in b, out var viaOut);
            Expect(expected, viaOut, "Subtract", a, b);
            Expect(b > a, UInt256.SubtractUnderflow(in a, in b, out var viaFlag), "SubtractUnderflow", a, b);
            Expect(expected, viaFlag, "SubtractUnderflow result", a, b);
        }
    }

    [Fact]
    public void Multiplication_wraps_modulo_2_256_and_reports_overflow()
    {
        foreach (var (a, b) in Pairs(RandomPairs))
        {
            var expected = Ref.Mul(a, b);
            var exact = Big(a) * Big(b);
            Expect(expected, a * b, "*", a, b);
            UInt256.Multiply(in a, in b, out var viaOut);
            Expect(expected, viaOut, "Multiply", a, b);
            Expect(exact >= Ref.Modulus, UInt256.MultiplyOverflow(in a, in b, out var viaFlag), "MultiplyOverflow", a, b);
            Expect(expected, viaFlag, "MultiplyOverflow result", a, b);
            UInt256.MultiplyFull(in a, in b, out var low, out var high);
            Expect(Ref.Word(exact), low, "MultiplyFull low", a, b);
            Expect(Ref.Word(exact >> 256), high, "MultiplyFull high", a, b);
        }
    }

    [Fact]
    public void Squaring_matches_multiplication_by_itself()
    {
        foreach (var a in Singles(4000))
        {
            UInt256.Square(in a, out var square);
            Expect(Ref.Mul(a, a), square, "Square", a);
        }
    }

    [Fact]
    public void Checked_operators_throw_exactly_when_the_result_leaves_the_range()
    {
        int thrown = 0;
        foreach (var (a, b) in Pairs(1000))
        {
            thrown += CheckOne("checked +", a, b, Big(a) + Big(b), () => checked(a + b));
            thrown += CheckOne("checked -", a, b, Big(a) - Big(b), () => checked(a - b));
            thrown += CheckOne("checked *", a, b, Big(a) * Big(b), () => checked(a * b));
        }

        Assert.True(thrown > 100, "the samples should overflow often enough to exercise the throwing path");
    }

    private static int CheckOne(string op, UInt256 a, UInt256 b, BigInteger exact, Func<UInt256> compute)
    {
        if (exact.Sign < 0 || exact >= Ref.Modulus)
        {
            try
            {
                compute();
            }
            catch (OverflowException)
            {
                return 1;
            }

            Assert.Fail($"{op}({Show(a)}, {Show(b)}) did not throw");
        }

        Expect(Ref.Word(exact), compute(), op, a, b);
        return 0;
    }

    [Fact]
    public void Increment_and_decrement_wrap_unless_checked()
    {
        var max = UInt256.MaxValue;
        var zero = UInt256.Zero;
        max++;
        zero--;
        Assert.Equal(UInt256.Zero, max);
        Assert.Equal(UInt256.MaxValue, zero);
        var five = new UInt256(5);
        five++;
        Assert.Equal(new UInt256(6), five);
        Assert.Throws<OverflowException>(() =>
        {
            var m = UInt256.MaxValue;
            return checked(++m);
        });
        Assert.Throws<OverflowException>(() =>
        {
            var z = UInt256.Zero;
            return checked(--z);
        });
    }

    [Fact]
    public void Sqrt_is_the_floor_of_the_square_root()
    {
        var rng = new Random(7);
        var values = Singles(2000).ToList();
        for (int i = 0; i < 300; i++)
        {
            // Perfect squares and their neighbours are where an off-by-one would show.
            var r = Next(rng) >> 128;
            var square = r * r;
            values.Add(square);
            values.Add(square - UInt256.One);
            values.Add(square + UInt256.One);
        }

        foreach (var x in values)
        {
            var root = Big(UInt256.Sqrt(x));
            var big = Big(x);
            if (!(root * root <= big && (root + 1) * (root + 1) > big))
            {
                Assert.Fail($"Sqrt({Show(x)}) gave 0x{root:x}");
            }
        }
    }

    [Theory]
    [InlineData(0UL, 0UL)]
    [InlineData(1UL, 1UL)]
    [InlineData(3UL, 1UL)]
    [InlineData(4UL, 2UL)]
    [InlineData(ulong.MaxValue, 4294967295UL)]
    public void Sqrt_of_small_values(ulong value, ulong root) => Assert.Equal(new UInt256(root), UInt256.Sqrt(value));

    [Fact]
    public void Sqrt_of_the_largest_value_is_2_128_minus_1() =>
        Assert.Equal(new UInt256(ulong.MaxValue, ulong.MaxValue), UInt256.Sqrt(UInt256.MaxValue));

    [Fact]
    public void Comparisons_are_unsigned_and_signed_compare_reads_twos_complement()
    {
        foreach (var (a, b) in Pairs(RandomPairs))
        {
            int expected = Ref.Compare(a, b);
            Expect(expected < 0, a < b, "<", a, b);
            Expect(expected <= 0, a <= b, "<=", a, b);
            Expect(expected > 0, a > b, ">", a, b);
            Expect(expected >= 0, a >= b, ">=", a, b);
            Expect(expected == 0, a == b, "==", a, b);
            Expect(expected != 0, a != b, "!=", a, b);
            Expect(expected == 0, a.Equals(b), "Equals", a, b);
            Expect(expected == 0, a.Equals((object)b), "Equals(object)", a, b);
            Assert.Equal(expected, Math.Sign(a.CompareTo(b)));
            Assert.Equal(expected, Math.Sign(a.CompareTo((object)b)));
            Assert.Equal(expected, UInt256.Compare(a, b));
            Assert.Equal(Ref.SignedCompare(a, b), UInt256.SignedCompare(a, b));
            Expect(expected <= 0 ? a : b, UInt256.Min(a, b), "Min", a, b);
            Expect(expected >= 0 ? a : b, UInt256.Max(a, b), "Max", a, b);
        }
    }

    [Fact]
    public void CompareTo_object_orders_null_first_and_rejects_other_types()
    {
        Assert.Equal(1, UInt256.Zero.CompareTo(null));
        Assert.Throws<ArgumentException>(() => UInt256.One.CompareTo((object)1UL));
        Assert.False(UInt256.One.Equals((object)1UL));
    }

    [Fact]
    public void Hash_code_depends_on_every_limb()
    {
        var hashes = new HashSet<int>
        {
            new UInt256(1).GetHashCode(),
            new UInt256(0, 1).GetHashCode(),
            new UInt256(0, 0, 1).GetHashCode(),
            new UInt256(0, 0, 0, 1).GetHashCode(),
        };
        Assert.Equal(4, hashes.Count);
        Assert.Equal(new UInt256(1, 2, 3, 4).GetHashCode(), new UInt256(1, 2, 3, 4).GetHashCode());
    }

    [Fact]
    public void Constants_and_predicates()
    {
        Assert.True(UInt256.Zero.IsZero);
        Assert.True(UInt256.One.IsOne);
        Assert.False(new UInt256(1, 1).IsOne);
        Assert.False(new UInt256(0, 0, 0, 1).IsZero);
        Assert.Equal(Ref.Modulus - 1, Big(UInt256.MaxValue));
        Assert.Equal(Ref.HalfModulus, Big(UInt256.SignedMinValue));
        Assert.Equal(Ref.HalfModulus - 1, Big(UInt256.SignedMaxValue));
        Assert.True(UInt256.SignedMinValue.IsNegative);
        Assert.False(UInt256.SignedMaxValue.IsNegative);
        Assert.True(new UInt256(ulong.MaxValue).IsUInt64);
        Assert.False(new UInt256(0, 1).IsUInt64);
    }
}
