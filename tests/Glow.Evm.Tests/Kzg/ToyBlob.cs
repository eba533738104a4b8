using Glow.Core.Transactions;
using Glow.Evm.Precompiles.Bls12381;
using Glow.Evm.Precompiles.Kzg;

namespace Glow.Evm.Tests.Kzg;

/// <summary>
/// A blob built from a polynomial in coefficient form under a test setup whose τ is known: the blob holds p at the
/// bit-reversed roots of unity, the commitment is [p(τ)]G, and the proof for the blob's challenge z is
/// [(p(τ) − p(z))/(τ − z)]G. Values come from Horner's rule on the coefficients, independently of the barycentric
/// evaluation under test.
/// </summary>
internal sealed class ToyBlob
{
    private ToyBlob(Fr[] coefficients, byte[] blob, byte[] commitment, byte[] proof, Fr z, Fr y)
    {
        Coefficients = coefficients;
        Blob = blob;
        Commitment = commitment;
        Proof = proof;
        Z = z;
        Y = y;
    }

    public Fr[] Coefficients { get; }

    public byte[] Blob { get; }

    public byte[] Commitment { get; }

    public byte[] Proof { get; }

    public Fr Z { get; }

    public Fr Y { get; }

    public static ToyBlob Create(ToySetup setup, Fr[] coefficients)
    {
        var blob = ToBlob(coefficients);
        var pTau = ToySetup.Evaluate(coefficients, setup.Tau);
        var commitment = ToySetup.Encode(ToySetup.Multiply(G1.Generator, pTau).ToAffine());
        var z = BlobPolynomial.ComputeChallenge(blob, commitment);
        var y = ToySetup.Evaluate(coefficients, z);
        var proof = ToySetup.Encode(ToySetup.Multiply(G1.Generator, (pTau - y) * (setup.Tau - z).Inverse()).ToAffine());
        return new ToyBlob(coefficients, blob, commitment, proof, z, y);
    }

    public static ToyBlob Random(ToySetup setup, Random random, int degree) => Create(setup, ToySetup.RandomPolynomial(random, degree));

    /// <summary>The blob of p: p(ωᵢ) at the roots in bit-reversed order, as 32-byte big-endian integers.</summary>
    public static byte[] ToBlob(Fr[] coefficients)
    {
        var blob = new byte[BlobSidecar.BytesPerBlob];
        for (var i = 0; i < BlobSidecar.FieldElementsPerBlob; i++)
        {
            ToySetup.Evaluate(coefficients, BlobPolynomial.Roots[i]).Write(blob.AsSpan(i * Fr.ByteLength, Fr.ByteLength));
        }

        return blob;
    }
}
