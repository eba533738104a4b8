using System.Security.Cryptography;

namespace Glow.Core.Crypto;

/// <summary>
/// Deterministic ECDSA nonces per RFC 6979 (section 3.2) with HMAC-SHA256, for a 256-bit order and a
/// 256-bit hash: every candidate is one 32-byte HMAC output. The caller supplies the K and V buffers
/// (usually on the stack) and wipes them afterwards.
/// </summary>
internal ref struct Rfc6979Nonce
{
    private readonly Span<byte> _k;
    private readonly Span<byte> _v;
    private bool _started;

    /// <summary>
    /// Steps a–f of section 3.2: <paramref name="privateKey32"/> is int2octets(x) and
    /// <paramref name="reducedHash32"/> is bits2octets(h1), the hash reduced mod n.
    /// </summary>
    public Rfc6979Nonce(ReadOnlySpan<byte> privateKey32, ReadOnlySpan<byte> reducedHash32, Span<byte> k32, Span<byte> v32)
    {
        _k = k32;
        _v = v32;
        _started = false;
        _v.Fill(0x01);
        _k.Clear();
        Span<byte> buffer = stackalloc byte[32 + 1 + 32 + 32];
        for (byte round = 0; round <= 1; round++)
        {
            // K = HMAC_K(V || round || x || h1); V = HMAC_K(V)
            _v.CopyTo(buffer);
            buffer[32] = round;
            privateKey32.CopyTo(buffer[33..]);
            reducedHash32.CopyTo(buffer[65..]);
            HMACSHA256.HashData(_k, buffer, _k);
            HMACSHA256.HashData(_k, _v, _v);
        }

        CryptographicOperations.ZeroMemory(buffer);
    }

    /// <summary>
    /// The next candidate T (step h): the first call returns HMAC_K(V); each later call first applies
    /// K = HMAC_K(V || 0x00), V = HMAC_K(V), as the RFC does after a rejected candidate.
    /// </summary>
    public void Next(Span<byte> candidate32)
    {
        if (_started)
        {
            Span<byte> buffer = stackalloc byte[33];
            _v.CopyTo(buffer);
            buffer[32] = 0x00;
            HMACSHA256.HashData(_k, buffer, _k);
            HMACSHA256.HashData(_k, _v, _v);
        }

        _started = true;
        HMACSHA256.HashData(_k, _v, _v);
        _v.CopyTo(candidate32);
    }
}
