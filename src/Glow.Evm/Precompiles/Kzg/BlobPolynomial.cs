using System.Buffers.Binary;
using System.Security.Cryptography;
using Glow.Core.Transactions;
using Glow.Evm.Precompiles.Bls12381;

namespace Glow.Evm.Precompiles.Kzg;

/// <summary>
/// A blob read as a polynomial (Deneb polynomial-commitments specification): the 4096 field elements are its values at
/// the 4096th roots of unity in bit-reversed order. Holds the evaluation domain, computed once, the barycentric
/// evaluation at an arbitrary point and the Fiat–Shamir challenge of <c>verify_blob_kzg_proof</c>.
/// </summary>
internal static class BlobPolynomial
{
    /// <summary>FIELD_ELEMENTS_PER_BLOB, the size of the domain.</summary>
    public const int Width = BlobSidecar.FieldElementsPerBlob;

    /// <summary>log₂ of <see cref="Width"/>: the number of bits reversed by the permutation.</summary>
    private const int WidthBits = 12;

    /// <summary>The generator of the multiplicative group of GF(r) from which the roots are derived (PRIMITIVE_ROOT_OF_UNITY).</summary>
    private const ulong PrimitiveRoot = 7;

    /// <summary>FIAT_SHAMIR_PROTOCOL_DOMAIN, the first 16 bytes hashed by <c>compute_challenge</c>.</summary>
    private static ReadOnlySpan<byte> FiatShamirDomain => "FSBLOBVERIFY_V1_"u8;

    /// <summary>
    /// The domain in bit-reversal permutation: entry i is ω^reverse_bits(i) for ω = 7^((r − 1)/4096), a primitive
    /// 4096th root of unity (the specification's <c>bit_reversal_permutation(compute_roots_of_unity(4096))</c>).
    /// </summary>
    public static readonly Fr[] Roots = ComputeRoots();

    /// <summary>1/4096, the factor of the barycentric formula.</summary>
    private static readonly Fr InverseWidth = Fr.FromUInt64(Width).Inverse();

    /// <summary>
    /// The challenge z = hash_to_bls_field(FIAT_SHAMIR_PROTOCOL_DOMAIN ‖ 4096 as 16 big-endian bytes ‖ blob ‖
    /// commitment): SHA-256 of the transcript, read big-endian and reduced mod r (<c>compute_challenge</c>).
    /// </summary>
    public static Fr ComputeChallenge(ReadOnlySpan<byte> blob, ReadOnlySpan<byte> commitment)
    {
        Span<byte> degree = stackalloc byte[16];
        degree.Clear();
        BinaryPrimitives.WriteUInt64BigEndian(degree[8..], Width);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(FiatShamirDomain);
        sha.AppendData(degree);
        sha.AppendData(blob);
        sha.AppendData(commitment);
        Span<byte> hash = stackalloc byte[32];
        sha.GetHashAndReset(hash);
        return Fr.FromBytesReduced(hash);
    }

    /// <summary>
    /// Evaluates the blob's polynomial at <paramref name="z"/> (<c>evaluate_polynomial_in_evaluation_form</c>):
    /// the blob value itself when z is a root of the domain, otherwise the barycentric formula
    /// p(z) = (z^4096 − 1)/4096 · Σ p(ωᵢ)·ωᵢ/(z − ωᵢ). The sum is kept as one fraction, so the whole evaluation takes a
    /// single inversion and no scratch memory. Returns false, with the index of the first offending element in
    /// <paramref name="badElement"/>, when a field element is not below r (<c>blob_to_polynomial</c> rejects the blob).
    /// </summary>
    /// <param name="blob">Exactly <see cref="BlobSidecar.BytesPerBlob"/> bytes.</param>
    /// <param name="z">The evaluation point.</param>
    /// <param name="y">p(z).</param>
    /// <param name="badElement">The first non-canonical field element, or −1.</param>
    public static bool TryEvaluate(ReadOnlySpan<byte> blob, in Fr z, out Fr y, out int badElement)
    {
        if (blob.Length != BlobSidecar.BytesPerBlob)
        {
            throw new ArgumentException($"a blob is {BlobSidecar.BytesPerBlob} bytes, got {blob.Length}", nameof(blob));
        }

        // z is in the domain exactly when z^4096 = 1.
        var zPower = z;
        for (var i = 0; i < WidthBits; i++)
        {
            zPower *= zPower;
        }

        var inDomain = zPower == Fr.One;
        var roots = Roots;

        // The values are read without their conversion to Montgomery form, as v·2^−256: the sum is linear in them,
        // so one correction at the end (Unscale) stands for 4096 conversions.
        var numerator = Fr.Zero;
        var denominator = Fr.One;
        y = Fr.Zero;
        for (var i = 0; i < Width; i++)
        {
            if (!Fr.TryReadScaled(blob.Slice(i * Fr.ByteLength, Fr.ByteLength), out var value))
            {
                y = Fr.Zero;
                badElement = i;
                return false;
            }

            var root = roots[i];
            if (inDomain)
            {
                if (root == z)
                {
                    y = value.Unscale();
                }

                continue;
            }

            // numerator/denominator + a/b = (numerator·b + a·denominator)/(denominator·b); a zero value (blobs are
            // often padded with zeros) only scales the fraction.
            var b = z - root;
            numerator = value.IsZero ? numerator * b : (numerator * b) + (value * root * denominator);
            denominator *= b;
        }

        if (!inDomain)
        {
            y = (numerator * denominator.Inverse() * (zPower - Fr.One) * InverseWidth).Unscale();
        }

        badElement = -1;
        return true;
    }

    private static Fr[] ComputeRoots()
    {
        // (r − 1)/4096 = (r − 1) >> 12: r − 1 ends in 32 zero bits.
        ReadOnlySpan<ulong> rMinusOne = [0xFFFFFFFF00000000UL, 0x53BDA402FFFE5BFEUL, 0x3339D80809A1D805UL, 0x73EDA753299D7D48UL];
        Span<ulong> exponent = stackalloc ulong[4];
        for (var i = 0; i < 4; i++)
        {
            var high = i < 3 ? rMinusOne[i + 1] << (64 - WidthBits) : 0;
            exponent[i] = (rMinusOne[i] >> WidthBits) | high;
        }

        var omega = Fr.FromUInt64(PrimitiveRoot).Pow(exponent);
        var powers = new Fr[Width];
        var power = Fr.One;
        for (var i = 0; i < Width; i++)
        {
            powers[i] = power;
            power *= omega;
        }

        var roots = new Fr[Width];
        for (var i = 0; i < Width; i++)
        {
            roots[i] = powers[ReverseBits(i)];
        }

        return roots;
    }

    /// <summary>i with its 12 low bits in reverse order (<c>reverse_bits(i, 4096)</c>).</summary>
    internal static int ReverseBits(int i)
    {
        var result = 0;
        for (var bit = 0; bit < WidthBits; bit++)
        {
            result = (result << 1) | ((i >> bit) & 1);
        }

        return result;
    }
}
