using System.Numerics;
using Glow.Core.Encoding;
using Glow.Evm.Precompiles;

namespace Glow.Evm.Tests.Precompiles;

public class ModExpPrecompileTests
{
    private const string SecpP = "fffffffffffffffffffffffffffffffffffffffffffffffffffffffefffffc2f";
    private const string SecpPMinus1 = "fffffffffffffffffffffffffffffffffffffffffffffffffffffffefffffc2e";

    [Fact]
    public void EIP_198_example_1_Fermat_gives_one_and_costs_13056_then_1360()
    {
        var input = Input(1, 32, 32, "03" + SecpPMinus1 + SecpP);
        Assert.Equal("0000000000000000000000000000000000000000000000000000000000000001", Run(ModExpPrecompile.Berlin, input));
        Assert.Equal(13056, ModExpPrecompile.Byzantium.GasCost(input));
        Assert.Equal(1360, ModExpPrecompile.Berlin.GasCost(input));
    }

    [Fact]
    public void EIP_198_example_2_zero_base_length_reads_the_exponent_next()
    {
        var input = Input(0, 32, 32, SecpPMinus1 + SecpP);
        Assert.Equal(new string('0', 64), Run(ModExpPrecompile.Berlin, input));
        Assert.Equal(1360, ModExpPrecompile.Berlin.GasCost(input));
    }

    [Fact]
    public void EIP_198_example_3_a_modulus_length_of_2_to_the_256_minus_1_is_priced_out_not_allocated()
    {
        var input = Hex.Decode(
            "0000000000000000000000000000000000000000000000000000000000000000" +
            "0000000000000000000000000000000000000000000000000000000000000020" +
            "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff" +
            "fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe" +
            "fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffd");
        Assert.Equal(long.MaxValue, ModExpPrecompile.Byzantium.GasCost(input));
        Assert.Equal(long.MaxValue, ModExpPrecompile.Berlin.GasCost(input));
        Assert.False(ModExpPrecompile.Berlin.TryRun(input, out _));
    }

    [Theory]
    [InlineData("03" + "ffff" + "8000000000000000000000000000000000000000000000000000000000000000" + "07")]
    [InlineData("03" + "ffff" + "80")]
    public void EIP_198_examples_4_and_5_ignore_excess_and_pad_missing_bytes(string body)
    {
        var input = Input(1, 2, 32, body);
        var expected = BigInteger.ModPow(3, 65535, BigInteger.One << 255);
        Assert.Equal(Hex32(expected), Run(ModExpPrecompile.Berlin, input));
    }

    [Fact]
    public void Agrees_with_BigInteger_ModPow_on_seeded_random_inputs_of_every_shape()
    {
        var random = new Random(198);
        for (var i = 0; i < 3000; i++)
        {
            var baseLength = PickLength(random);
            var exponentLength = random.Next(4) == 0 ? random.Next(0, 80) : random.Next(0, 9);
            var modulusLength = PickLength(random);
            var baseBytes = RandomBytes(random, baseLength);
            var exponentBytes = RandomBytes(random, exponentLength);
            var modulusBytes = RandomBytes(random, modulusLength);
            switch (random.Next(6))
            {
                case 0 when modulusLength > 0:
                    modulusBytes[^1] |= 1;
                    break;
                case 1 when modulusLength > 0:
                    modulusBytes[^1] &= 0xf0;
                    break;
                case 2 when modulusLength > 1:
                    Array.Clear(modulusBytes, 0, random.Next(modulusLength));
                    break;
                case 3 when baseLength > 0:
                    Array.Clear(baseBytes, 0, random.Next(baseLength));
                    break;
            }

            var input = Input(baseLength, exponentLength, modulusLength, Hex.Encode([.. baseBytes, .. exponentBytes, .. modulusBytes], prefix: false));
            Assert.True(ModExpPrecompile.Berlin.TryRun(input, out var output));
            Assert.Equal(modulusLength, output.Length);
            var expected = Reference(baseBytes, exponentBytes, modulusBytes);
            Assert.True(expected.AsSpan().SequenceEqual(output), $"case {i}: {Hex.Encode(input)}");
        }
    }

    [Fact]
    public void Even_moduli_of_every_power_of_two_factor_agree_with_BigInteger()
    {
        var random = new Random(2);
        for (var shift = 1; shift < 300; shift++)
        {
            var odd = new BigInteger(RandomBytes(random, random.Next(0, 40)), isUnsigned: true) | 1;
            var modulus = odd << shift;
            var modulusBytes = modulus.ToByteArray(isUnsigned: true, isBigEndian: true);
            foreach (var baseValue in new[] { BigInteger.Zero, BigInteger.One, new BigInteger(2), new BigInteger(RandomBytes(random, 50), isUnsigned: true) })
            {
                var baseBytes = baseValue.IsZero ? [] : baseValue.ToByteArray(isUnsigned: true, isBigEndian: true);
                var exponentBytes = RandomBytes(random, random.Next(1, 40));
                var input = Input(baseBytes.Length, exponentBytes.Length, modulusBytes.Length, Hex.Encode([.. baseBytes, .. exponentBytes, .. modulusBytes], prefix: false));
                Assert.True(ModExpPrecompile.Berlin.TryRun(input, out var output));
                Assert.Equal(Reference(baseBytes, exponentBytes, modulusBytes), output);
            }
        }
    }

