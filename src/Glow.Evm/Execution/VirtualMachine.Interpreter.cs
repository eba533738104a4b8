using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Glow.Core.Numerics;
using Glow.Evm.Instructions;
using Glow.Evm.Tracing;

namespace Glow.Evm.Execution;

internal sealed unsafe partial class VirtualMachine
{
    /// <summary>
    /// Runs <paramref name="frame"/> from its saved program counter until it ends (returns false; status, gas and
    /// output are set on the frame) or until a call or create has entered a child frame that must run first (returns
    /// true; <see cref="PendingChild"/> is set and the frame's machine state saved).
    /// </summary>
    /// <remarks>
    /// The hot loop keeps five values in registers: the instruction pointer, the stack base and height, the gas and the
    /// opcode table. Before the switch one 8-byte table entry gives the static gas and the stack bounds
    /// (<see cref="OpcodeInfo"/>), each checked with one comparison; an instruction the fork lacks fails the stack
    /// check and is reported as invalid. The switch holds only instructions that inline completely (ADD, SUB, small
    /// MUL, comparisons, logic, shifts, PUSH/DUP/SWAP/POP, jumps, MLOAD/MSTORE within paid memory); everything else,
    /// including the slow cases of those, goes through the loop's single call, to <see cref="ExecuteSlow"/>, with the
    /// machine state written to the frame before and read back after. No hot value is therefore live across a call,
    /// and the JIT keeps them in registers without spilling them on every instruction.
    /// </remarks>
    [SkipLocalsInit]
    private bool Interpret<TMode>(CallFrame frame)
        where TMode : struct, ITraceMode
    {
        var table = Table.Pointer;
        var stack = frame.Stack;
        var codeInfo = frame.Code;
        var sp = frame.StackHeight;
        var gas = frame.Gas;
        EvmStatus status;
        fixed (byte* padded = codeInfo.Padded)
        {
            var code = padded + CodeInfo.FrontPadding;
            var ip = code + frame.Pc;
            while (true)
            {
                var op = *ip;
                var info = table[op];
                if (TMode.Enabled)
                {
                    TraceStart(frame, (int)(ip - code), op, gas, sp);
                }

                if ((uint)(sp - info.MinStack) > (uint)info.Range)
                {
                    status = !info.IsDefined ? EvmStatus.InvalidOpcode : sp < info.MinStack ? EvmStatus.StackUnderflow : EvmStatus.StackOverflow;
                    goto Fail;
                }

                gas -= info.StaticGas;
                if (gas < 0)
                {
                    goto OutOfGas;
                }

                ip++;
                switch (op)
                {
                    case (byte)Opcode.ADD:
                        ArithmeticInstructions.Add(stack + sp - 1);
                        sp--;
                        break;

                    case (byte)Opcode.SUB:
                        ArithmeticInstructions.Sub(stack + sp - 1);
                        sp--;
                        break;

                    case (byte)Opcode.MUL:
                        if (!ArithmeticInstructions.TryMulSmall(stack + sp - 1))
                        {
                            goto default;
                        }

                        sp--;
                        break;

                    case (byte)Opcode.LT:
                        BitwiseInstructions.Lt(stack + sp - 1);
                        sp--;
                        break;

                    case (byte)Opcode.GT:
                        BitwiseInstructions.Gt(stack + sp - 1);
                        sp--;
                        break;

                    case (byte)Opcode.SLT:
                        BitwiseInstructions.SLt(stack + sp - 1);
                        sp--;
                        break;

                    case (byte)Opcode.SGT:
                        BitwiseInstructions.SGt(stack + sp - 1);
                        sp--;
                        break;

                    case (byte)Opcode.EQ:
                        BitwiseInstructions.Eq(stack + sp - 1);
                        sp--;
                        break;

                    case (byte)Opcode.AND:
                        BitwiseInstructions.And(stack + sp - 1);
                        sp--;
                        break;

                    case (byte)Opcode.OR:
                        BitwiseInstructions.Or(stack + sp - 1);
                        sp--;
                        break;

                    case (byte)Opcode.XOR:
                        BitwiseInstructions.Xor(stack + sp - 1);
                        sp--;
                        break;

                    case (byte)Opcode.SHL:
                        BitwiseInstructions.Shl(stack + sp - 1);
                        sp--;
                        break;

                    case (byte)Opcode.SHR:
                        BitwiseInstructions.Shr(stack + sp - 1);
                        sp--;
                        break;

                    case (byte)Opcode.ISZERO:
                        BitwiseInstructions.IsZero(stack + sp - 1);
                        break;

                    case (byte)Opcode.NOT:
                        BitwiseInstructions.Not(stack + sp - 1);
                        break;

                    case (byte)Opcode.POP:
                        sp--;
                        break;

                    case (byte)Opcode.MLOAD:
                        if (!MemoryInstructions.TryMLoadInPlace(frame.Memory, stack + sp - 1))
                        {
                            goto default;
                        }

                        break;

                    case (byte)Opcode.MSTORE:
                        if (!MemoryInstructions.TryMStoreInPlace(frame.Memory, stack + sp - 1))
                        {
                            goto default;
                        }

                        sp -= 2;
                        break;

                    case (byte)Opcode.JUMP:
                        if (!codeInfo.IsJumpDestination(in stack[sp - 1]))
                        {
                            status = EvmStatus.InvalidJump;
                            goto Fail;
                        }

                        ip = code + (int)stack[sp - 1].U0;
                        sp--;
                        break;

                    case (byte)Opcode.JUMPI:
                        if (!stack[sp - 2].IsZero)
                        {
                            if (!codeInfo.IsJumpDestination(in stack[sp - 1]))
                            {
                                status = EvmStatus.InvalidJump;
                                goto Fail;
                            }

                            ip = code + (int)stack[sp - 1].U0;
                        }

                        sp -= 2;
                        break;

                    case (byte)Opcode.PC:
                        StackSlot.Write(stack + sp++, (ulong)(ip - code - 1));
                        break;

                    case (byte)Opcode.GAS:
                        StackSlot.Write(stack + sp++, (ulong)gas);
                        break;

                    case (byte)Opcode.JUMPDEST:
                        break;

                    case (byte)Opcode.PUSH0:
                        StackSlot.Write(stack + sp++, 0);
                        break;

                    case (byte)Opcode.PUSH1:
                        StackSlot.Write(stack + sp++, *ip);
                        ip++;
                        break;

                    case (byte)Opcode.PUSH2:
                    case (byte)Opcode.PUSH3:
                    case (byte)Opcode.PUSH4:
                    case (byte)Opcode.PUSH5:
                    case (byte)Opcode.PUSH6:
                    case (byte)Opcode.PUSH7:
                    case (byte)Opcode.PUSH8:
                    case (byte)Opcode.PUSH9:
                    case (byte)Opcode.PUSH10:
                    case (byte)Opcode.PUSH11:
                    case (byte)Opcode.PUSH12:
                    case (byte)Opcode.PUSH13:
                    case (byte)Opcode.PUSH14:
                    case (byte)Opcode.PUSH15:
                    case (byte)Opcode.PUSH16:
                    case (byte)Opcode.PUSH17:
                    case (byte)Opcode.PUSH18:
                    case (byte)Opcode.PUSH19:
                    case (byte)Opcode.PUSH20:
                    case (byte)Opcode.PUSH21:
                    case (byte)Opcode.PUSH22:
                    case (byte)Opcode.PUSH23:
                    case (byte)Opcode.PUSH24:
                    case (byte)Opcode.PUSH25:
                    case (byte)Opcode.PUSH26:
                    case (byte)Opcode.PUSH27:
                    case (byte)Opcode.PUSH28:
                    case (byte)Opcode.PUSH29:
                    case (byte)Opcode.PUSH30:
                    case (byte)Opcode.PUSH31:
                    case (byte)Opcode.PUSH32:
                        {
                            var n = op - (byte)Opcode.PUSH0;
                            PushInstructions.Push(stack + sp++, ip, n);
                            ip += n;
                            break;
                        }

                    case (byte)Opcode.DUP1:
                    case (byte)Opcode.DUP2:
                    case (byte)Opcode.DUP3:
                    case (byte)Opcode.DUP4:
                    case (byte)Opcode.DUP5:
                    case (byte)Opcode.DUP6:
                    case (byte)Opcode.DUP7:
                    case (byte)Opcode.DUP8:
                    case (byte)Opcode.DUP9:
                    case (byte)Opcode.DUP10:
                    case (byte)Opcode.DUP11:
                    case (byte)Opcode.DUP12:
                    case (byte)Opcode.DUP13:
                    case (byte)Opcode.DUP14:
                    case (byte)Opcode.DUP15:
                    case (byte)Opcode.DUP16:
                        Vector256.Store(Vector256.Load((ulong*)(stack + sp - (op - (byte)Opcode.PUSH32))), (ulong*)(stack + sp));
                        sp++;
                        break;

                    case (byte)Opcode.SWAP1:
                    case (byte)Opcode.SWAP2:
                    case (byte)Opcode.SWAP3:
                    case (byte)Opcode.SWAP4:
                    case (byte)Opcode.SWAP5:
                    case (byte)Opcode.SWAP6:
                    case (byte)Opcode.SWAP7:
                    case (byte)Opcode.SWAP8:
                    case (byte)Opcode.SWAP9:
                    case (byte)Opcode.SWAP10:
                    case (byte)Opcode.SWAP11:
                    case (byte)Opcode.SWAP12:
                    case (byte)Opcode.SWAP13:
                    case (byte)Opcode.SWAP14:
                    case (byte)Opcode.SWAP15:
                    case (byte)Opcode.SWAP16:
                        {
                            var a = (ulong*)(stack + sp - 1);
                            var b = (ulong*)(stack + sp - 1 - (op - (byte)Opcode.DUP16));
                            var x = Vector256.Load(a);
                            Vector256.Store(Vector256.Load(b), a);
                            Vector256.Store(x, b);
                            break;
                        }

                    default:
                        frame.Gas = gas;
                        frame.StackHeight = sp;
                        frame.Pc = (int)(ip - code);
                        switch (ExecuteSlow(frame, op))
                        {
                            case SlowResult.Continue:
                                break;
                            case SlowResult.Halted:
                                if (TMode.Enabled)
                                {
                                    Tracer.EndStep(frame.Gas, frame.Status);
                                }

                                return false;
                            case SlowResult.Suspended:
                                if (TMode.Enabled)
                                {
                                    Tracer.EndStep(frame.Gas, EvmStatus.Success);
                                }

                                return true;
                            default:
                                status = frame.Status;
                                gas = frame.Gas;
                                goto Fail;
                        }

                        gas = frame.Gas;
                        sp = frame.StackHeight;
                        ip = code + frame.Pc;
                        break;
                }

                if (TMode.Enabled)
                {
                    Tracer.EndStep(gas, EvmStatus.Success);
                }
            }
        }

    OutOfGas:
        status = EvmStatus.OutOfGas;

    Fail:
        if (TMode.Enabled)
        {
            Tracer.EndStep(Math.Max(gas, 0), status);
        }

        frame.Gas = 0;
        frame.Status = status;
        frame.Output = ReadOnlyMemory<byte>.Empty;
        return false;
    }

    private void TraceStart(CallFrame frame, int pc, byte op, long gas, int sp) =>
        Tracer.StartStep(new EvmStep(pc, op, gas, frame.Depth + 1, Substate.Refund, new ReadOnlySpan<UInt256>(frame.Stack, sp), frame.Memory.Span, frame.ReturnData.Span));
}
