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
    /// <summary>ADD, limb by limb, each result limb stored as soon as it is known (few registers live at once).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Add(UInt256* top)
    {
        var a = (ulong*)top;
        var b = (ulong*)(top - 1);
        var x = a[0];
        var sum = x + b[0];
        var carry = sum < x ? 1UL : 0UL;
        b[0] = sum;
        x = a[1];
        sum = x + b[1];
        var next = sum < x ? 1UL : 0UL;
        sum += carry;
        carry = next | (sum < carry ? 1UL : 0UL);
        b[1] = sum;
        x = a[2];
        sum = x + b[2];
        next = sum < x ? 1UL : 0UL;
        sum += carry;
        carry = next | (sum < carry ? 1UL : 0UL);
        b[2] = sum;
        b[3] = a[3] + b[3] + carry;
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
        top[-1] = new UInt256(low, high);
        return true;
    }

    /// <summary>SUB: μs[0] − μs[1], limb by limb like <see cref="Add"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Sub(UInt256* top)
    {
        var a = (ulong*)top;
        var b = (ulong*)(top - 1);
        var x = a[0];
        var y = b[0];
        var borrow = x < y ? 1UL : 0UL;
        b[0] = x - y;
        x = a[1];
        y = b[1];
        var difference = x - y;
        var next = x < y ? 1UL : 0UL;
        next |= difference < borrow ? 1UL : 0UL;
        b[1] = difference - borrow;
        borrow = next;
        x = a[2];
        y = b[2];
        difference = x - y;
        next = x < y ? 1UL : 0UL;
        next |= difference < borrow ? 1UL : 0UL;
        b[2] = difference - borrow;
        b[3] = a[3] - b[3] - next;
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
