using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Glow.Evm.Precompiles;

/// <summary>
/// F with AVX2: the 4×4 state held as four rows of four words, G applied to the four columns at once, then to the
/// four diagonals after rotating rows 1–3 by one, two and three lanes. The message words each round needs are
/// gathered once per distinct schedule (ten), which matters for the 2^32 − 1 rounds the precompile allows.
/// </summary>
internal static partial class Blake2bCompression
{
    /// <summary>F on the AVX2 unit; callers check <see cref="Avx2.IsSupported"/>.</summary>
    internal static void CompressAvx2(uint rounds, Span<ulong> h, ReadOnlySpan<ulong> m, ulong t0, ulong t1, bool final)
    {
        var iv = Iv;
        var row0 = Vector256.Create(h[0], h[1], h[2], h[3]);
        var row1 = Vector256.Create(h[4], h[5], h[6], h[7]);
        var row2 = Vector256.Create(iv[0], iv[1], iv[2], iv[3]);
        var row3 = Vector256.Create(iv[4] ^ t0, iv[5] ^ t1, final ? ~iv[6] : iv[6], iv[7]);
        var original0 = row0;
        var original1 = row1;

        // Per schedule: column x, column y, diagonal x, diagonal y.
        var schedules = (int)Math.Min(rounds, 10u);
        Span<Vector256<ulong>> words = stackalloc Vector256<ulong>[40];
        var sigma = Sigma;
        for (var r = 0; r < schedules; r++)
        {
            var s = sigma.Slice(16 * r, 16);
            words[(4 * r) + 0] = Vector256.Create(m[s[0]], m[s[2]], m[s[4]], m[s[6]]);
            words[(4 * r) + 1] = Vector256.Create(m[s[1]], m[s[3]], m[s[5]], m[s[7]]);
            words[(4 * r) + 2] = Vector256.Create(m[s[8]], m[s[10]], m[s[12]], m[s[14]]);
            words[(4 * r) + 3] = Vector256.Create(m[s[9]], m[s[11]], m[s[13]], m[s[15]]);
        }

        var round = 0;
        for (var r = 0u; r < rounds; r++)
        {
            var w = words.Slice(4 * round, 4);
            G(ref row0, ref row1, ref row2, ref row3, w[0], w[1]);

            // Diagonalise: rotate row 1 left by one lane, row 2 by two, row 3 by three.
            row1 = Avx2.Permute4x64(row1, 0b00_11_10_01);
            row2 = Avx2.Permute4x64(row2, 0b01_00_11_10);
            row3 = Avx2.Permute4x64(row3, 0b10_01_00_11);
            G(ref row0, ref row1, ref row2, ref row3, w[2], w[3]);
            row1 = Avx2.Permute4x64(row1, 0b10_01_00_11);
            row2 = Avx2.Permute4x64(row2, 0b01_00_11_10);
            row3 = Avx2.Permute4x64(row3, 0b00_11_10_01);
            round = round == 9 ? 0 : round + 1;
        }

        var result0 = original0 ^ row0 ^ row2;
        var result1 = original1 ^ row1 ^ row3;
        result0.CopyTo(h);
        result1.CopyTo(h[4..]);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void G(ref Vector256<ulong> a, ref Vector256<ulong> b, ref Vector256<ulong> c, ref Vector256<ulong> d, Vector256<ulong> x, Vector256<ulong> y)
    {
        a = Avx2.Add(Avx2.Add(a, b), x);
        d = RotateRight32(d ^ a);
        c = Avx2.Add(c, d);
        b = RotateRight24(b ^ c);
        a = Avx2.Add(Avx2.Add(a, b), y);
        d = RotateRight16(d ^ a);
        c = Avx2.Add(c, d);
        b = RotateRight63(b ^ c);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<ulong> RotateRight32(Vector256<ulong> v) => Avx2.Shuffle(v.AsUInt32(), 0b10_11_00_01).AsUInt64();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<ulong> RotateRight24(Vector256<ulong> v) =>
        Avx2.Shuffle(v.AsByte(), Vector256.Create((byte)3, 4, 5, 6, 7, 0, 1, 2, 11, 12, 13, 14, 15, 8, 9, 10, 3, 4, 5, 6, 7, 0, 1, 2, 11, 12, 13, 14, 15, 8, 9, 10)).AsUInt64();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<ulong> RotateRight16(Vector256<ulong> v) =>
        Avx2.Shuffle(v.AsByte(), Vector256.Create((byte)2, 3, 4, 5, 6, 7, 0, 1, 10, 11, 12, 13, 14, 15, 8, 9, 2, 3, 4, 5, 6, 7, 0, 1, 10, 11, 12, 13, 14, 15, 8, 9)).AsUInt64();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<ulong> RotateRight63(Vector256<ulong> v) => Avx2.ShiftRightLogical(v, 63) | Avx2.Add(v, v);
}
