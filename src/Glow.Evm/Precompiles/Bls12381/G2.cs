namespace Glow.Evm.Precompiles.Bls12381;

/// <summary>
/// The group G2: points of the sextic M-twist E'(GF(p²)): y² = x³ + 4(1 + u) in the subgroup of order r. Holds the
/// generator, the subgroup test and the 96-byte compressed encoding.
/// </summary>
internal static class G2
{
    /// <summary>Size of a compressed point.</summary>
    public const int CompressedLength = 96;

    /// <summary>b' = 4ξ = 4 + 4u.</summary>
    public static readonly Fp2 B = new(Fp.FromUInt64(4), Fp.FromUInt64(4));

    /// <summary>The standard generator.</summary>
    public static readonly AffinePoint<Fp2> Generator = new(
        new Fp2(
            Fp.FromHex("0x024aa2b2f08f0a91260805272dc51051c6e47ad4fa403b02b4510b647ae3d1770bac0326a805bbefd48056c8c121bdb8"),
            Fp.FromHex("0x13e02b6052719f607dacd3a088274f65596bd0d09920b61ab5da61bbdc7f5049334cf11213945d57e5ac7d055d042b7e")),
        new Fp2(
            Fp.FromHex("0x0ce5d527727d6e118cc9cdc6da2e351aadfd9baa8cbdd3a76d429a695160d12c923ac9cc3baca289e193548608b82801"),
            Fp.FromHex("0x0606c4a02ea734cc32acd2b02bc28b99cb3e287e85a763af267492ab572e99ab3f370d275cec1da1aaa9075ff05f79be")));

    // ψ = untwist ∘ Frobenius ∘ twist maps (x, y) to (conj(x)·ξ^−((p−1)/3), conj(y)·ξ^−((p−1)/2)).
    private static readonly Fp2 PsiX = new(
        Fp.Zero,
        Fp.FromHex("0x1a0111ea397fe699ec02408663d4de85aa0d857d89759ad4897d29650fb85f9b409427eb4f49fffd8bfd00000000aaad"));

    private static readonly Fp2 PsiY = new(
        Fp.FromHex("0x135203e60180a68ee2e9c448d77a2cd91c3dedd930b1cf60ef396489f61eb45e304466cf3e67fa0af1ee7b04121bdea2"),
        Fp.FromHex("0x06af0e0437ff400b6831e36d6bd17ffe48395dabc2d3435e77f76e17009241c5ee67992f72ec05f4c81084fbede3cc09"));

    /// <summary>True when the point satisfies y² = x³ + 4(1 + u) (infinity counts as on the curve).</summary>
    public static bool IsOnCurve(in AffinePoint<Fp2> p) => p.IsInfinity || p.Y.Square() == (p.X.Square() * p.X) + B;

    /// <summary>The endomorphism ψ (untwist, Frobenius, twist), which acts on G2 as multiplication by p ≡ x (mod r).</summary>
    public static AffinePoint<Fp2> Psi(in AffinePoint<Fp2> p) =>
        p.IsInfinity ? p : new AffinePoint<Fp2>(p.X.Conjugate() * PsiX, p.Y.Conjugate() * PsiY);

    /// <summary>
    /// True when the point (assumed on the curve) lies in the subgroup of order r: ψ(P) = [x]P holds exactly there
    /// (Scott, ePrint 2021/1130, §4, proof in ePrint 2022/352).
    /// </summary>
    public static bool IsInSubgroup(in AffinePoint<Fp2> p)
    {
        if (p.IsInfinity)
        {
            return true;
        }

        var xP = p.ToJacobian().Multiply(BlsParameter.AbsXLimbs).Negate();
        return xP.Equals(Psi(p).ToJacobian());
    }

    /// <summary>
    /// Decodes a 96-byte compressed point strictly: x = x.c1 (first 48 bytes, which carry the flags) and x.c0 (last
    /// 48); both must be below p; the infinity encoding must be 0xc0 followed by zeros; the point must lie on the
    /// twist and in the subgroup.
    /// </summary>
    public static PointDecodeResult Decompress(ReadOnlySpan<byte> input, out AffinePoint<Fp2> point)
    {
        point = AffinePoint<Fp2>.Infinity;
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

        Span<byte> c1Bytes = stackalloc byte[Fp.ByteLength];
        input[..Fp.ByteLength].CopyTo(c1Bytes);
        c1Bytes[0] &= PointFlags.ValueMask;
        if (!Fp.TryRead(c1Bytes, out var c1) || !Fp.TryRead(input[Fp.ByteLength..], out var c0))
        {
            return PointDecodeResult.NonCanonicalCoordinate;
        }

        var x = new Fp2(c0, c1);
        if (!((x.Square() * x) + B).TrySqrt(out var y))
        {
            return PointDecodeResult.NotOnCurve;
        }

        if (y.IsLexicographicallyLargest != ((flags & PointFlags.Sign) != 0))
        {
            y = -y;
        }

        var candidate = new AffinePoint<Fp2>(x, y);
        if (!IsInSubgroup(candidate))
        {
            return PointDecodeResult.NotInSubgroup;
        }

        point = candidate;
        return PointDecodeResult.Valid;
    }

    /// <summary>Writes the 96-byte compressed encoding of a point (any point on the twist; no subgroup check).</summary>
    public static void Compress(in AffinePoint<Fp2> p, Span<byte> output)
    {
        output = output[..CompressedLength];
        if (p.IsInfinity)
        {
            output.Clear();
            output[0] = PointFlags.Compressed | PointFlags.Infinity;
            return;
        }

        p.X.C1.Write(output);
        p.X.C0.Write(output[Fp.ByteLength..]);
        output[0] |= PointFlags.Compressed;
        if (p.Y.IsLexicographicallyLargest)
        {
            output[0] |= PointFlags.Sign;
        }
    }
}
