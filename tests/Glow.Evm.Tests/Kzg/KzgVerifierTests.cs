using Glow.Evm.Precompiles.Bls12381;
using Glow.Evm.Precompiles.Kzg;

namespace Glow.Evm.Tests.Kzg;

public sealed class KzgVerifierTests
{
    private static readonly ToySetup Setup = new(new Random(61), degree: 16);

    [Fact]
    public void Mainnet_tau_G2_decodes_to_a_subgroup_point_other_than_the_generator()
    {
        var bytes = Convert.FromHexString(MainnetTrustedSetup.TauG2Hex);
        Assert.Equal(PointDecodeResult.Valid, G2.Decompress(bytes, out var tau));
        Assert.False(tau.IsInfinity);
        Assert.True(G2.IsOnCurve(tau));
        Assert.True(G2.IsInSubgroup(tau));
        Assert.True(Bls.Mul(tau, Bls.R).IsInfinity);
        Assert.NotEqual(G2.Generator, tau);

        var again = new byte[96];
        G2.Compress(tau, again);
        Assert.Equal(bytes, again);
        Assert.NotNull(KzgVerifier.Mainnet);
    }

    [Fact]
    public void Rejects_a_tau_G2_that_is_not_a_valid_point()
    {
        var bytes = Convert.FromHexString(MainnetTrustedSetup.TauG2Hex);
        bytes[0] &= 0x7f;
        Assert.Throws<ArgumentException>(() => KzgVerifier.FromTauG2(bytes));
    }

    [Fact]
    public void Accepts_honest_openings_of_random_polynomials()
    {
        var random = new Random(62);
        for (var i = 0; i < 3; i++)
        {
            var polynomial = ToySetup.RandomPolynomial(random, 16);
            var commitment = Setup.Commit(polynomial);
            var z = Bls.RandomFr(random);
            var y = ToySetup.Evaluate(polynomial, z);
            var proof = Setup.Open(polynomial, z);
            Assert.True(Setup.Verifier.VerifyProof(commitment, z, y, proof));
            Assert.True(Setup.Verifier.VerifyProof(ToySetup.Encode(commitment), ToySetup.Encode(z), ToySetup.Encode(y), ToySetup.Encode(proof)));
        }
    }

    [Fact]
    public void Accepts_openings_at_zero_and_of_constant_and_zero_polynomials()
    {
        var random = new Random(63);
        var polynomial = ToySetup.RandomPolynomial(random, 8);
        Assert.True(Verify(polynomial, Fr.Zero));

        var constant = new[] { Bls.RandomFr(random) };
        Assert.True(Verify(constant, Bls.RandomFr(random)));

        // The zero polynomial: commitment and proof are the point at infinity.
        Assert.True(Setup.Verifier.VerifyProof(AffinePoint<Fp>.Infinity, Bls.RandomFr(random), Fr.Zero, AffinePoint<Fp>.Infinity));
    }

    [Fact]
    public void Rejects_a_wrong_value()
    {
        var (commitment, z, y, proof) = Opening(new Random(64));
        Assert.False(Setup.Verifier.VerifyProof(commitment, z, y + Fr.One, proof));
        Assert.False(Setup.Verifier.VerifyProof(commitment, z, -y, proof));
    }

    [Fact]
    public void Rejects_a_wrong_point()
    {
        var (commitment, z, y, proof) = Opening(new Random(65));
        Assert.False(Setup.Verifier.VerifyProof(commitment, z + Fr.One, y, proof));
    }

    [Fact]
    public void Rejects_a_tampered_proof_or_commitment()
    {
        var (commitment, z, y, proof) = Opening(new Random(66));
        var shiftedProof = proof.ToJacobian().Add(G1.Generator).ToAffine();
        Assert.False(Setup.Verifier.VerifyProof(commitment, z, y, shiftedProof));
        Assert.False(Setup.Verifier.VerifyProof(commitment, z, y, AffinePoint<Fp>.Infinity));
        var shiftedCommitment = commitment.ToJacobian().Add(G1.Generator).ToAffine();
        Assert.False(Setup.Verifier.VerifyProof(shiftedCommitment, z, y, proof));
    }

    [Fact]
    public void Rejects_a_proof_made_for_another_setup()
    {
        var random = new Random(67);
        var other = new ToySetup(random, degree: 4);
        var polynomial = ToySetup.RandomPolynomial(random, 4);
        var z = Bls.RandomFr(random);
        var y = ToySetup.Evaluate(polynomial, z);
        Assert.True(other.Verifier.VerifyProof(other.Commit(polynomial), z, y, other.Open(polynomial, z)));
        Assert.False(Setup.Verifier.VerifyProof(other.Commit(polynomial), z, y, other.Open(polynomial, z)));
    }

    [Fact]
    public void Byte_interface_rejects_non_canonical_scalars_and_invalid_points()
    {
        var (commitment, z, y, proof) = Opening(new Random(68));
        var c = ToySetup.Encode(commitment);
        var zb = ToySetup.Encode(z);
        var yb = ToySetup.Encode(y);
        var pb = ToySetup.Encode(proof);
        Assert.True(Setup.Verifier.VerifyProof(c, zb, yb, pb));

        // z + r and y + r name the same field elements but are not canonical encodings.
        var zPlusR = Bls.ToBytes(Bls.ToBig(z) + Bls.R, 32);
        var yPlusR = Bls.ToBytes(Bls.ToBig(y) + Bls.R, 32);
        if (Bls.ToBig(z) + Bls.R < System.Numerics.BigInteger.Pow(2, 256))
        {
            Assert.False(Setup.Verifier.VerifyProof(c, zPlusR, yb, pb));
        }

        if (Bls.ToBig(y) + Bls.R < System.Numerics.BigInteger.Pow(2, 256))
        {
            Assert.False(Setup.Verifier.VerifyProof(c, zb, yPlusR, pb));
        }

        Assert.False(Setup.Verifier.VerifyProof(c, Bls.ToBytes(Bls.R, 32), yb, pb));
        Assert.False(Setup.Verifier.VerifyProof(c, zb, Bls.ToBytes(Bls.R, 32), pb));
        Assert.False(Setup.Verifier.VerifyProof(c, zb.AsSpan(1), yb, pb));

        var notInSubgroup = ToySetup.Encode(CurvePoints.RandomG1OnCurve(new Random(69)));
        Assert.False(Setup.Verifier.VerifyProof(notInSubgroup, zb, yb, pb));
        Assert.False(Setup.Verifier.VerifyProof(c, zb, yb, notInSubgroup));
        var uncompressedFlag = (byte[])c.Clone();
        uncompressedFlag[0] &= 0x7f;
        Assert.False(Setup.Verifier.VerifyProof(uncompressedFlag, zb, yb, pb));
    }

    private static bool Verify(Fr[] polynomial, in Fr z) =>
        Setup.Verifier.VerifyProof(Setup.Commit(polynomial), z, ToySetup.Evaluate(polynomial, z), Setup.Open(polynomial, z));

    private static (AffinePoint<Fp> Commitment, Fr Z, Fr Y, AffinePoint<Fp> Proof) Opening(Random random)
    {
        var polynomial = ToySetup.RandomPolynomial(random, 16);
        var z = Bls.RandomFr(random);
        return (Setup.Commit(polynomial), z, ToySetup.Evaluate(polynomial, z), Setup.Open(polynomial, z));
    }
}
