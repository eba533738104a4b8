using Glow.Evm.Precompiles.Bls12381;
using Glow.Evm.Precompiles.Kzg;

namespace Glow.Evm.Tests.Kzg;

/// <summary>
/// A test-only KZG setup with a known secret τ: powers [τ^i]₁ for committing and opening, [τ]₂ for verifying.
/// Commitments and proofs are built the way a prover does, from the powers (never from τ directly).
/// </summary>
internal sealed class ToySetup
{
    private readonly AffinePoint<Fp>[] _powers;

    public ToySetup(Random random, int degree)
    {
        Tau = Bls.RandomFr(random);
        _powers = new AffinePoint<Fp>[degree + 1];
        var power = Fr.One;
        for (var i = 0; i <= degree; i++)
        {
            _powers[i] = Multiply(G1.Generator, power).ToAffine();
            power *= Tau;
        }

        Span<ulong> limbs = stackalloc ulong[4];
        Tau.WriteLimbs(limbs);
        TauG2 = G2.Generator.ToJacobian().Multiply(limbs).ToAffine();
        Verifier = KzgVerifier.FromTauG2(TauG2);
    }

    public Fr Tau { get; }

    public AffinePoint<Fp2> TauG2 { get; }

    public KzgVerifier Verifier { get; }

    public static Fr[] RandomPolynomial(Random random, int degree)
    {
        var coefficients = new Fr[degree + 1];
        for (var i = 0; i < coefficients.Length; i++)
        {
            coefficients[i] = Bls.RandomFr(random);
        }

        return coefficients;
    }

    public static Fr Evaluate(Fr[] coefficients, in Fr z)
    {
        var y = Fr.Zero;
        for (var i = coefficients.Length - 1; i >= 0; i--)
        {
            y = (y * z) + coefficients[i];
        }

        return y;
    }

    /// <summary>Σ c_i·[τ^i]₁.</summary>
    public AffinePoint<Fp> Commit(Fr[] coefficients)
    {
        var sum = JacobianPoint<Fp>.Infinity;
        for (var i = 0; i < coefficients.Length; i++)
        {
            sum = sum.Add(Multiply(_powers[i], coefficients[i]));
        }

        return sum.ToAffine();
    }

    /// <summary>The opening proof [q(τ)]₁ for q(X) = (p(X) − p(z))/(X − z), by synthetic division.</summary>
    public AffinePoint<Fp> Open(Fr[] coefficients, in Fr z)
    {
        var n = coefficients.Length - 1;
        var quotient = new Fr[Math.Max(n, 1)];
        var carry = Fr.Zero;
        for (var i = n; i >= 1; i--)
        {
            carry = coefficients[i] + (carry * z);
            quotient[i - 1] = carry;
        }

        return Commit(quotient);
    }

    public static JacobianPoint<Fp> Multiply(in AffinePoint<Fp> p, in Fr k)
    {
        Span<ulong> limbs = stackalloc ulong[4];
        k.WriteLimbs(limbs);
        return p.ToJacobian().Multiply(limbs);
    }

    public static byte[] Encode(in AffinePoint<Fp> p)
    {
        var bytes = new byte[G1.CompressedLength];
        G1.Compress(p, bytes);
        return bytes;
    }

    public static byte[] Encode(in Fr value)
    {
        var bytes = new byte[Fr.ByteLength];
        value.Write(bytes);
        return bytes;
    }
}
