using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using Glow.Core.Numerics;

namespace Glow.Evm.Instructions;

/// <summary>
/// PUSH1 … PUSH32 (0x60–0x7f). The code is padded with 32 zeros in front and 33 behind
/// (<see cref="Execution.CodeInfo"/>), so PUSHn reads the 32-byte big-endian word that ends at its last immediate byte
/// and clears the bytes in front of its n, without bounds checks or shifts across limbs; a PUSH cut short by the end
/// of the code reads zeros for its missing bytes, as the yellow paper requires.
/// </summary>
internal static unsafe class PushInstructions
{
    /// <summary>Writes the value of PUSHn, whose immediate bytes start at <paramref name="data"/>, to <paramref name="slot"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Push(UInt256* slot, byte* data, int n)
    {
        if (n <= 8)
        {
            StackSlot.Write(slot, BinaryPrimitives.ReverseEndianness(Unsafe.ReadUnaligned<ulong>(data + n - 8)) & (ulong.MaxValue >> ((8 - n) * 8)));
            return;
        }

        var word = data + n - 32;
        var u0 = BinaryPrimitives.ReverseEndianness(Unsafe.ReadUnaligned<ulong>(word + 24));
        var u1 = BinaryPrimitives.ReverseEndianness(Unsafe.ReadUnaligned<ulong>(word + 16));
        var u2 = BinaryPrimitives.ReverseEndianness(Unsafe.ReadUnaligned<ulong>(word + 8));
        var u3 = BinaryPrimitives.ReverseEndianness(Unsafe.ReadUnaligned<ulong>(word));

        // Keep the low n bytes: limb i holds bits [64i, 64i + 64); bits at or above 8n are the bytes before the data.
        var bits = n * 8;
        if (bits < 128)
        {
            u1 &= ulong.MaxValue >> (128 - bits);
            u2 = 0;
            u3 = 0;
        }
        else if (bits < 192)
        {
            u2 = bits == 128 ? 0 : u2 & (ulong.MaxValue >> (192 - bits));
            u3 = 0;
        }
        else if (bits < 256)
        {
            u3 = bits == 192 ? 0 : u3 & (ulong.MaxValue >> (256 - bits));
        }

        StackSlot.Write(slot, u0, u1, u2, u3);
    }
}
