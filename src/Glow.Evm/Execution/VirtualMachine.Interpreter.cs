using System.Runtime.CompilerServices;
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
    /// One switch on the opcode byte, with program counter, stack height and gas in locals. Before the switch one
    /// 8-byte table entry gives the static gas and the stack bounds (<see cref="OpcodeInfo"/>), checked with one
    /// comparison each; an instruction the fork lacks fails the stack check and is reported as invalid. Instructions
    /// that need more (state access, dynamic gas) live in the <c>Instructions</c> classes, grouped by family; those
    /// that may fail take the gas through <see cref="CallFrame.Gas"/> and return a status.
    /// </remarks>
    [SkipLocalsInit]
    private bool Interpret<TMode>(CallFrame frame)
        where TMode : struct, ITraceMode
    {
        var table = Table.Pointer;
        var stack = frame.Stack;
        var code = frame.Code;
        var memory = frame.Memory;
        var eip160 = Spec.IsEip160Enabled;
        var sp = frame.StackHeight;
        var gas = frame.Gas;
        var pc = frame.Pc;
        long cost;
        EvmStatus status;
        fixed (byte* bytes = code.Padded)
        {
            while (true)
            {
                var op = bytes[pc];
                var info = table[op];
                if (TMode.Enabled)
                {
                    TraceStart(frame, pc, op, gas, sp);
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

                pc++;
                var top = stack + sp - 1;
                switch ((Opcode)op)
                {
                    case Opcode.STOP:
                        frame.Output = ReadOnlyMemory<byte>.Empty;
                        status = EvmStatus.Success;
                        goto Halt;

                    case Opcode.ADD:
                        ArithmeticInstructions.Add(top);
                        sp--;
                        break;

                    case Opcode.MUL:
                        ArithmeticInstructions.Mul(top);
                        sp--;
                        break;

                    case Opcode.SUB:
                        ArithmeticInstructions.Sub(top);
                        sp--;
                        break;

                    case Opcode.DIV:
                        ArithmeticInstructions.Div(top);
                        sp--;
                        break;

                    case Opcode.SDIV:
                        ArithmeticInstructions.SDiv(top);
                        sp--;
                        break;

                    case Opcode.MOD:
                        ArithmeticInstructions.Mod(top);
                        sp--;
                        break;

                    case Opcode.SMOD:
                        ArithmeticInstructions.SMod(top);
                        sp--;
                        break;

                    case Opcode.ADDMOD:
                        ArithmeticInstructions.AddMod(top);
                        sp -= 2;
                        break;

                    case Opcode.MULMOD:
                        ArithmeticInstructions.MulMod(top);
                        sp -= 2;
                        break;

                    case Opcode.EXP:
                        gas -= ArithmeticInstructions.ExpCost(top, eip160);
                        if (gas < 0)
                        {
                            goto OutOfGas;
                        }

                        ArithmeticInstructions.Exp(top);
                        sp--;
                        break;

                    case Opcode.SIGNEXTEND:
                        ArithmeticInstructions.SignExtend(top);
                        sp--;
                        break;

                    case Opcode.LT:
                        BitwiseInstructions.Lt(top);
                        sp--;
                        break;

                    case Opcode.GT:
                        BitwiseInstructions.Gt(top);
                        sp--;
                        break;

                    case Opcode.SLT:
                        BitwiseInstructions.SLt(top);
                        sp--;
                        break;

                    case Opcode.SGT:
                        BitwiseInstructions.SGt(top);
                        sp--;
                        break;

                    case Opcode.EQ:
                        BitwiseInstructions.Eq(top);
                        sp--;
                        break;

                    case Opcode.AND:
                        BitwiseInstructions.And(top);
                        sp--;
                        break;

                    case Opcode.OR:
                        BitwiseInstructions.Or(top);
                        sp--;
                        break;

                    case Opcode.XOR:
                        BitwiseInstructions.Xor(top);
                        sp--;
                        break;

                    case Opcode.BYTE:
                        BitwiseInstructions.Byte(top);
                        sp--;
                        break;

                    case Opcode.SHL:
                        BitwiseInstructions.Shl(top);
                        sp--;
                        break;

                    case Opcode.SHR:
                        BitwiseInstructions.Shr(top);
                        sp--;
                        break;

                    case Opcode.SAR:
                        BitwiseInstructions.Sar(top);
                        sp--;
                        break;

                    case Opcode.ISZERO:
                        BitwiseInstructions.IsZero(top);
                        break;

                    case Opcode.NOT:
                        BitwiseInstructions.Not(top);
                        break;

                    case Opcode.KECCAK256:
                        cost = KeccakInstructions.Keccak256(memory, top, gas);
                        gas -= cost;
                        if (gas < 0)
                        {
                            goto OutOfGas;
                        }
                        sp -= 1;
                        break;

                    case Opcode.ADDRESS:
                        stack[sp++] = Words.FromAddress(frame.Target);
                        break;

                    case Opcode.BALANCE:
                        frame.Gas = gas;
                        status = EnvironmentInstructions.Balance(this, frame, top);
                        gas = frame.Gas;
                        if (status != EvmStatus.Success)
                        {
                            goto Fail;
                        }
                        break;

                    case Opcode.ORIGIN:
                        stack[sp++] = Words.FromAddress(Origin);
                        break;

                    case Opcode.CALLER:
                        stack[sp++] = Words.FromAddress(frame.Caller);
                        break;

                    case Opcode.CALLVALUE:
                        stack[sp++] = frame.Value;
                        break;

                    case Opcode.CALLDATALOAD:
                        EnvironmentInstructions.CallDataLoad(frame, top);
                        break;

                    case Opcode.CALLDATASIZE:
                        stack[sp++] = (ulong)frame.Input.Length;
                        break;

                    case Opcode.CALLDATACOPY:
                        frame.Gas = gas;
                        status = EnvironmentInstructions.CallDataCopy(frame, top);
                        gas = frame.Gas;
                        if (status != EvmStatus.Success)
                        {
                            goto Fail;
                        }
                        sp -= 3;
                        break;

                    case Opcode.CODESIZE:
                        stack[sp++] = (ulong)code.Length;
                        break;

                    case Opcode.CODECOPY:
                        frame.Gas = gas;
                        status = EnvironmentInstructions.CodeCopy(frame, top);
                        gas = frame.Gas;
                        if (status != EvmStatus.Success)
                        {
                            goto Fail;
                        }
                        sp -= 3;
                        break;

                    case Opcode.GASPRICE:
                        stack[sp++] = GasPrice;
                        break;

                    case Opcode.EXTCODESIZE:
                        frame.Gas = gas;
                        status = EnvironmentInstructions.ExtCodeSize(this, frame, top);
                        gas = frame.Gas;
                        if (status != EvmStatus.Success)
                        {
                            goto Fail;
                        }
                        break;

                    case Opcode.EXTCODECOPY:
                        frame.Gas = gas;
                        status = EnvironmentInstructions.ExtCodeCopy(this, frame, top);
                        gas = frame.Gas;
                        if (status != EvmStatus.Success)
                        {
                            goto Fail;
                        }
                        sp -= 4;
                        break;

                    case Opcode.RETURNDATASIZE:
                        stack[sp++] = (ulong)frame.ReturnData.Length;
                        break;

                    case Opcode.RETURNDATACOPY:
                        frame.Gas = gas;
                        status = EnvironmentInstructions.ReturnDataCopy(frame, top);
                        gas = frame.Gas;
                        if (status != EvmStatus.Success)
                        {
                            goto Fail;
                        }
                        sp -= 3;
                        break;

                    case Opcode.EXTCODEHASH:
                        frame.Gas = gas;
                        status = EnvironmentInstructions.ExtCodeHash(this, frame, top);
                        gas = frame.Gas;
                        if (status != EvmStatus.Success)
                        {
                            goto Fail;
                        }
                        break;

                    case Opcode.BLOCKHASH:
                        BlockInstructions.BlockHash(this, top);
                        break;

                    case Opcode.COINBASE:
                        stack[sp++] = Words.FromAddress(Block.Coinbase);
                        break;

                    case Opcode.TIMESTAMP:
                        stack[sp++] = Block.Timestamp;
                        break;

                    case Opcode.NUMBER:
                        stack[sp++] = Block.Number;
                        break;

                    case Opcode.PREVRANDAO:
                        stack[sp++] = Spec.IsEip4399Enabled ? Words.FromHash(Block.PrevRandao) : Block.Difficulty;
                        break;

                    case Opcode.GASLIMIT:
                        stack[sp++] = Block.GasLimit;
                        break;

                    case Opcode.CHAINID:
                        stack[sp++] = Block.ChainId;
                        break;

                    case Opcode.SELFBALANCE:
                        stack[sp++] = State.GetBalance(frame.Target);
                        break;

                    case Opcode.BASEFEE:
                        stack[sp++] = Block.BaseFee;
                        break;

                    case Opcode.BLOBHASH:
                        BlockInstructions.BlobHash(this, top);
                        break;

                    case Opcode.BLOBBASEFEE:
                        stack[sp++] = BlobBaseFee;
                        break;

                    case Opcode.POP:
                        sp--;
                        break;

                    case Opcode.MLOAD:
                        cost = MemoryInstructions.MLoad(memory, top, gas);
                        gas -= cost;
                        if (gas < 0)
                        {
                            goto OutOfGas;
                        }
                        break;

                    case Opcode.MSTORE:
                        cost = MemoryInstructions.MStore(memory, top, gas);
                        gas -= cost;
                        if (gas < 0)
                        {
                            goto OutOfGas;
                        }
                        sp -= 2;
                        break;

                    case Opcode.MSTORE8:
                        cost = MemoryInstructions.MStore8(memory, top, gas);
                        gas -= cost;
                        if (gas < 0)
                        {
                            goto OutOfGas;
                        }
                        sp -= 2;
                        break;

                    case Opcode.SLOAD:
                        frame.Gas = gas;
                        status = StorageInstructions.SLoad(this, frame, top);
                        gas = frame.Gas;
                        if (status != EvmStatus.Success)
                        {
                            goto Fail;
                        }
                        break;

                    case Opcode.SSTORE:
                        frame.Gas = gas;
                        status = StorageInstructions.SStore(this, frame, top);
                        gas = frame.Gas;
                        if (status != EvmStatus.Success)
                        {
                            goto Fail;
                        }
                        sp -= 2;
                        break;

                    case Opcode.JUMP:
                        if (!code.IsJumpDestination(in top[0]))
                        {
                            status = EvmStatus.InvalidJump;
                            goto Fail;
                        }

                        pc = (int)top[0].U0;
                        sp--;
                        break;

                    case Opcode.JUMPI:
                        if (!top[-1].IsZero)
                        {
                            if (!code.IsJumpDestination(in top[0]))
                            {
                                status = EvmStatus.InvalidJump;
                                goto Fail;
                            }

                            pc = (int)top[0].U0;
                        }

                        sp -= 2;
                        break;

                    case Opcode.PC:
                        stack[sp++] = (ulong)(pc - 1);
                        break;

                    case Opcode.MSIZE:
                        stack[sp++] = (ulong)memory.Size;
                        break;

                    case Opcode.GAS:
                        stack[sp++] = (ulong)gas;
                        break;

                    case Opcode.JUMPDEST:
                        break;

                    case Opcode.TLOAD:
                        StorageInstructions.TLoad(this, frame, top);
                        break;

                    case Opcode.TSTORE:
                        frame.Gas = gas;
                        status = StorageInstructions.TStore(this, frame, top);
                        gas = frame.Gas;
                        if (status != EvmStatus.Success)
                        {
                            goto Fail;
                        }
                        sp -= 2;
                        break;

                    case Opcode.MCOPY:
                        cost = MemoryInstructions.MCopy(memory, top, gas);
                        gas -= cost;
                        if (gas < 0)
                        {
                            goto OutOfGas;
                        }
                        sp -= 3;
                        break;

                    case Opcode.PUSH0:
                        stack[sp++] = UInt256.Zero;
                        break;

                    case Opcode.PUSH1:
                        stack[sp++] = new UInt256(bytes[pc]);
                        pc++;
                        break;

                    case Opcode.CREATE:
                        frame.Gas = gas;
                        frame.StackHeight = sp;
                        frame.Pc = pc;
                        status = CreateInstructions.Create(this, frame, CallKind.Create);
                        if (status != EvmStatus.Success)
                        {
                            goto Fail;
                        }

                        if (PendingChild is not null)
                        {
                            goto Suspend;
                        }

                        gas = frame.Gas;
                        sp = frame.StackHeight;
                        break;

                    case Opcode.CALL:
                        frame.Gas = gas;
                        frame.StackHeight = sp;
                        frame.Pc = pc;
                        status = CallInstructions.Call(this, frame, CallKind.Call);
                        if (status != EvmStatus.Success)
                        {
                            goto Fail;
                        }

                        if (PendingChild is not null)
                        {
                            goto Suspend;
                        }

                        gas = frame.Gas;
                        sp = frame.StackHeight;
                        break;

                    case Opcode.CALLCODE:
                        frame.Gas = gas;
                        frame.StackHeight = sp;
                        frame.Pc = pc;
                        status = CallInstructions.Call(this, frame, CallKind.CallCode);
                        if (status != EvmStatus.Success)
                        {
                            goto Fail;
                        }

                        if (PendingChild is not null)
                        {
                            goto Suspend;
                        }

                        gas = frame.Gas;
                        sp = frame.StackHeight;
                        break;

                    case Opcode.RETURN:
                        cost = HaltInstructions.Output(frame, top, gas);
                        gas -= cost;
                        if (gas < 0)
                        {
                            goto OutOfGas;
                        }
                        status = EvmStatus.Success;
                        goto Halt;

                    case Opcode.DELEGATECALL:
                        frame.Gas = gas;
                        frame.StackHeight = sp;
                        frame.Pc = pc;
                        status = CallInstructions.Call(this, frame, CallKind.DelegateCall);
                        if (status != EvmStatus.Success)
                        {
                            goto Fail;
                        }

                        if (PendingChild is not null)
                        {
                            goto Suspend;
                        }

                        gas = frame.Gas;
                        sp = frame.StackHeight;
                        break;

                    case Opcode.CREATE2:
                        frame.Gas = gas;
                        frame.StackHeight = sp;
                        frame.Pc = pc;
                        status = CreateInstructions.Create(this, frame, CallKind.Create2);
                        if (status != EvmStatus.Success)
                        {
                            goto Fail;
                        }

                        if (PendingChild is not null)
                        {
                            goto Suspend;
                        }

                        gas = frame.Gas;
                        sp = frame.StackHeight;
                        break;

                    case Opcode.STATICCALL:
                        frame.Gas = gas;
                        frame.StackHeight = sp;
                        frame.Pc = pc;
                        status = CallInstructions.Call(this, frame, CallKind.StaticCall);
                        if (status != EvmStatus.Success)
                        {
                            goto Fail;
                        }

                        if (PendingChild is not null)
                        {
                            goto Suspend;
                        }

                        gas = frame.Gas;
                        sp = frame.StackHeight;
                        break;

                    case Opcode.REVERT:
                        cost = HaltInstructions.Output(frame, top, gas);
                        gas -= cost;
                        if (gas < 0)
                        {
                            goto OutOfGas;
                        }
                        status = EvmStatus.Revert;
                        goto Halt;

                    case Opcode.SELFDESTRUCT:
                        frame.Gas = gas;
                        status = HaltInstructions.SelfDestruct(this, frame, top);
                        gas = frame.Gas;
                        if (status != EvmStatus.Success)
                        {
                            goto Fail;
                        }
                        goto Halt;

                    case Opcode.PUSH2:
                    case Opcode.PUSH3:
                    case Opcode.PUSH4:
                    case Opcode.PUSH5:
                    case Opcode.PUSH6:
                    case Opcode.PUSH7:
                    case Opcode.PUSH8:
                    case Opcode.PUSH9:
                    case Opcode.PUSH10:
                    case Opcode.PUSH11:
                    case Opcode.PUSH12:
                    case Opcode.PUSH13:
                    case Opcode.PUSH14:
                    case Opcode.PUSH15:
                    case Opcode.PUSH16:
                    case Opcode.PUSH17:
                    case Opcode.PUSH18:
                    case Opcode.PUSH19:
                    case Opcode.PUSH20:
                    case Opcode.PUSH21:
                    case Opcode.PUSH22:
                    case Opcode.PUSH23:
                    case Opcode.PUSH24:
                    case Opcode.PUSH25:
                    case Opcode.PUSH26:
                    case Opcode.PUSH27:
                    case Opcode.PUSH28:
                    case Opcode.PUSH29:
                    case Opcode.PUSH30:
                    case Opcode.PUSH31:
                    case Opcode.PUSH32:
                        {
                            var n = op - (byte)Opcode.PUSH0;
                            stack[sp++] = PushInstructions.Read(bytes + pc, n);
                            pc += n;
                            break;
                        }

                    case Opcode.DUP1:
                    case Opcode.DUP2:
                    case Opcode.DUP3:
                    case Opcode.DUP4:
                    case Opcode.DUP5:
                    case Opcode.DUP6:
                    case Opcode.DUP7:
                    case Opcode.DUP8:
                    case Opcode.DUP9:
                    case Opcode.DUP10:
                    case Opcode.DUP11:
                    case Opcode.DUP12:
                    case Opcode.DUP13:
                    case Opcode.DUP14:
                    case Opcode.DUP15:
                    case Opcode.DUP16:
                        stack[sp] = stack[sp - (op - (byte)Opcode.PUSH32)];
                        sp++;
                        break;

                    case Opcode.SWAP1:
                    case Opcode.SWAP2:
                    case Opcode.SWAP3:
                    case Opcode.SWAP4:
                    case Opcode.SWAP5:
                    case Opcode.SWAP6:
                    case Opcode.SWAP7:
                    case Opcode.SWAP8:
                    case Opcode.SWAP9:
                    case Opcode.SWAP10:
                    case Opcode.SWAP11:
                    case Opcode.SWAP12:
                    case Opcode.SWAP13:
                    case Opcode.SWAP14:
                    case Opcode.SWAP15:
                    case Opcode.SWAP16:
                        {
                            var other = top - (op - (byte)Opcode.DUP16);
                            (top[0], other[0]) = (other[0], top[0]);
                            break;
                        }

                    case Opcode.LOG0:
                    case Opcode.LOG1:
                    case Opcode.LOG2:
                    case Opcode.LOG3:
                    case Opcode.LOG4:
                        {
                            var topics = op - (byte)Opcode.LOG0;
                            frame.Gas = gas;
                            status = LogInstructions.Log(this, frame, top, topics);
                            gas = frame.Gas;
                            if (status != EvmStatus.Success)
                            {
                                goto Fail;
                            }

                            sp -= 2 + topics;
                            break;
                        }

                    default:
                        status = EvmStatus.InvalidOpcode;
                        goto Fail;
                }

                if (TMode.Enabled)
                {
                    Tracer.EndStep(gas, EvmStatus.Success);
                }
            }
        }

    Halt:
        if (TMode.Enabled)
        {
            Tracer.EndStep(gas, status);
        }

        frame.Gas = gas;
        frame.Status = status;
        return false;

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

    Suspend:
        if (TMode.Enabled)
        {
            Tracer.EndStep(frame.Gas, EvmStatus.Success);
        }

        return true;
    }

    private void TraceStart(CallFrame frame, int pc, byte op, long gas, int sp) =>
        Tracer.StartStep(new EvmStep(pc, op, gas, frame.Depth + 1, Substate.Refund, new ReadOnlySpan<UInt256>(frame.Stack, sp), frame.Memory.Span, frame.ReturnData.Span));
}
