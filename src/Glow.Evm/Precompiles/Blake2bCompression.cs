using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace Glow.Evm.Precompiles;

/// <summary>
/// The BLAKE2b compression function F (RFC 7693, section 3.2) with a caller-chosen number of rounds, as the
/// 0x09 precompile exposes it (EIP-152). Rounds beyond ten reuse the message schedule cyclically.
/// </summary>
internal static partial class Blake2bCompression
{
    // The message-word permutations σ0..σ9 (RFC 7693, section 2.7), two words per G call, eight calls a round.
    internal static ReadOnlySpan<byte> Sigma =>
    [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
        14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3,
        11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4,
        7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8,
        9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13,
        2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9,
        12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11,
        13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10,
        6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5,
        10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0,
    ];

    /// <summary>The BLAKE2b initialisation vector (the SHA-512 IV).</summary>
    internal static ReadOnlySpan<ulong> Iv =>
    [
        0x6a09e667f3bcc908UL, 0xbb67ae8584caa73bUL, 0x3c6ef372fe94f82bUL, 0xa54ff53a5f1d36f1UL,
        0x510e527fade682d1UL, 0x9b05688c2b3e6c1fUL, 0x1f83d9abfb41bd6bUL, 0x5be0cd19137e2179UL,
    ];

    /// <summary>
    /// Compresses one 128-byte block into the state <paramref name="h"/> (eight words, updated in place).
    /// <paramref name="m"/> holds the sixteen little-endian message words, <paramref name="t0"/>/<paramref name="t1"/>
    /// the byte counter, <paramref name="final"/> the last-block flag.
    /// </summary>
    public static void Compress(uint rounds, Span<ulong> h, ReadOnlySpan<ulong> m, ulong t0, ulong t1, bool final)
    {
        if (Avx2.IsSupported)
        {
            CompressAvx2(rounds, h, m, t0, t1, final);
        }
        else
        {
            CompressScalar(rounds, h, m, t0, t1, final);
        }
    }

    /// <summary>The portable implementation, one 64-bit word at a time.</summary>
    internal static void CompressScalar(uint rounds, Span<ulong> h, ReadOnlySpan<ulong> m, ulong t0, ulong t1, bool final)
    {
        var iv = Iv;
        ulong v0 = h[0], v1 = h[1], v2 = h[2], v3 = h[3], v4 = h[4], v5 = h[5], v6 = h[6], v7 = h[7];
        ulong v8 = iv[0], v9 = iv[1], v10 = iv[2], v11 = iv[3];
        var v12 = iv[4] ^ t0;
        var v13 = iv[5] ^ t1;
        var v14 = final ? ~iv[6] : iv[6];
        var v15 = iv[7];

        var sigma = Sigma;
        var round = 0;
        for (var r = 0u; r < rounds; r++)
        {
            var s = sigma.Slice(16 * round, 16);
            G(ref v0, ref v4, ref v8, ref v12, m[s[0]], m[s[1]]);
            G(ref v1, ref v5, ref v9, ref v13, m[s[2]], m[s[3]]);
            G(ref v2, ref v6, ref v10, ref v14, m[s[4]], m[s[5]]);
            G(ref v3, ref v7, ref v11, ref v15, m[s[6]], m[s[7]]);
            G(ref v0, ref v5, ref v10, ref v15, m[s[8]], m[s[9]]);
            G(ref v1, ref v6, ref v11, ref v12, m[s[10]], m[s[11]]);
            G(ref v2, ref v7, ref v8, ref v13, m[s[12]], m[s[13]]);
            G(ref v3, ref v4, ref v9, ref v14, m[s[14]], m[s[15]]);
            round = round == 9 ? 0 : round + 1;
        }

        h[0] ^= v0 ^ v8;
        h[1] ^= v1 ^ v9;
        h[2] ^= v2 ^ v10;
        h[3] ^= v3 ^ v11;
        h[4] ^= v4 ^ v12;
        h[5] ^= v5 ^ v13;
        h[6] ^= v6 ^ v14;
        h[7] ^= v7 ^ v15;
    }

    /// <summary>Reads <paramref name="words"/>.Length little-endian 64-bit words from <paramref name="bytes"/>.</summary>
    public static void ReadWords(ReadOnlySpan<byte> bytes, Span<ulong> words)
    {
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = BinaryPrimitives.ReadUInt64LittleEndian(bytes.Slice(8 * i, 8));
        }
    }

    // The mixing function G (RFC 7693, section 3.1) with rotations 32, 24, 16, 63.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void G(ref ulong a, ref ulong b, ref ulong c, ref ulong d, ulong x, ulong y)
    {
        a += b + x;
        d = BitOperations.RotateRight(d ^ a, 32);
        c += d;
        b = BitOperations.RotateRight(b ^ c, 24);
        a += b + y;
        d = BitOperations.RotateRight(d ^ a, 16);
        c += d;
        b = BitOperations.RotateRight(b ^ c, 63);
    }
}
