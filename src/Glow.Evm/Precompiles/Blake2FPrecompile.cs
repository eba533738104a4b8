using System.Buffers.Binary;

namespace Glow.Evm.Precompiles;

/// <summary>
/// 0x09 BLAKE2b compression function F (EIP-152, Istanbul). Input is exactly 213 bytes:
/// <c>rounds</c> (4 bytes, big-endian) ‖ <c>h</c> (8 × 8 bytes, little-endian) ‖ <c>m</c> (16 × 8) ‖
/// <c>t0</c> ‖ <c>t1</c> (8 bytes each, little-endian) ‖ <c>f</c> (1 byte, 0 or 1). Any other length or flag
/// fails the call. Output: the new <c>h</c>, 64 bytes little-endian. Gas: one per round.
/// </summary>
public sealed class Blake2FPrecompile : IPrecompile
{
    /// <summary>The only valid input length.</summary>
    public const int InputLength = 213;

    /// <summary>The one instance (the precompile is stateless).</summary>
    public static Blake2FPrecompile Instance { get; } = new();

    /// <summary>
    /// The number of rounds; an input of the wrong length costs 0 here, since it fails and the failure consumes
    /// all the gas given to the call anyway.
    /// </summary>
    public long GasCost(ReadOnlySpan<byte> input) =>
        input.Length == InputLength ? BinaryPrimitives.ReadUInt32BigEndian(input) : 0;

    /// <inheritdoc />
    public bool TryRun(ReadOnlySpan<byte> input, out byte[] output)
    {
        if (input.Length != InputLength || input[212] > 1)
        {
            output = [];
            return false;
        }

        var rounds = BinaryPrimitives.ReadUInt32BigEndian(input);
        Span<ulong> h = stackalloc ulong[8];
        Span<ulong> m = stackalloc ulong[16];
        Blake2bCompression.ReadWords(input.Slice(4, 64), h);
        Blake2bCompression.ReadWords(input.Slice(68, 128), m);
        var t0 = BinaryPrimitives.ReadUInt64LittleEndian(input.Slice(196, 8));
        var t1 = BinaryPrimitives.ReadUInt64LittleEndian(input.Slice(204, 8));
        Blake2bCompression.Compress(rounds, h, m, t0, t1, input[212] == 1);

        output = new byte[64];
        for (var i = 0; i < 8; i++)
        {
            BinaryPrimitives.WriteUInt64LittleEndian(output.AsSpan(8 * i, 8), h[i]);
        }

        return true;
    }
}
