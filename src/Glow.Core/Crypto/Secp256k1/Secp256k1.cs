using System.Security.Cryptography;

namespace Glow.Core.Crypto;

// The files in Crypto/Secp256k1/ use the namespace Glow.Core.Crypto: a namespace named Secp256k1 would
// collide with this class.

/// <summary>
/// ECDSA over secp256k1 as Ethereum uses it, in managed code: key creation, signing with RFC 6979
/// nonces and low s (EIP-2), verification, and public-key recovery (the sender of every transaction).
/// </summary>
/// <remarks>
/// <para>
/// Formats: private keys, hashes, r and s are 32-byte big-endian integers; a public key is 64 bytes x‖y
/// (no 0x04 prefix); a signature is 64 bytes r‖s with a separate recovery id 0..3 (bit 0: y of R is odd;
/// bit 1: the x of R was r + n).
/// </para>
/// <para>
/// Constant-time design (everything that touches a private key or nonce): field and scalar arithmetic
/// take carries from unsigned comparisons (compiled to <c>setcc</c>) and reduce with masks, never with
/// branches; k·G scans a whole table row with masks per 4-bit window and resolves the zero-digit and
/// first-point cases by masked selection (<see cref="EcMultGen"/>); the nonce and field inverses are
/// Fermat exponentiations with fixed chains; low-s is a masked conditional negation. The only branches
/// in signing test public facts or events of probability about 2^−128 (a key or nonce out of range, r or
/// s equal to zero). Verification and recovery see only public data and use variable-time wNAF, GLV and
/// safegcd inversion. Tests check that signing through the constant-time and the variable-time k·G gives
/// identical signatures.
/// </para>
/// </remarks>
public static partial class Secp256k1
{
    /// <summary>Length of a private key, a message hash, r and s.</summary>
    public const int ScalarLength = 32;

    /// <summary>Length of a public key as x‖y.</summary>
    public const int PublicKeyLength = 64;

    /// <summary>Length of a signature r‖s.</summary>
    public const int SignatureLength = 64;

    /// <summary>
    /// Computes the public key of <paramref name="privateKey32"/>. Returns false (and writes nothing) when
    /// the key is not in [1, n − 1].
    /// </summary>
    public static bool CreatePublicKey(ReadOnlySpan<byte> privateKey32, Span<byte> publicKey64)
    {
        CheckLength(privateKey32, ScalarLength, nameof(privateKey32));
        CheckLength(publicKey64, PublicKeyLength, nameof(publicKey64));
        var d = Scalar.Read(privateKey32, out var overflow);
        if (overflow || d.IsZero)
        {
            return false;
        }

        WritePoint(EcMultGen.MulG(d).ToAffine(), publicKey64);
        return true;
    }

    /// <summary>
    /// Signs a 32-byte message hash: r‖s with s ≤ n/2 (EIP-2) and the deterministic RFC 6979 nonce
    /// (HMAC-SHA256). The recovery id accounts for the s normalisation. Returns false for a private key
    /// outside [1, n − 1].
    /// </summary>
    public static bool Sign(ReadOnlySpan<byte> messageHash32, ReadOnlySpan<byte> privateKey32, Span<byte> signature64, out int recoveryId) =>
        SignCore(messageHash32, privateKey32, signature64, out recoveryId, constantTime: true);

    /// <summary>
    /// Standard ECDSA verification of r‖s against a 64-byte public key. Both low and high s verify
    /// (transaction rules add <see cref="IsLowS"/>); r or s of zero or ≥ n, and keys off the curve, fail.
    /// </summary>
    public static bool Verify(ReadOnlySpan<byte> messageHash32, ReadOnlySpan<byte> signature64, ReadOnlySpan<byte> publicKey64)
    {
        CheckLength(messageHash32, ScalarLength, nameof(messageHash32));
        CheckLength(signature64, SignatureLength, nameof(signature64));
        CheckLength(publicKey64, PublicKeyLength, nameof(publicKey64));
        if (!TryReadSignature(signature64, out var r, out var s) || !TryReadPoint(publicKey64, out var q))
        {
            return false;
        }

        var e = Scalar.Read(messageHash32, out _);
        var w = SafeGcd.InverseVar(s);
        var x = EcMult.MulAdd(e * w, q, r * w);
        return !x.IsInfinity && XMatchesR(x, signature64[..32]);
    }

