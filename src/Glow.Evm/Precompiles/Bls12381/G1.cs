namespace Glow.Evm.Precompiles.Bls12381;

/// <summary>
/// The group G1: points of E(GF(p)): y² = x³ + 4 in the subgroup of prime order r. Holds the generator, the subgroup
/// test and the 48-byte compressed encoding.
/// </summary>
internal static class G1
{
    /// <summary>Size of a compressed point.</summary>
    public const int CompressedLength = 48;

    /// <summary>b = 4.</summary>
    public static readonly Fp B = Fp.FromUInt64(4);

    /// <summary>
    /// β, the primitive cube root of unity in GF(p) for which σ(x, y) = (β·x, y) acts on G1 as multiplication by −x²
    /// (the pairing-friendly family has r = x⁴ − x² + 1, so −x² is a cube root of unity mod r).
    /// </summary>
    public static readonly Fp Beta = Fp.FromHex("0x5f19672fdf76ce51ba69c6076a0f77eaddb3a93be6f89688de17d813620a00022e01fffffffefffe");

    /// <summary>The standard generator (the one every BLS12-381 implementation and the KZG setup use).</summary>
    public static readonly AffinePoint<Fp> Generator = new(
        Fp.FromHex("0x17f1d3a73197d7942695638c4fa9ac0fc3688c4f9774b905a14e3a3f171bac586c55e83ff97a1aeffb3af00adb22c6bb"),
        Fp.FromHex("0x08b3f481e3aaa0f1a09e30ed741d8ae4fcf5e095d5d00af600db18cb2c04b3edd03cc744a2888ae40caa232946c5e7e1"));

    /// <summary>True when the point satisfies y² = x³ + 4 (infinity counts as on the curve).</summary>
    public static bool IsOnCurve(in AffinePoint<Fp> p) => p.IsInfinity || p.Y.Square() == (p.X.Square() * p.X) + B;

    /// <summary>
    /// True when the point (assumed on the curve) lies in the subgroup of order r. Uses σ(P) = [−x²]P, which holds
    /// exactly on that subgroup (Scott, "A note on group membership tests for G1, G2 and GT on BLS pairing-friendly
    /// curves", ePrint 2021/1130, §6, with the proof of ePrint 2022/352): two multiplications by the 64-bit |x|
    /// instead of one by the 255-bit r.
    /// </summary>
    public static bool IsInSubgroup(in AffinePoint<Fp> p)
    {
        if (p.IsInfinity)
        {
            return true;
        }

        // [x²]P = [|x|]([|x|]P), so [−x²]P is its negation.
        var minusX2P = p.ToJacobian().Multiply(BlsParameter.AbsXLimbs).Multiply(BlsParameter.AbsXLimbs).Negate();
        var sigma = new AffinePoint<Fp>(p.X * Beta, p.Y);
        return minusX2P.Equals(sigma.ToJacobian());
    }

    /// <summary>
    /// Decodes a 48-byte compressed point strictly: the compression flag must be set; the point at infinity must be
    /// exactly 0xc0 followed by zeros; x must be below p, on the curve, and the point in the subgroup.
    /// </summary>
    public static PointDecodeResult Decompress(ReadOnlySpan<byte> input, out AffinePoint<Fp> point)
    {
        point = AffinePoint<Fp>.Infinity;
        if (input.Length != CompressedLength)
        {
            return PointDecodeResult.WrongLength;
        }

        var flags = input[0];
        if ((flags & PointFlags.Compressed) == 0)
        {
            return PointDecodeResult.NotCompressed;
        }

        if ((flags & PointFlags.Infinity) != 0)
        {
            return (flags & ~(PointFlags.Compressed | PointFlags.Infinity)) == 0 && !input[1..].ContainsAnyExcept((byte)0)
                ? PointDecodeResult.Valid
                : PointDecodeResult.InvalidInfinity;
        }

        Span<byte> xBytes = stackalloc byte[CompressedLength];
        input.CopyTo(xBytes);
        xBytes[0] &= PointFlags.ValueMask;
        if (!Fp.TryRead(xBytes, out var x))
        {
            return PointDecodeResult.NonCanonicalCoordinate;
        }

        if (!((x.Square() * x) + B).TrySqrt(out var y))
        {
            return PointDecodeResult.NotOnCurve;
        }

        if (y.IsLexicographicallyLargest != ((flags & PointFlags.Sign) != 0))
        {
            y = -y;
        }

        var candidate = new AffinePoint<Fp>(x, y);
        if (!IsInSubgroup(candidate))
        {
            return PointDecodeResult.NotInSubgroup;
        }

        point = candidate;
        return PointDecodeResult.Valid;
    }

    /// <summary>Writes the 48-byte compressed encoding of a point (any point on the curve; no subgroup check).</summary>
    public static void Compress(in AffinePoint<Fp> p, Span<byte> output)
    {
        if (p.IsInfinity)
        {
            output[..CompressedLength].Clear();
            output[0] = PointFlags.Compressed | PointFlags.Infinity;
            return;
        }

        p.X.Write(output);
        output[0] |= PointFlags.Compressed;
        if (p.Y.IsLexicographicallyLargest)
        {
            output[0] |= PointFlags.Sign;
        }
    }
}
