using Org.BouncyCastle.Asn1.Sec;
using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using BcBigInteger = Org.BouncyCastle.Math.BigInteger;

namespace Glow.Core.Tests.Crypto;

/// <summary>BouncyCastle's secp256k1 ECDSA, the independent reference the managed code is compared with.</summary>
internal static class BouncyReference
{
    private static readonly ECDomainParameters Domain = CreateDomain();

    /// <summary>x‖y of the public key of <paramref name="privateKey"/>.</summary>
    public static byte[] PublicKey(byte[] privateKey)
    {
        var q = Domain.G.Multiply(new BcBigInteger(1, privateKey)).Normalize();
        return [.. q.AffineXCoord.GetEncoded(), .. q.AffineYCoord.GetEncoded()];
    }

    /// <summary>RFC 6979 (HMAC-SHA256) signature r‖s exactly as BouncyCastle produces it (s may be high).</summary>
    public static byte[] Sign(byte[] hash, byte[] privateKey)
    {
        var signer = new ECDsaSigner(new HMacDsaKCalculator(new Sha256Digest()));
        signer.Init(true, new ECPrivateKeyParameters(new BcBigInteger(1, privateKey), Domain));
        var rs = signer.GenerateSignature(hash);
        return [.. rs[0].ToByteArrayUnsigned().PadLeft(), .. rs[1].ToByteArrayUnsigned().PadLeft()];
    }

    /// <summary>BouncyCastle's verdict on r‖s for the public key x‖y.</summary>
    public static bool Verify(byte[] hash, byte[] signature, byte[] publicKey)
    {
        var q = Domain.Curve.CreatePoint(new BcBigInteger(1, publicKey[..32]), new BcBigInteger(1, publicKey[32..]));
        var signer = new ECDsaSigner();
        signer.Init(false, new ECPublicKeyParameters(q, Domain));
        return signer.VerifySignature(hash, new BcBigInteger(1, signature[..32]), new BcBigInteger(1, signature[32..]));
    }

    /// <summary>The same signature with s replaced by n − s.</summary>
    public static byte[] FlipS(byte[] signature)
    {
        var s = Domain.N.Subtract(new BcBigInteger(1, signature[32..]));
        return [.. signature[..32], .. s.ToByteArrayUnsigned().PadLeft()];
    }

    /// <summary>True when s (bytes 32..63) is above n/2.</summary>
    public static bool IsHighS(byte[] signature) => new BcBigInteger(1, signature[32..]).CompareTo(Domain.N.ShiftRight(1)) > 0;

    private static byte[] PadLeft(this byte[] bytes)
    {
        var r = new byte[32];
        bytes.CopyTo(r, 32 - bytes.Length);
        return r;
    }

    private static ECDomainParameters CreateDomain()
    {
        var curve = SecNamedCurves.GetByName("secp256k1");
        return new ECDomainParameters(curve.Curve, curve.G, curve.N, curve.H);
    }
}