    [Fact]
    public void Large_odd_and_even_moduli_agree_with_BigInteger()
    {
        var random = new Random(3);
        foreach (var modulusLength in new[] { 128, 256, 512, 513, 1024 })
        {
            for (var parity = 0; parity < 2; parity++)
            {
                var modulusBytes = RandomBytes(random, modulusLength);
                modulusBytes[0] |= 0x80;
                modulusBytes[^1] = parity == 0 ? (byte)(modulusBytes[^1] | 1) : (byte)(modulusBytes[^1] & 0xfe);
                var baseBytes = RandomBytes(random, modulusLength + 3);
                var exponentBytes = RandomBytes(random, 24);
                var input = Input(baseBytes.Length, exponentBytes.Length, modulusLength, Hex.Encode([.. baseBytes, .. exponentBytes, .. modulusBytes], prefix: false));
                Assert.True(ModExpPrecompile.Berlin.TryRun(input, out var output));
                Assert.Equal(Reference(baseBytes, exponentBytes, modulusBytes), output);
            }
        }
    }

    [Theory]
    [InlineData(0, 0, 0, "", "")]
    [InlineData(0, 0, 1, "", "00")]
    [InlineData(0, 0, 2, "0001", "0000")]
    [InlineData(0, 0, 2, "0002", "0001")]
    [InlineData(0, 0, 1, "01", "00")]
    [InlineData(0, 1, 1, "0102", "00")]
    [InlineData(1, 1, 1, "000002", "01")]
    [InlineData(1, 1, 1, "020103", "02")]
    [InlineData(1, 1, 1, "020205", "04")]
    [InlineData(1, 1, 4, "0705" + "00000000", "00000000")]
    public void Edge_cases_zero_lengths_zero_modulus_and_modulus_one(int baseLength, int exponentLength, int modulusLength, string body, string expected)
    {
        var input = Input(baseLength, exponentLength, modulusLength, body);
        Assert.Equal(expected, Run(ModExpPrecompile.Berlin, input));
        Assert.Equal(expected, Run(ModExpPrecompile.Byzantium, input));
    }

    [Fact]
    public void A_huge_exponent_with_zero_base_and_modulus_lengths_costs_the_minimum_and_returns_nothing()
    {
        var input = Hex.Decode(
            "0000000000000000000000000000000000000000000000000000000000000000" +
            "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff" +
            "0000000000000000000000000000000000000000000000000000000000000000");
        Assert.Equal(200, ModExpPrecompile.Berlin.GasCost(input));
        Assert.Equal(0, ModExpPrecompile.Byzantium.GasCost(input));
        Assert.True(ModExpPrecompile.Berlin.TryRun(input, out var output));
        Assert.Empty(output);
    }

    [Fact]
    public void A_huge_exponent_length_with_a_modulus_is_priced_out_and_fails_without_allocating()
    {
        var input = Input(1, 0, 1, "0203");
        input[63] = 0;
        input[40] = 1; // exponent length 2^184
        Assert.Equal(long.MaxValue, ModExpPrecompile.Berlin.GasCost(input));
        Assert.Equal(long.MaxValue, ModExpPrecompile.Byzantium.GasCost(input));
        Assert.False(ModExpPrecompile.Berlin.TryRun(input, out _));
    }