    /// <summary>
    /// Recovers the public key that produced r‖s over the hash with the given recovery id. False when r or
    /// s is 0 or ≥ n, the id is outside 0..3, the implied x is not below p or not on the curve, or the key
    /// would be the point at infinity. High s is accepted (the ecrecover precompile and pre-Homestead
    /// transactions allow it).
    /// </summary>
    public static bool TryRecover(ReadOnlySpan<byte> messageHash32, ReadOnlySpan<byte> signature64, int recoveryId, Span<byte> publicKey64)
    {
        CheckLength(messageHash32, ScalarLength, nameof(messageHash32));
        CheckLength(signature64, SignatureLength, nameof(signature64));
        CheckLength(publicKey64, PublicKeyLength, nameof(publicKey64));
        if ((uint)recoveryId > 3 || !TryReadSignature(signature64, out var r, out var s))
        {
            return false;
        }

        if (!TryRecoverX(signature64[..32], (recoveryId & 2) != 0, out var x)
            || !AffinePoint.TryFromX(x, (recoveryId & 1) != 0, out var bigR))
        {
            return false;
        }

        var e = Scalar.Read(messageHash32, out _);
        var rInv = SafeGcd.InverseVar(r);
        var q = EcMult.MulAdd(-(e * rInv), bigR, s * rInv);
        if (q.IsInfinity)
        {
            return false;
        }

        WritePoint(q.ToAffineVar(), publicKey64);
        return true;
    }

    /// <summary>True when the 32-byte big-endian s is at most ⌊n/2⌋ (EIP-2). Values ≥ n are not low.</summary>
    public static bool IsLowS(ReadOnlySpan<byte> s32)
    {
        CheckLength(s32, ScalarLength, nameof(s32));
        var s = Scalar.Read(s32, out var overflow);
        return !overflow && !s.IsHigh;
    }

    /// <summary>True when the 32 bytes are a valid private key, an integer in [1, n − 1].</summary>
    public static bool IsValidPrivateKey(ReadOnlySpan<byte> privateKey32)
    {
        CheckLength(privateKey32, ScalarLength, nameof(privateKey32));
        var d = Scalar.Read(privateKey32, out var overflow);
        return !overflow && !d.IsZero;
    }

    /// <summary>
    /// A new random private key from the operating system's CSPRNG, drawing again in the (astronomically
    /// rare) case that 32 random bytes are 0 or ≥ n, so that the key is uniform in [1, n − 1].
    /// </summary>
    public static byte[] GeneratePrivateKey()
    {
        var key = new byte[ScalarLength];
        do
        {
            RandomNumberGenerator.Fill(key);
        }
        while (!IsValidPrivateKey(key));

        return key;
    }

    /// <summary>Signing with either the constant-time k·G (production) or the variable-time one (tests compare them).</summary>
    internal static bool SignCore(ReadOnlySpan<byte> messageHash32, ReadOnlySpan<byte> privateKey32, Span<byte> signature64, out int recoveryId, bool constantTime)
    {
        CheckLength(messageHash32, ScalarLength, nameof(messageHash32));
        CheckLength(privateKey32, ScalarLength, nameof(privateKey32));
        CheckLength(signature64, SignatureLength, nameof(signature64));
        recoveryId = 0;
        var d = Scalar.Read(privateKey32, out var overflow);
        if (overflow || d.IsZero)
        {
            return false;
        }

        var e = Scalar.Read(messageHash32, out _);
        Span<byte> buffers = stackalloc byte[4 * 32];
        var hashReduced = buffers[..32];
        var nonceBytes = buffers.Slice(32, 32);
        e.Write(hashReduced);
        var nonces = new Rfc6979Nonce(privateKey32, hashReduced, buffers.Slice(64, 32), buffers.Slice(96, 32));
        try
        {
            while (true)
            {
                nonces.Next(nonceBytes);
                var k = Scalar.Read(nonceBytes, out overflow);
                if (overflow || k.IsZero)
                {
                    continue;
                }

                var bigR = (constantTime ? EcMultGen.MulG(k) : EcMult.MulAdd(k, AffinePoint.Infinity, Scalar.Zero)).ToAffine();
                bigR.X.Write(signature64[..32]);
                var r = Scalar.Read(signature64[..32], out var xOverflow);
                if (r.IsZero)
                {
                    continue;
                }

                var s = k.Inverse() * (e + (r * d));
                if (s.IsZero)
                {
                    continue;
                }

                // EIP-2: publish the low s; negating s mirrors R, which flips the parity bit of the id.
                var high = s.HighBit();
                s = s.ConditionalNegate(high);
                r.Write(signature64[..32]);
                s.Write(signature64[32..]);
                recoveryId = (int)((bigR.Y.IsOdd ? 1UL : 0UL) ^ high) | (xOverflow ? 2 : 0);
                return true;
            }
        }
        finally
        {
            CryptographicOperations.ZeroMemory(buffers);
        }
    }
}
