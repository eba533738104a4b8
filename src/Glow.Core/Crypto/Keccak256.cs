using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Glow.Core.Crypto;

/// <summary>
/// Keccak-256 as Ethereum uses it: the original Keccak submission with capacity 512 and the
/// <c>0x01 … 0x80</c> padding, not the SHA3-256 of FIPS 202 (which pads with <c>0x06</c>).
/// </summary>
public static class Keccak256
{
    /// <summary>Length of a digest in bytes.</summary>
    public const int HashSize = 32;

    /// <summary>Bytes absorbed per permutation: 1600 bits minus the 512-bit capacity.</summary>
    public const int RateBytes = 136;

    internal const int RateLanes = RateBytes / 8;

    /// <summary>Keccak-256 of the empty input, the code hash of an account without code.</summary>
    public static readonly Hash256 OfEmpty = Compute([]);

    /// <summary>Keccak-256 of <c>0xc0</c> (the RLP empty list), the hash of an empty ommers list.</summary>
    public static readonly Hash256 OfEmptyList = Compute([0xc0]);

    /// <summary>Keccak-256 of <c>0x80</c> (the RLP empty string), the root of an empty Patricia trie.</summary>
    public static readonly Hash256 OfEmptyString = Compute([0x80]);

    /// <summary>Hashes <paramref name="input"/> into the first 32 bytes of <paramref name="output"/>, allocating nothing.</summary>
    /// <exception cref="ArgumentException"><paramref name="output"/> is shorter than 32 bytes.</exception>
    [SkipLocalsInit]
    public static void Hash(ReadOnlySpan<byte> input, Span<byte> output)
    {
        if (output.Length < HashSize)
        {
            throw new ArgumentException("The output needs 32 bytes.", nameof(output));
        }

        Span<ulong> state = stackalloc ulong[25];
        state.Clear();
        while (input.Length >= RateBytes)
        {
            AbsorbBlock(state, input);
            KeccakF1600.Permute(state);
            input = input[RateBytes..];
        }

        AbsorbFinal(state, input);
        KeccakF1600.Permute(state);
        Squeeze(state, output);
    }

    /// <summary>Keccak-256 of <paramref name="input"/> as a <see cref="Hash256"/>.</summary>
    public static Hash256 Compute(ReadOnlySpan<byte> input)
    {
        Span<byte> digest = stackalloc byte[HashSize];
        Hash(input, digest);
        return new Hash256(digest);
    }

    /// <summary>Keccak-256 of <paramref name="input"/> as a new array.</summary>
    public static byte[] ComputeBytes(ReadOnlySpan<byte> input)
    {
        var digest = new byte[HashSize];
        Hash(input, digest);
        return digest;
    }

    /// <summary>XORs one 136-byte block into the first 17 lanes, reading lanes little-endian.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void AbsorbBlock(Span<ulong> state, ReadOnlySpan<byte> block)
    {
        block = block[..RateBytes];
        state = state[..RateLanes];
        if (BitConverter.IsLittleEndian)
        {
            // Lanes are little-endian, so on such a machine the block is already 17 lanes in memory order.
            var lanes = MemoryMarshal.Cast<byte, ulong>(block);
            for (var i = 0; i < RateLanes; i++)
            {
                state[i] ^= lanes[i];
            }

            return;
        }

        for (var i = 0; i < RateLanes; i++)
        {
            state[i] ^= BinaryPrimitives.ReadUInt64LittleEndian(block[(i * 8)..]);
        }
    }

    /// <summary>
    /// XORs the last, partial block (fewer than 136 bytes) and the Keccak padding <c>0x01 … 0x80</c>
    /// straight into the lanes, without copying the input into a padded buffer first.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void AbsorbFinal(Span<ulong> state, ReadOnlySpan<byte> tail)
    {
        var full = tail.Length >> 3;
        if (BitConverter.IsLittleEndian)
        {
            var lanes = MemoryMarshal.Cast<byte, ulong>(tail[..(full * 8)]);
            for (var i = 0; i < lanes.Length; i++)
            {
                state[i] ^= lanes[i];
            }
        }
        else
        {
            for (var i = 0; i < full; i++)
            {
                state[i] ^= BinaryPrimitives.ReadUInt64LittleEndian(tail[(i * 8)..]);
            }
        }

        var rest = tail[(full * 8)..];
        ulong last = 0;
        for (var i = rest.Length - 1; i >= 0; i--)
        {
            last = (last << 8) | rest[i];
        }

        state[full] ^= last | (1UL << (8 * rest.Length));
        state[RateLanes - 1] ^= 0x80UL << 56;
    }

    /// <summary>Writes the first four lanes, little-endian, as the 32-byte digest.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void Squeeze(ReadOnlySpan<ulong> state, Span<byte> output)
    {
        BinaryPrimitives.WriteUInt64LittleEndian(output, state[0]);
        BinaryPrimitives.WriteUInt64LittleEndian(output[8..], state[1]);
        BinaryPrimitives.WriteUInt64LittleEndian(output[16..], state[2]);
        BinaryPrimitives.WriteUInt64LittleEndian(output[24..], state[3]);
    }
}