    [Fact]
    public void Pricing_and_rejecting_declared_lengths_of_2_to_the_255_allocates_nothing()
    {
        var input = Hex.Decode(
            "8000000000000000000000000000000000000000000000000000000000000000" +
            "8000000000000000000000000000000000000000000000000000000000000000" +
            "8000000000000000000000000000000000000000000000000000000000000000" + "0102030405");
        Assert.Equal(long.MaxValue, ModExpPrecompile.Berlin.GasCost(input));
        Assert.False(ModExpPrecompile.Berlin.TryRun(input, out _));

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            _ = ModExpPrecompile.Berlin.GasCost(input);
            _ = ModExpPrecompile.Byzantium.GasCost(input);
            _ = ModExpPrecompile.Berlin.TryRun(input, out _);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Exponent_and_modulus_bytes_past_the_input_read_as_zeros()
    {
        // Exponent 0x01 then nine missing bytes (2^72: top bit 72); the modulus lies wholly past the input, so it
        // is zero and so is the one-byte output.
        var input = Input(1, 10, 1, "03" + "01");
        Assert.Equal("00", Run(ModExpPrecompile.Berlin, input));
        Assert.Equal(200, ModExpPrecompile.Berlin.GasCost(input));
        Assert.Equal(72 / 20, ModExpPrecompile.Byzantium.GasCost(input));

        // The same exponent written out in full, with a modulus after it.
        var full = Input(1, 10, 1, "03" + "01" + new string('0', 18) + "07");
        Assert.Equal(Hex.Encode([(byte)BigInteger.ModPow(3, BigInteger.One << 72, 7)], prefix: false), Run(ModExpPrecompile.Berlin, full));
    }

    [Theory]
    [InlineData(64, 1, 64, "03", 200, 204)]
    [InlineData(64, 3, 64, "010001", 341, 3276)]
    [InlineData(128, 1, 128, "03", 200, 665)]
    [InlineData(128, 3, 128, "010001", 1365, 10649)]
    [InlineData(256, 1, 256, "03", 341, 1894)]
    [InlineData(256, 3, 256, "010001", 5461, 30310)]
    [InlineData(512, 1, 512, "03", 1365, 5580)]
    [InlineData(512, 3, 512, "010001", 21845, 89292)]
    [InlineData(1024, 1, 1024, "03", 5461, 17868)]
    [InlineData(1024, 3, 1024, "010001", 87381, 285900)]
    public void Prices_the_RSA_style_vectors_as_the_EIPs_and_clients_do(int baseLength, int exponentLength, int modulusLength, string exponent, long berlin, long byzantium)
    {
        var random = new Random(baseLength + exponentLength);
        var body = Hex.Encode(RandomBytes(random, baseLength), prefix: false) + exponent + Hex.Encode(RandomBytes(random, modulusLength), prefix: false);
        var input = Input(baseLength, exponentLength, modulusLength, body);
        Assert.Equal(berlin, ModExpPrecompile.Berlin.GasCost(input));
        Assert.Equal(byzantium, ModExpPrecompile.Byzantium.GasCost(input));
    }

    [Fact]
    public void Long_exponents_are_priced_by_their_length_and_first_32_bytes()
    {
        // 100-byte exponent 00 00 01 00…: the first 32 bytes are 2^232, so 8·(100 − 32) + 232 = 776 iterations.
        // (EIP-198's prose example says 253 for this exponent, an arithmetic slip; clients compute 232.)
        var exponent = new byte[100];
        exponent[2] = 1;
        var input = Input(1, 100, 1, "02" + Hex.Encode(exponent, prefix: false) + "05");
        Assert.Equal(776 / 3, ModExpPrecompile.Berlin.GasCost(input));
        Assert.Equal(776 / 20, ModExpPrecompile.Byzantium.GasCost(input));

        // A zero head counts as exactly 8·(length − 32).
        var zeroHead = Input(8, 64, 8, new string('1', 16) + new string('0', 128) + new string('3', 16));
        Assert.Equal(Math.Max(200, 1 * 256 / 3), ModExpPrecompile.Berlin.GasCost(zeroHead));
        Assert.Equal(64 * 256 / 20, ModExpPrecompile.Byzantium.GasCost(zeroHead));
    }

    private static byte[] Reference(byte[] baseBytes, byte[] exponentBytes, byte[] modulusBytes)
    {
        var output = new byte[modulusBytes.Length];
        var modulus = new BigInteger(modulusBytes, isUnsigned: true, isBigEndian: true);
        if (modulus.IsZero)
        {
            return output;
        }

        var value = BigInteger.ModPow(
            new BigInteger(baseBytes, isUnsigned: true, isBigEndian: true),
            new BigInteger(exponentBytes, isUnsigned: true, isBigEndian: true),
            modulus);
        var bytes = value.IsZero ? [] : value.ToByteArray(isUnsigned: true, isBigEndian: true);
        bytes.CopyTo(output, output.Length - bytes.Length);
        return output;
    }

    private static int PickLength(Random random) => random.Next(10) switch
    {
        0 => 0,
        < 4 => random.Next(1, 9),
        < 8 => random.Next(9, 70),
        _ => random.Next(70, 200),
    };

    private static byte[] RandomBytes(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }

    private static byte[] Input(long baseLength, long exponentLength, long modulusLength, string body) =>
        Hex.Decode(Word(baseLength) + Word(exponentLength) + Word(modulusLength) + body);

    private static string Word(long value) => value.ToString("x64", System.Globalization.CultureInfo.InvariantCulture);

    private static string Hex32(BigInteger value) => value.ToString("x64", System.Globalization.CultureInfo.InvariantCulture)[^64..];

    private static string Run(ModExpPrecompile precompile, byte[] input)
    {
        Assert.True(precompile.TryRun(input, out var output));
        return Hex.Encode(output, prefix: false);
    }
}
