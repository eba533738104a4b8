using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using Glow.Core.Numerics;

namespace Glow.Evm.Instructions;

/// <summary>
/// PUSH1 … PUSH32 (0x60–0x7f). The code is padded with zeros (<see cref="Execution.CodeInfo"/>), so any PUSH reads
/// 32 bytes without a bounds check and keeps the first n, which also makes a PUSH cut short by the end of the code
/// read zeros for its missing bytes, as the yellow paper requires.
/// </summary>
internal static unsafe class PushInstructions
{
    /// <summary>The value of PUSHn whose immediate bytes start at <paramref name="data"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static UInt256 Read(byte* data, int n)
    {
        if (n <= 8)
        {
            return new UInt256(BinaryPrimitives.ReverseEndianness(Unsafe.ReadUnaligned<ulong>(data)) >> ((8 - n) * 8));
        }

        return ReadWide(data, n);
    }

    private static UInt256 ReadWide(byte* data, int n)
    {
        var word = new UInt256(
            BinaryPrimitives.ReverseEndianness(Unsafe.ReadUnaligned<ulong>(data + 24)),
            BinaryPrimitives.ReverseEndianness(Unsafe.ReadUnaligned<ulong>(data + 16)),
            BinaryPrimitives.ReverseEndianness(Unsafe.ReadUnaligned<ulong>(data + 8)),
            BinaryPrimitives.ReverseEndianness(Unsafe.ReadUnaligned<ulong>(data)));
        return n == 32 ? word : UInt256.ShiftRight(in word, (32 - n) * 8);
    }
}
