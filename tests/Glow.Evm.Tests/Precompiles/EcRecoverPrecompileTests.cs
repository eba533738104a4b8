using Glow.Core;
using Glow.Core.Crypto;
using Glow.Core.Encoding;
using Glow.Evm.Precompiles;

namespace Glow.Evm.Tests.Precompiles;

public class EcRecoverPrecompileTests
{
    private const string SecpOrder = "fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141";

    [Fact]
    public void Recovers_the_conformance_suites_sender_from_its_signature()
    {
        // The key behind a94f5374…bf0b signs the transactions of the Ethereum test suites.
        var input = Hex.Decode(
            "18c547e4f7b0f325ad1e56f57e26c745b09a3e503d86e00e5255ff7f715d3d1c" +
            "000000000000000000000000000000000000000000000000000000000000001c" +
            "73b1693892219d736caba55bdb67216e485557ea6b6af75f37096c9aa6a5a75f" +
            "eeb940b1d03b21e36b0e47e79769f095fe2ab855bd91e3a38756b7d75a9c4549");
        Assert.True(EcRecoverPrecompile.Instance.TryRun(input, out var output));
        Assert.Equal("000000000000000000000000a94f5374fce5edbc8e2a8697c15331677e6ebf0b", Hex.Encode(output, prefix: false));
    }

    [Fact]
    public void Returns_empty_output_when_r_is_not_the_x_of_a_curve_point()
    {
        var input = Hex.Decode(
            "a8b53bdf3306a35a7103ab5504a0c9b492295564b6202b1942a84ef300107281" +
            "000000000000000000000000000000000000000000000000000000000000001b" +
            "3078356531653033663533636531386237373263636230303933666637316633" +
            "6635336635633735623734646362333161383561613862383839326234653862" +
            "1122334455667788991011121314151617181920212223242526272829303132");
        Assert.True(EcRecoverPrecompile.Instance.TryRun(input, out var output));
        Assert.Empty(output);
    }

    [Fact]
    public void Recovers_the_address_of_random_signers_with_both_recovery_ids()
    {
        var random = new Random(1);
        for (var i = 0; i < 50; i++)
        {
            var (input, expected) = SignedInput(random);
            Assert.True(EcRecoverPrecompile.Instance.TryRun(input, out var output));
            Assert.Equal(32, output.Length);
            Assert.All(output[..12], b => Assert.Equal(0, b));
            Assert.Equal(expected, new Address(output.AsSpan(12)));
        }
    }

    [Fact]
    public void Extra_input_beyond_128_bytes_is_ignored_and_short_input_is_zero_padded()
    {
        var (input, expected) = SignedInput(new Random(3));
        Assert.True(EcRecoverPrecompile.Instance.TryRun([.. input, 1, 2, 3], out var output));
        Assert.Equal(expected, new Address(output.AsSpan(12)));

        // Cut at 100 bytes: s loses its last 28 bytes (read as zeros), so the recovery gives another key or fails.
        Assert.True(EcRecoverPrecompile.Instance.TryRun(input.AsSpan(0, 100), out var shortOutput));
        Assert.True(shortOutput.Length == 0 || new Address(shortOutput.AsSpan(12)) != expected);
    }

    [Fact]
    public void Accepts_a_high_s_signature()
    {
        var (input, expected) = SignedInput(new Random(4));
        var n = System.Numerics.BigInteger.Parse("0" + SecpOrder, System.Globalization.NumberStyles.HexNumber);
        var s = new System.Numerics.BigInteger(input.AsSpan(96, 32), isUnsigned: true, isBigEndian: true);
        var flipped = (n - s).ToByteArray(isUnsigned: true, isBigEndian: true);
        var high = (byte[])input.Clone();
        Array.Clear(high, 96, 32);
        flipped.CopyTo(high, 128 - flipped.Length);
        high[63] = (byte)(high[63] == 27 ? 28 : 27);

        Assert.True(EcRecoverPrecompile.Instance.TryRun(high, out var output));
        Assert.Equal(expected, new Address(output.AsSpan(12)));
    }

    [Theory]
    [InlineData(63, 0)]
    [InlineData(63, 1)]
    [InlineData(63, 26)]
    [InlineData(63, 29)]
    [InlineData(62, 1)]
    [InlineData(32, 1)]
    public void Returns_empty_output_for_a_v_other_than_27_or_28_as_a_full_word(int index, byte value)
    {
        var (input, _) = SignedInput(new Random(5));
        input[index] = value;
        Assert.True(EcRecoverPrecompile.Instance.TryRun(input, out var output));
        Assert.Empty(output);
    }

    [Theory]
    [InlineData("r", "0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("s", "0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("r", SecpOrder)]
    [InlineData("s", SecpOrder)]
    [InlineData("r", "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff")]
    [InlineData("s", "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff")]
    public void Returns_empty_output_for_r_or_s_out_of_range(string which, string value)
    {
        var (input, _) = SignedInput(new Random(6));
        Hex.Decode(value).CopyTo(input, which == "r" ? 64 : 96);
        Assert.True(EcRecoverPrecompile.Instance.TryRun(input, out var output));
        Assert.Empty(output);
    }

    [Fact]
    public void Returns_empty_output_for_empty_input_and_costs_3000()
    {
        Assert.True(EcRecoverPrecompile.Instance.TryRun([], out var output));
        Assert.Empty(output);
        Assert.Equal(3000, EcRecoverPrecompile.Instance.GasCost([]));
        Assert.Equal(3000, EcRecoverPrecompile.Instance.GasCost(new byte[1000]));
    }

    private static (byte[] Input, Address Signer) SignedInput(Random random)
    {
        var key = new byte[32];
        var hash = new byte[32];
        do
        {
            random.NextBytes(key);
        }
        while (!Secp256k1.IsValidPrivateKey(key));

        random.NextBytes(hash);
        var signature = new byte[64];
        Assert.True(Secp256k1.Sign(hash, key, signature, out var recoveryId));
        Assert.True(Secp256k1.TryDeriveAddressFromPrivateKey(key, out var address));
        var input = new byte[128];
        hash.CopyTo(input, 0);
        input[63] = (byte)(27 + recoveryId);
        signature.CopyTo(input, 64);
        return (input, address);
    }
}
