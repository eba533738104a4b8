using System.Buffers.Binary;

namespace Glow.Core.Crypto;

/// <summary>Public-key serialization (SEC 1 compressed and uncompressed forms) and parsing helpers.</summary>
public static partial class Secp256k1
{
    /// <summary>Length of a compressed public key: 0x02 or 0x03 (parity of y), then x.</summary>
    public const int CompressedPublicKeyLength = 33;

    /// <summary>Length of an uncompressed public key: 0x04, then x‖y.</summary>
    public const int UncompressedPublicKeyLength = 65;

    /// <summary>Writes 0x04‖x‖y. Does not check the key.</summary>
    public static void SerializeUncompressed(ReadOnlySpan<byte> publicKey64, Span<byte> output65)
    {
        CheckLength(publicKey64, PublicKeyLength, nameof(publicKey64));
        CheckLength(output65, UncompressedPublicKeyLength, nameof(output65));
        output65[0] = 0x04;
        publicKey64.CopyTo(output65[1..]);
    }

    /// <summary>Writes 0x02/0x03‖x (the prefix carries the parity of y). Does not check the key.</summary>
    public static void SerializeCompressed(ReadOnlySpan<byte> publicKey64, Span<byte> output33)
    {
        CheckLength(publicKey64, PublicKeyLength, nameof(publicKey64));
        CheckLength(output33, CompressedPublicKeyLength, nameof(output33));
        output33[0] = (byte)(0x02 | (publicKey64[63] & 1));
        publicKey64[..32].CopyTo(output33[1..]);
    }

    /// <summary>
    /// Parses a 33-byte compressed or 65-byte uncompressed public key (SEC 1, section 2.3.4) into x‖y.
    /// False for any other length or prefix, coordinates not below p, or a point off the curve.
    /// </summary>
    public static bool TryParsePublicKey(ReadOnlySpan<byte> serialized, Span<byte> publicKey64)
    {
        CheckLength(publicKey64, PublicKeyLength, nameof(publicKey64));
        if (serialized.Length == UncompressedPublicKeyLength && serialized[0] == 0x04)
        {
            if (!TryReadPoint(serialized[1..], out _))
            {
                return false;
            }

            serialized[1..].CopyTo(publicKey64);
            return true;
        }

        if (serialized.Length == CompressedPublicKeyLength && (serialized[0] == 0x02 || serialized[0] == 0x03)
            && FieldElement.TryRead(serialized[1..], out var x)
            && AffinePoint.TryFromX(x, serialized[0] == 0x03, out var point))
        {
            WritePoint(point, publicKey64);
            return true;
        }

        return false;
    }

    /// <summary>True when the 64 bytes x‖y are a point on the curve with both coordinates below p.</summary>
    public static bool IsValidPublicKey(ReadOnlySpan<byte> publicKey64)
    {
        CheckLength(publicKey64, PublicKeyLength, nameof(publicKey64));
        return TryReadPoint(publicKey64, out _);
    }

    private static bool TryReadPoint(ReadOnlySpan<byte> xy, out AffinePoint point)
    {
        if (!FieldElement.TryRead(xy[..32], out var x) || !FieldElement.TryRead(xy[32..64], out var y))
        {
            point = AffinePoint.Infinity;
            return false;
        }

        point = new AffinePoint(x, y);
        return point.IsOnCurve;
    }

    private static void WritePoint(in AffinePoint p, Span<byte> xy)
    {
        p.X.Write(xy[..32]);
        p.Y.Write(xy[32..64]);
    }

    private static bool TryReadSignature(ReadOnlySpan<byte> signature64, out Scalar r, out Scalar s)
    {
        r = Scalar.Read(signature64[..32], out var rOverflow);
        s = Scalar.Read(signature64[32..], out var sOverflow);
        return !rOverflow && !sOverflow && !r.IsZero && !s.IsZero;
    }

    /// <summary>The x coordinate r, or r + n for recovery ids 2 and 3; false unless it is below p.</summary>
    private static bool TryRecoverX(ReadOnlySpan<byte> r32, bool plusN, out FieldElement x)
    {
        if (!plusN)
        {
            return FieldElement.TryRead(r32, out x);
        }

        // r + n as a 256-bit integer: a carry out, or a sum ≥ p, means no such x.
        var n = Scalar.Order;
        var s0 = Carry.Add(BinaryPrimitives.ReadUInt64BigEndian(r32[24..]), n.L0, 0, out var c);
        var s1 = Carry.Add(BinaryPrimitives.ReadUInt64BigEndian(r32[16..]), n.L1, c, out c);
        var s2 = Carry.Add(BinaryPrimitives.ReadUInt64BigEndian(r32[8..]), n.L2, c, out c);
        var s3 = Carry.Add(BinaryPrimitives.ReadUInt64BigEndian(r32), n.L3, c, out c);
        x = new FieldElement(s0, s1, s2, s3);
        var canonical = x.Normalize();
        return c == 0 && canonical.L0 == s0 && canonical.L1 == s1 && canonical.L2 == s2 && canonical.L3 == s3;
    }

    /// <summary>
    /// True when the affine x of the Jacobian point, reduced mod n, equals r — tested without an inversion
    /// as X = r·Z², or X = (r + n)·Z² when r + n &lt; p.
    /// </summary>
    private static bool XMatchesR(in JacobianPoint p, ReadOnlySpan<byte> r32)
    {
        var z2 = FieldElement.Sqr(p.Z);
        FieldElement.TryRead(r32, out var rx);
        if ((rx * z2).EqualsValue(p.X))
        {
            return true;
        }

        return TryRecoverX(r32, plusN: true, out var rn) && (rn * z2).EqualsValue(p.X);
    }

    private static void CheckLength(ReadOnlySpan<byte> span, int length, string name)
    {
        if (span.Length != length)
        {
            throw new ArgumentException($"Expected {length} bytes, got {span.Length}.", name);
        }
    }
}
