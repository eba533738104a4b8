using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Glow.Core.Numerics;

namespace Glow.Evm.Instructions;

/// <summary>
/// Comparison and bitwise logic, LT … SAR (0x10–0x1d), with the operand convention of <see cref="ArithmeticInstructions"/>.
/// The frequent ones are written to inline into the interpreter's hot loop without calls.
/// </summary>
internal static unsafe class BitwiseInstructions
{
    private const ulong SignBit = 1UL << 63;

    /// <summary>LT: μs[0] &lt; μs[1], by the borrow out of μs[0] − μs[1].</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Lt(UInt256* top) => StackSlot.Write(top - 1, UInt256.SubtractUnderflow(in top[0], in top[-1], out _) ? 1UL : 0UL);

    /// <summary>GT: μs[0] &gt; μs[1].</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Gt(UInt256* top) => StackSlot.Write(top - 1, UInt256.SubtractUnderflow(in top[-1], in top[0], out _) ? 1UL : 0UL);

    /// <summary>SLT: the signed comparison is the unsigned one with both sign bits flipped.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void SLt(UInt256* top) => StackSlot.Write(top - 1, UInt256.SubtractUnderflow(FlipSign(in top[0]), FlipSign(in top[-1]), out _) ? 1UL : 0UL);

    /// <summary>SGT.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void SGt(UInt256* top) => StackSlot.Write(top - 1, UInt256.SubtractUnderflow(FlipSign(in top[-1]), FlipSign(in top[0]), out _) ? 1UL : 0UL);

    // EQ, ISZERO, AND, OR, XOR and NOT work on the 32-byte words as 256-bit vectors: one load, one operation, one store.

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Eq(UInt256* top) => StackSlot.Write(top - 1, Vector256.Load((ulong*)top) == Vector256.Load((ulong*)(top - 1)) ? 1UL : 0UL);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void IsZero(UInt256* top) => StackSlot.Write(top, Vector256.Load((ulong*)top) == Vector256<ulong>.Zero ? 1UL : 0UL);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void And(UInt256* top) => Vector256.Store(Vector256.Load((ulong*)top) & Vector256.Load((ulong*)(top - 1)), (ulong*)(top - 1));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Or(UInt256* top) => Vector256.Store(Vector256.Load((ulong*)top) | Vector256.Load((ulong*)(top - 1)), (ulong*)(top - 1));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Xor(UInt256* top) => Vector256.Store(Vector256.Load((ulong*)top) ^ Vector256.Load((ulong*)(top - 1)), (ulong*)(top - 1));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Not(UInt256* top) => Vector256.Store(~Vector256.Load((ulong*)top), (ulong*)top);

    public static void Byte(UInt256* top) => top[-1] = UInt256.Byte(in top[0], in top[-1]);

    /// <summary>SHL (EIP-145): μs[1] shifted left by μs[0]; zero for a shift of 256 or more.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Shl(UInt256* top)
    {
        ref var shift = ref top[0];
        if ((shift.U1 | shift.U2 | shift.U3) != 0 || shift.U0 >= 256)
        {
            StackSlot.Write(top - 1, 0);
            return;
        }

        // Limbs, least significant first, after four zero limbs: result limb i = (a[i − q] << r) | (a[i − q − 1] >> (64 − r)).
        var limbs = default(Limbs8);
        ref var value = ref top[-1];
        limbs[4] = value.U0;
        limbs[5] = value.U1;
        limbs[6] = value.U2;
        limbs[7] = value.U3;
        var q = (int)(shift.U0 >> 6);
        var r = (int)(shift.U0 & 63);
        var at = 4 - q;
        StackSlot.Write(
            top - 1,
            (limbs[at] << r) | ((limbs[at - 1] >> 1) >> (63 - r)),
            (limbs[at + 1] << r) | ((limbs[at] >> 1) >> (63 - r)),
            (limbs[at + 2] << r) | ((limbs[at + 1] >> 1) >> (63 - r)),
            (limbs[at + 3] << r) | ((limbs[at + 2] >> 1) >> (63 - r)));
    }

    /// <summary>SHR (EIP-145): μs[1] shifted right by μs[0]; zero for a shift of 256 or more.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Shr(UInt256* top)
    {
        ref var shift = ref top[0];
        if ((shift.U1 | shift.U2 | shift.U3) != 0 || shift.U0 >= 256)
        {
            StackSlot.Write(top - 1, 0);
            return;
        }

        // Limbs, least significant first, before four zero limbs: result limb i = (a[i + q] >> r) | (a[i + q + 1] << (64 − r)).
        var limbs = default(Limbs8);
        ref var value = ref top[-1];
        limbs[0] = value.U0;
        limbs[1] = value.U1;
        limbs[2] = value.U2;
        limbs[3] = value.U3;
        var q = (int)(shift.U0 >> 6);
        var r = (int)(shift.U0 & 63);
        StackSlot.Write(
            top - 1,
            (limbs[q] >> r) | ((limbs[q + 1] << 1) << (63 - r)),
            (limbs[q + 1] >> r) | ((limbs[q + 2] << 1) << (63 - r)),
            (limbs[q + 2] >> r) | ((limbs[q + 3] << 1) << (63 - r)),
            (limbs[q + 3] >> r) | ((limbs[q + 4] << 1) << (63 - r)));
    }

    public static void Sar(UInt256* top) => top[-1] = UInt256.ShiftRightArithmetic(in top[-1], in top[0]);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static UInt256 FlipSign(in UInt256 value) => new(value.U0, value.U1, value.U2, value.U3 ^ SignBit);

    /// <summary>Eight limbs of scratch for the shifts (four of value, four of zeros), on the stack.</summary>
    [InlineArray(8)]
    private struct Limbs8
    {
        private ulong _element;
    }
}
