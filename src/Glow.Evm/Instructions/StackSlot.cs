using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Glow.Core.Numerics;

namespace Glow.Evm.Instructions;

/// <summary>
/// Writes stack slots with one 32-byte store. Instructions that read a slot as a whole (DUP, SWAP, the vector logic)
/// load 32 bytes; had the slot been written as four 8-byte stores, that load could not be forwarded from the stores
/// and would stall until they retire. A 32-byte store, by contrast, forwards both to 32-byte and to 8-byte loads.
/// </summary>
internal static unsafe class StackSlot
{
    /// <summary>Writes the value with limbs <paramref name="u0"/> (least significant) … <paramref name="u3"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Write(UInt256* slot, ulong u0, ulong u1, ulong u2, ulong u3) => Vector256.Create(u0, u1, u2, u3).Store((ulong*)slot);

    /// <summary>Writes a value below 2^64.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Write(UInt256* slot, ulong value) => Vector256.CreateScalar(value).Store((ulong*)slot);

    /// <summary>Writes <paramref name="value"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Write(UInt256* slot, in UInt256 value) => Vector256.Create(value.U0, value.U1, value.U2, value.U3).Store((ulong*)slot);
}
