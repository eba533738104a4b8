using System.Security.Cryptography;
using Glow.Evm.Precompiles.Bls12381;
using Glow.Evm.Precompiles.Kzg;

namespace Glow.Evm.Tests.Kzg;

public sealed class PointEvaluationPrecompileTests
{
    private const string ExpectedOutput =
        "0000000000000000000000000000000000000000000000000000000000001000" +
        "73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff00000001";

    private static readonly ToySetup Setup = new(new Random(71), degree: 8);
    private static readonly PointEvaluationPrecompile Precompile = new(Setup.Verifier);

    [Fact]
    public void Costs_fifty_thousand_gas_for_any_input()
    {
        Assert.Equal(50_000, PointEvaluationPrecompile.Instance.GasCost([]));
        Assert.Equal(50_000, PointEvaluationPrecompile.Instance.GasCost(new byte[192]));
        Assert.Equal(50_000, PointEvaluationPrecompile.Instance.GasCost(new byte[1000]));
    }

    [Fact]
    public void Returns_blob_size_and_modulus_for_a_valid_opening()
    {
        var input = ValidInput(new Random(72));
        Assert.True(Precompile.TryRun(input, out var output));
        Assert.Equal(ExpectedOutput, Convert.ToHexStringLower(output));
    }

    [Fact]
    public void Mainnet_accepts_the_zero_polynomial_opened_at_zero()
    {
        // Commitment and proof at infinity, z = y = 0 (the "correct" case of the Cancun point-evaluation tests).
        var input = Convert.FromHexString(
            "010657f37554c781402a22917dee2f75def7ab966d7b770905398eba3c444014" +
            new string('0', 128) +
            "c0" + new string('0', 94) +
            "c0" + new string('0', 94));
        Assert.True(PointEvaluationPrecompile.Instance.TryRun(input, out var output));
        Assert.Equal(ExpectedOutput, Convert.ToHexStringLower(output));

        input[95] = 1;
        Assert.False(PointEvaluationPrecompile.Instance.TryRun(input, out var failed));
        Assert.Empty(failed);
    }

    [Fact]
    public void Verification_does_not_allocate()
    {
        var input = ValidInput(new Random(79));
        var verifier = Setup.Verifier;
        Assert.True(verifier.VerifyProof(input.AsSpan(96, 48), input.AsSpan(32, 32), input.AsSpan(64, 32), input.AsSpan(144, 48)));
        var before = GC.GetAllocatedBytesForCurrentThread();
        var verified = verifier.VerifyProof(input.AsSpan(96, 48), input.AsSpan(32, 32), input.AsSpan(64, 32), input.AsSpan(144, 48));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(verified);
        Assert.Equal(0, allocated);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(191)]
    [InlineData(193)]
    [InlineData(384)]
    public void Fails_for_any_input_length_but_192(int length)
    {
        var valid = ValidInput(new Random(73));
        var input = new byte[length];
        valid.AsSpan(0, Math.Min(length, 192)).CopyTo(input);
        Assert.False(Precompile.TryRun(input, out var output));
        Assert.Empty(output);
    }

    [Fact]
    public void Fails_when_the_versioned_hash_does_not_match_the_commitment()
    {
        var input = ValidInput(new Random(74));

        var wrongVersion = (byte[])input.Clone();
        wrongVersion[0] = 0x00;
        Assert.False(Precompile.TryRun(wrongVersion, out _));

        var wrongDigest = (byte[])input.Clone();
        wrongDigest[31] ^= 1;
        Assert.False(Precompile.TryRun(wrongDigest, out _));

        // The plain sha256 (without the version byte) is not the versioned hash either.
        var plain = (byte[])input.Clone();
        SHA256.HashData(input.AsSpan(96, 48)).CopyTo(plain, 0);
        if (plain[0] != 0x01)
        {
            Assert.False(Precompile.TryRun(plain, out _));
        }
    }

    [Fact]
    public void Fails_for_a_wrong_claimed_value()
    {
        var input = ValidInput(new Random(75));
        Assert.True(Fr.TryRead(input.AsSpan(64, 32), out var y));
        (y + Fr.One).Write(input.AsSpan(64, 32));
        Assert.False(Precompile.TryRun(input, out _));
    }

    [Fact]
    public void Fails_for_z_or_y_equal_to_the_modulus()
    {
        var modulus = Bls.ToBytes(Bls.R, 32);
        var input = ValidInput(new Random(76));
        var z = (byte[])input.Clone();
        modulus.CopyTo(z, 32);
        Assert.False(Precompile.TryRun(z, out _));
        var y = (byte[])input.Clone();
        modulus.CopyTo(y, 64);
        Assert.False(Precompile.TryRun(y, out _));
    }

    [Fact]
    public void Fails_for_a_commitment_outside_the_subgroup_even_with_a_matching_hash()
    {
        var input = ValidInput(new Random(77));
        var bad = ToySetup.Encode(CurvePoints.RandomG1OnCurve(new Random(78)));
        bad.CopyTo(input, 96);
        WriteVersionedHash(input);
        Assert.False(Precompile.TryRun(input, out _));
    }

    private static byte[] ValidInput(Random random)
    {
        var polynomial = ToySetup.RandomPolynomial(random, 8);
        var z = Bls.RandomFr(random);
        var input = new byte[192];
        ToySetup.Encode(z).CopyTo(input, 32);
        ToySetup.Encode(ToySetup.Evaluate(polynomial, z)).CopyTo(input, 64);
        ToySetup.Encode(Setup.Commit(polynomial)).CopyTo(input, 96);
        ToySetup.Encode(Setup.Open(polynomial, z)).CopyTo(input, 144);
        WriteVersionedHash(input);
        return input;
    }

    private static void WriteVersionedHash(byte[] input)
    {
        SHA256.HashData(input.AsSpan(96, 48), input.AsSpan(0, 32));
        input[0] = 0x01;
    }
}
