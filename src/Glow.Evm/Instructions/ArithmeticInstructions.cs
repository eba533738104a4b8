using System.Runtime.CompilerServices;
using Glow.Core.Numerics;
using Glow.Evm.Gas;

namespace Glow.Evm.Instructions;

/// <summary>
/// ADD … SIGNEXTEND (0x01–0x0b). Each takes a pointer to the top of the stack, reads its operands (top first, as the
/// yellow paper numbers them μs[0], μs[1], …) and writes the result where the deepest operand was; the interpreter
/// then lowers the stack height. The arithmetic itself is <see cref="UInt256"/>'s.
/// </summary>
internal static unsafe class ArithmeticInstructions
{
    /// <summary>ADD with the carry chain in registers and the result written with one 32-byte store (<see cref="StackSlot"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Add(UInt256* top)
    {
        var a = (ulong*)top;
        var b = (ulong*)(top - 1);
        var x = a[0];
        var r0 = x + b[0];
        var carry = r0 < x ? 1UL : 0UL;
        x = a[1];
        var r1 = x + b[1];
        var next = r1 < x ? 1UL : 0UL;
        r1 += carry;
        carry = next | (r1 < carry ? 1UL : 0UL);
        x = a[2];
        var r2 = x + b[2];
        next = r2 < x ? 1UL : 0UL;
        r2 += carry;
        carry = next | (r2 < carry ? 1UL : 0UL);
        StackSlot.Write(top - 1, r0, r1, r2, a[3] + b[3] + carry);
    }

    public static void Mul(UInt256* top) => UInt256.Multiply(in top[0], in top[-1], out top[-1]);

    /// <summary>MUL of two operands below 2^64 with one 64×64→128 multiplication; false (nothing done) otherwise.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryMulSmall(UInt256* top)
    {
        ref var a = ref top[0];
        ref var b = ref top[-1];
        if ((a.U1 | a.U2 | a.U3 | b.U1 | b.U2 | b.U3) != 0)
        {
            return false;
        }

        var high = Math.BigMul(a.U0, b.U0, out var low);
        StackSlot.Write(top - 1, low, high, 0, 0);
        return true;
    }

    /// <summary>SUB: μs[0] − μs[1], like <see cref="Add"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Sub(UInt256* top)
    {
        var a = (ulong*)top;
        var b = (ulong*)(top - 1);
        var x = a[0];
        var y = b[0];
        var borrow = x < y ? 1UL : 0UL;
        var r0 = x - y;
        x = a[1];
        y = b[1];
        var r1 = x - y;
        var next = (x < y ? 1UL : 0UL) | (r1 < borrow ? 1UL : 0UL);
        r1 -= borrow;
        borrow = next;
        x = a[2];
        y = b[2];
        var r2 = x - y;
        next = (x < y ? 1UL : 0UL) | (r2 < borrow ? 1UL : 0UL);
        r2 -= borrow;
        StackSlot.Write(top - 1, r0, r1, r2, a[3] - b[3] - next);
    }

    public static void Div(UInt256* top) => UInt256.Divide(in top[0], in top[-1], out top[-1]);

    public static void SDiv(UInt256* top) => UInt256.SignedDivide(in top[0], in top[-1], out top[-1]);

    public static void Mod(UInt256* top) => UInt256.Mod(in top[0], in top[-1], out top[-1]);

    public static void SMod(UInt256* top) => UInt256.SignedMod(in top[0], in top[-1], out top[-1]);

    public static void AddMod(UInt256* top) => UInt256.AddMod(in top[0], in top[-1], in top[-2], out top[-2]);

    public static void MulMod(UInt256* top) => UInt256.MulMod(in top[0], in top[-1], in top[-2], out top[-2]);

    /// <summary>EXP's dynamic gas: 50 per byte of the exponent (EIP-160; 10 before).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long ExpCost(UInt256* top, bool eip160) => top[-1].ByteLength * (eip160 ? GasCost.ExpByte : GasCost.ExpByteFrontier);

    public static void Exp(UInt256* top) => UInt256.Exp(in top[0], in top[-1], out top[-1]);

    public static void SignExtend(UInt256* top) => top[-1] = UInt256.SignExtend(in top[0], in top[-1]);
}
