using System.Numerics;
using Glow.Core.Numerics;
using static Glow.Core.Tests.Numerics.UInt256Samples;
using Ref = Glow.Core.Tests.Numerics.UInt256Reference;

namespace Glow.Core.Tests.Numerics;

public class UInt256ConversionTests
{
    [Fact]
    public void Big_endian_bytes_round_trip_and_match_the_reference()
    {
        Span<byte> bytes = stackalloc byte[32];
        Span<byte> trimmed = stackalloc byte[40];
        foreach (var x in Singles(2000))
        {
            x.WriteBigEndian(bytes);
            byte[] expected = Big(x).ToByteArray(isUnsigned: true, isBigEndian: true);
            if (x.IsZero)
            {
                expected = [];
            }

            Assert.Equal(expected, bytes[(32 - expected.Length)..].ToArray());
            Assert.Equal(x, UInt256.FromBigEndian(bytes));
            Assert.Equal(x, UInt256.FromBigEndian(expected));
            Assert.Equal(bytes.ToArray(), x.ToBigEndian());
            Assert.Equal(expected.Length, x.ByteLength);
            trimmed.Fill(0xAA);
            x.WriteBigEndianTrimmed(trimmed);
            Assert.Equal(expected, trimmed[..x.ByteLength].ToArray());
            Assert.Equal(0xAA, trimmed[x.ByteLength]);

            x.WriteLittleEndian(bytes);
            Assert.Equal(x, UInt256.FromLittleEndian(bytes));
            Assert.Equal(x, UInt256.FromLittleEndian(Big(x).ToByteArray(isUnsigned: true, isBigEndian: false)));
        }
    }

    [Fact]
    public void Short_big_endian_input_reads_as_left_padded()
    {
        Assert.Equal(UInt256.Zero, UInt256.FromBigEndian([]));
        Assert.Equal(new UInt256(0x0102), UInt256.FromBigEndian([0x01, 0x02]));
        Assert.Equal(new UInt256(0x0203_0405_0607_0809, 0x01), UInt256.FromBigEndian([1, 2, 3, 4, 5, 6, 7, 8, 9]));
        for (int length = 0; length <= 32; length++)
        {
            var input = Enumerable.Range(1, length).Select(i => (byte)(i * 7)).ToArray();
            var padded = new byte[32 - length].Concat(input).ToArray();
            Assert.Equal(UInt256.FromBigEndian(padded), UInt256.FromBigEndian(input));
        }
    }

    [Fact]
    public void Rejects_byte_spans_of_the_wrong_size()
    {
        Assert.Throws<ArgumentException>(() => UInt256.FromBigEndian(new byte[33]));
        Assert.Throws<ArgumentException>(() => UInt256.FromLittleEndian(new byte[33]));
        Assert.Throws<ArgumentException>(() => UInt256.One.WriteBigEndian(new byte[31]));
        Assert.Throws<ArgumentException>(() => UInt256.One.WriteBigEndian(new byte[33]));
        Assert.Throws<ArgumentException>(() => UInt256.One.WriteLittleEndian(new byte[31]));
        Assert.Throws<ArgumentException>(() => new UInt256(0x100).WriteBigEndianTrimmed(new byte[1]));
        UInt256.Zero.WriteBigEndianTrimmed([]);
        Assert.Equal(0, UInt256.Zero.ByteLength);
    }

    [Fact]
    public void BigInteger_conversions_round_trip_and_reject_out_of_range()
    {
        foreach (var x in Singles(2000))
        {
            var big = (BigInteger)x;
            Assert.Equal(Big(x), big);
            Assert.Equal(x, (UInt256)big);
        }

        Assert.Equal(UInt256.MaxValue, (UInt256)(Ref.Modulus - 1));
        Assert.Throws<OverflowException>(() => (UInt256)Ref.Modulus);
        Assert.Throws<OverflowException>(() => (UInt256)BigInteger.MinusOne);
        Assert.Throws<OverflowException>(() => (UInt256)(-Ref.Modulus));
    }

    [Fact]
    public void Integer_conversions_keep_the_value_or_throw()
    {
        UInt256 fromULong = ulong.MaxValue;
        UInt256 fromUInt = uint.MaxValue;
        UInt256 fromUInt128 = UInt128.MaxValue;
        Assert.Equal(new UInt256(ulong.MaxValue), fromULong);
        Assert.Equal(new UInt256(uint.MaxValue), fromUInt);
        Assert.Equal(new UInt256(ulong.MaxValue, ulong.MaxValue), fromUInt128);
        Assert.Equal(new UInt256(5), (UInt256)5);
        Assert.Equal(new UInt256(long.MaxValue), (UInt256)long.MaxValue);
        Assert.Throws<OverflowException>(() => (UInt256)(-1));
        Assert.Throws<OverflowException>(() => (UInt256)long.MinValue);

        Assert.Equal(ulong.MaxValue, (ulong)new UInt256(ulong.MaxValue));
        Assert.Throws<OverflowException>(() => (ulong)new UInt256(0, 1));
        Assert.Throws<OverflowException>(() => (ulong)new UInt256(0, 0, 0, 1));
        Assert.Equal(long.MaxValue, (long)new UInt256(long.MaxValue));
        Assert.Throws<OverflowException>(() => (long)new UInt256(1UL << 63));
        Assert.Equal(int.MaxValue, (int)new UInt256(int.MaxValue));
        Assert.Throws<OverflowException>(() => (int)new UInt256(1UL << 31));
        Assert.Equal(UInt128.MaxValue, (UInt128)new UInt256(ulong.MaxValue, ulong.MaxValue));
        Assert.Throws<OverflowException>(() => (UInt128)new UInt256(0, 0, 1));

        Assert.True(new UInt256(7).TryGetUInt64(out ulong seven));
        Assert.Equal(7UL, seven);
        Assert.False(new UInt256(7, 0, 1).TryGetUInt64(out ulong none));
        Assert.Equal(0UL, none);
    }
}
