using Glow.Evm.Instructions;

namespace Glow.Evm.Execution;

internal sealed unsafe partial class VirtualMachine
{
    /// <summary>
    /// Runs one instruction outside the hot loop of <see cref="Interpret{TMode}"/>: division and the modular and signed
    /// arithmetic, wide MUL, EXP, BYTE, SAR, memory accesses that expand memory, the environment and block readers,
    /// storage, logs, KECCAK256, MCOPY, and the instructions that call, create or end the frame. The static gas has
    /// been charged; the machine state is in the frame (<see cref="CallFrame.Gas"/>, <see cref="CallFrame.StackHeight"/>,
    /// <see cref="CallFrame.Pc"/>) and is updated there.
    /// </summary>
    private SlowResult ExecuteSlow(CallFrame frame, byte op)
    {
        var stack = frame.Stack;
        var sp = frame.StackHeight;
        var top = stack + sp - 1;
        var delta = 0;
        EvmStatus status = EvmStatus.Success;
        switch (op)
        {
            case (byte)Opcode.STOP:
                frame.Output = ReadOnlyMemory<byte>.Empty;
                frame.Status = EvmStatus.Success;
                return SlowResult.Halted;

            case (byte)Opcode.MUL:
                ArithmeticInstructions.Mul(top);
                delta = -1;
                break;

            case (byte)Opcode.DIV:
                ArithmeticInstructions.Div(top);
                delta = -1;
                break;

            case (byte)Opcode.SDIV:
                ArithmeticInstructions.SDiv(top);
                delta = -1;
                break;

            case (byte)Opcode.MOD:
                ArithmeticInstructions.Mod(top);
                delta = -1;
                break;

            case (byte)Opcode.SMOD:
                ArithmeticInstructions.SMod(top);
                delta = -1;
                break;

            case (byte)Opcode.ADDMOD:
                ArithmeticInstructions.AddMod(top);
                delta = -2;
                break;

            case (byte)Opcode.MULMOD:
                ArithmeticInstructions.MulMod(top);
                delta = -2;
                break;

            case (byte)Opcode.SIGNEXTEND:
                ArithmeticInstructions.SignExtend(top);
                delta = -1;
                break;

            case (byte)Opcode.BYTE:
                BitwiseInstructions.Byte(top);
                delta = -1;
                break;

            case (byte)Opcode.SAR:
                BitwiseInstructions.Sar(top);
                delta = -1;
                break;

            case (byte)Opcode.MLOAD:
                if (!EnvironmentInstructions.Charge(frame, MemoryInstructions.MLoad(frame.Memory, top, frame.Gas)))
                {
                    return Failed(frame, EvmStatus.OutOfGas);
                }

                break;

            case (byte)Opcode.MSTORE:
                if (!EnvironmentInstructions.Charge(frame, MemoryInstructions.MStore(frame.Memory, top, frame.Gas)))
                {
                    return Failed(frame, EvmStatus.OutOfGas);
                }

                delta = -2;
                break;

            case (byte)Opcode.MSTORE8:
                if (!EnvironmentInstructions.Charge(frame, MemoryInstructions.MStore8(frame.Memory, top, frame.Gas)))
                {
                    return Failed(frame, EvmStatus.OutOfGas);
                }

                delta = -2;
                break;

            case (byte)Opcode.EXP:
                if (!EnvironmentInstructions.Charge(frame, ArithmeticInstructions.ExpCost(top, Spec.IsEip160Enabled)))
                {
                    return Failed(frame, EvmStatus.OutOfGas);
                }

                ArithmeticInstructions.Exp(top);
                delta = -1;
                break;

            case (byte)Opcode.KECCAK256:
                if (!EnvironmentInstructions.Charge(frame, KeccakInstructions.Keccak256(frame.Memory, top, frame.Gas)))
                {
                    return Failed(frame, EvmStatus.OutOfGas);
                }

                delta = -1;
                break;

            case (byte)Opcode.ADDRESS:
                stack[sp] = Words.FromAddress(frame.Target);
                frame.StackHeight = sp + 1;
                return SlowResult.Continue;

            case (byte)Opcode.BALANCE:
                status = EnvironmentInstructions.Balance(this, frame, top);
                break;

            case (byte)Opcode.ORIGIN:
                stack[sp] = Words.FromAddress(Origin);
                frame.StackHeight = sp + 1;
                return SlowResult.Continue;

            case (byte)Opcode.CALLER:
                stack[sp] = Words.FromAddress(frame.Caller);
                frame.StackHeight = sp + 1;
                return SlowResult.Continue;

            case (byte)Opcode.CALLVALUE:
                stack[sp] = frame.Value;
                frame.StackHeight = sp + 1;
                return SlowResult.Continue;

            case (byte)Opcode.CALLDATALOAD:
                EnvironmentInstructions.CallDataLoad(frame, top);
                return SlowResult.Continue;

            case (byte)Opcode.CALLDATASIZE:
                stack[sp] = (ulong)frame.Input.Length;
                frame.StackHeight = sp + 1;
                return SlowResult.Continue;

            case (byte)Opcode.CALLDATACOPY:
                status = EnvironmentInstructions.CallDataCopy(frame, top);
                delta = -3;
                break;

            case (byte)Opcode.CODESIZE:
                stack[sp] = (ulong)frame.Code.Length;
                frame.StackHeight = sp + 1;
                return SlowResult.Continue;

            case (byte)Opcode.CODECOPY:
                status = EnvironmentInstructions.CodeCopy(frame, top);
                delta = -3;
                break;

            case (byte)Opcode.GASPRICE:
                stack[sp] = GasPrice;
                frame.StackHeight = sp + 1;
                return SlowResult.Continue;

            case (byte)Opcode.EXTCODESIZE:
                status = EnvironmentInstructions.ExtCodeSize(this, frame, top);
                break;

            case (byte)Opcode.EXTCODECOPY:
                status = EnvironmentInstructions.ExtCodeCopy(this, frame, top);
                delta = -4;
                break;

            case (byte)Opcode.RETURNDATASIZE:
                stack[sp] = (ulong)frame.ReturnData.Length;
                frame.StackHeight = sp + 1;
                return SlowResult.Continue;

            case (byte)Opcode.RETURNDATACOPY:
                status = EnvironmentInstructions.ReturnDataCopy(frame, top);
                delta = -3;
                break;

            case (byte)Opcode.EXTCODEHASH:
                status = EnvironmentInstructions.ExtCodeHash(this, frame, top);
                break;

            case (byte)Opcode.BLOCKHASH:
                BlockInstructions.BlockHash(this, top);
                return SlowResult.Continue;

            case (byte)Opcode.COINBASE:
                stack[sp] = Words.FromAddress(Block.Coinbase);
                frame.StackHeight = sp + 1;
                return SlowResult.Continue;

            case (byte)Opcode.TIMESTAMP:
                stack[sp] = Block.Timestamp;
                frame.StackHeight = sp + 1;
                return SlowResult.Continue;

            case (byte)Opcode.NUMBER:
                stack[sp] = Block.Number;
                frame.StackHeight = sp + 1;
                return SlowResult.Continue;

            case (byte)Opcode.PREVRANDAO:
                stack[sp] = Spec.IsEip4399Enabled ? Words.FromHash(Block.PrevRandao) : Block.Difficulty;
                frame.StackHeight = sp + 1;
                return SlowResult.Continue;

            case (byte)Opcode.GASLIMIT:
                stack[sp] = Block.GasLimit;
                frame.StackHeight = sp + 1;
                return SlowResult.Continue;

            case (byte)Opcode.CHAINID:
                stack[sp] = Block.ChainId;
                frame.StackHeight = sp + 1;
                return SlowResult.Continue;

            case (byte)Opcode.SELFBALANCE:
                stack[sp] = State.GetBalance(frame.Target);
                frame.StackHeight = sp + 1;
                return SlowResult.Continue;

            case (byte)Opcode.BASEFEE:
                stack[sp] = Block.BaseFee;
                frame.StackHeight = sp + 1;
                return SlowResult.Continue;

            case (byte)Opcode.BLOBHASH:
                BlockInstructions.BlobHash(this, top);
                return SlowResult.Continue;

            case (byte)Opcode.BLOBBASEFEE:
                stack[sp] = BlobBaseFee;
                frame.StackHeight = sp + 1;
                return SlowResult.Continue;

            case (byte)Opcode.SLOAD:
                status = StorageInstructions.SLoad(this, frame, top);
                break;

            case (byte)Opcode.SSTORE:
                status = StorageInstructions.SStore(this, frame, top);
                delta = -2;
                break;

            case (byte)Opcode.MSIZE:
                stack[sp] = (ulong)frame.Memory.Size;
                frame.StackHeight = sp + 1;
                return SlowResult.Continue;

            case (byte)Opcode.TLOAD:
                StorageInstructions.TLoad(this, frame, top);
                return SlowResult.Continue;

            case (byte)Opcode.TSTORE:
                status = StorageInstructions.TStore(this, frame, top);
                delta = -2;
                break;

            case (byte)Opcode.MCOPY:
                if (!EnvironmentInstructions.Charge(frame, MemoryInstructions.MCopy(frame.Memory, top, frame.Gas)))
                {
                    return Failed(frame, EvmStatus.OutOfGas);
                }

                delta = -3;
                break;

            case (byte)Opcode.LOG0:
            case (byte)Opcode.LOG1:
            case (byte)Opcode.LOG2:
            case (byte)Opcode.LOG3:
            case (byte)Opcode.LOG4:
                {
                    var topics = op - (byte)Opcode.LOG0;
                    status = LogInstructions.Log(this, frame, top, topics);
                    delta = -2 - topics;
                    break;
                }

            case (byte)Opcode.CREATE:
                return SuspendOrContinue(frame, CreateInstructions.Create(this, frame, CallKind.Create));

            case (byte)Opcode.CREATE2:
                return SuspendOrContinue(frame, CreateInstructions.Create(this, frame, CallKind.Create2));

            case (byte)Opcode.CALL:
                return SuspendOrContinue(frame, CallInstructions.Call(this, frame, CallKind.Call));

            case (byte)Opcode.CALLCODE:
                return SuspendOrContinue(frame, CallInstructions.Call(this, frame, CallKind.CallCode));

            case (byte)Opcode.DELEGATECALL:
                return SuspendOrContinue(frame, CallInstructions.Call(this, frame, CallKind.DelegateCall));

            case (byte)Opcode.STATICCALL:
                return SuspendOrContinue(frame, CallInstructions.Call(this, frame, CallKind.StaticCall));

            case (byte)Opcode.RETURN:
                if (!EnvironmentInstructions.Charge(frame, HaltInstructions.Output(frame, top, frame.Gas)))
                {
                    return Failed(frame, EvmStatus.OutOfGas);
                }

                frame.Status = EvmStatus.Success;
                return SlowResult.Halted;

            case (byte)Opcode.REVERT:
                if (!EnvironmentInstructions.Charge(frame, HaltInstructions.Output(frame, top, frame.Gas)))
                {
                    return Failed(frame, EvmStatus.OutOfGas);
                }

                frame.Status = EvmStatus.Revert;
                return SlowResult.Halted;

            case (byte)Opcode.SELFDESTRUCT:
                status = HaltInstructions.SelfDestruct(this, frame, top);
                if (status != EvmStatus.Success)
                {
                    return Failed(frame, status);
                }

                frame.Status = EvmStatus.Success;
                return SlowResult.Halted;

            default:
                return Failed(frame, EvmStatus.InvalidOpcode);
        }

        if (status != EvmStatus.Success)
        {
            return Failed(frame, status);
        }

        frame.StackHeight = sp + delta;
        return SlowResult.Continue;
    }

    private static SlowResult Failed(CallFrame frame, EvmStatus status)
    {
        frame.Status = status;
        return SlowResult.Failed;
    }

    /// <summary>After a call or create instruction: fail, suspend for the child frame, or go on (the result is already pushed).</summary>
    private SlowResult SuspendOrContinue(CallFrame frame, EvmStatus status)
    {
        if (status != EvmStatus.Success)
        {
            return Failed(frame, status);
        }

        return PendingChild is null ? SlowResult.Continue : SlowResult.Suspended;
    }
}
