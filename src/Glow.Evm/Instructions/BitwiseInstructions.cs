using System.Runtime.CompilerServices;
using Glow.Core.Numerics;

namespace Glow.Evm.Instructions;

/// <summary>Comparison and bitwise logic, LT … SAR (0x10–0x1d), with the operand convention of <see cref="ArithmeticInstructions"/>.</summary>
internal static unsafe class BitwiseInstructions
{
    private static UInt256 Bool(bool value) => new(value ? 1UL : 0UL);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Lt(UInt256* top) => top[-1] = Bool(UInt256.Compare(in top[0], in top[-1]) < 0);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Gt(UInt256* top) => top[-1] = Bool(UInt256.Compare(in top[0], in top[-1]) > 0);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void SLt(UInt256* top) => top[-1] = Bool(UInt256.SignedCompare(in top[0], in top[-1]) < 0);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void SGt(UInt256* top) => top[-1] = Bool(UInt256.SignedCompare(in top[0], in top[-1]) > 0);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Eq(UInt256* top) => top[-1] = Bool(top[0].Equals(top[-1]));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void IsZero(UInt256* top) => top[0] = Bool(top[0].IsZero);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void And(UInt256* top) => top[-1] = top[0] & top[-1];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Or(UInt256* top) => top[-1] = top[0] | top[-1];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Xor(UInt256* top) => top[-1] = top[0] ^ top[-1];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Not(UInt256* top) => top[0] = ~top[0];

    public static void Byte(UInt256* top) => top[-1] = UInt256.Byte(in top[0], in top[-1]);

    public static void Shl(UInt256* top) => top[-1] = UInt256.ShiftLeft(in top[-1], in top[0]);

    public static void Shr(UInt256* top) => top[-1] = UInt256.ShiftRight(in top[-1], in top[0]);

    public static void Sar(UInt256* top) => top[-1] = UInt256.ShiftRightArithmetic(in top[-1], in top[0]);
}
