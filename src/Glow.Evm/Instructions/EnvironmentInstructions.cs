using Glow.Core.Numerics;
using Glow.Evm.Execution;

namespace Glow.Evm.Instructions;

/// <summary>
/// The instructions that read the message and other accounts (0x30–0x3f) and need more than a push: gas is taken
/// from and left in <see cref="CallFrame.Gas"/>, and the status says whether the frame may go on.
/// </summary>
internal static unsafe class EnvironmentInstructions
{
    /// <summary>BALANCE: the balance of μs[0], at the EIP-2929 access price.</summary>
    public static EvmStatus Balance(VirtualMachine vm, CallFrame frame, UInt256* top)
    {
        var address = Words.ToAddress(in top[0]);
        if (!Charge(frame, vm.AccountAccessCost(address)))
        {
            return EvmStatus.OutOfGas;
        }

        top[0] = vm.State.GetBalance(address);
        return EvmStatus.Success;
    }

    /// <summary>CALLDATALOAD: 32 bytes of input from μs[0], zeros past the end.</summary>
    public static void CallDataLoad(CallFrame frame, UInt256* top)
    {
        var input = frame.Input.Span;
        ref var offset = ref top[0];
        if (!offset.IsUInt64 || offset.U0 >= (ulong)input.Length)
        {
            top[0] = UInt256.Zero;
            return;
        }

        var start = (int)offset.U0;
        if (input.Length - start >= 32)
        {
            top[0] = UInt256.FromBigEndian(input.Slice(start, 32));
            return;
        }

        Span<byte> word = stackalloc byte[32];
        word.Clear();
        input[start..].CopyTo(word);
        top[0] = UInt256.FromBigEndian(word);
    }

    /// <summary>CALLDATACOPY: memory offset μs[0], input offset μs[1], length μs[2].</summary>
    public static EvmStatus CallDataCopy(CallFrame frame, UInt256* top) => CopyToMemory(frame, top, frame.Input.Span);

    /// <summary>CODECOPY: memory offset μs[0], code offset μs[1], length μs[2].</summary>
    public static EvmStatus CodeCopy(CallFrame frame, UInt256* top) => CopyToMemory(frame, top, frame.Code.Code);

    /// <summary>EXTCODESIZE: the code length of μs[0].</summary>
    public static EvmStatus ExtCodeSize(VirtualMachine vm, CallFrame frame, UInt256* top)
    {
        var address = Words.ToAddress(in top[0]);
        if (!Charge(frame, vm.AccountAccessCost(address)))
        {
            return EvmStatus.OutOfGas;
        }

        top[0] = (ulong)vm.State.GetCode(address).Length;
        return EvmStatus.Success;
    }

    /// <summary>EXTCODECOPY: address μs[0], memory offset μs[1], code offset μs[2], length μs[3].</summary>
    public static EvmStatus ExtCodeCopy(VirtualMachine vm, CallFrame frame, UInt256* top)
    {
        var address = Words.ToAddress(in top[0]);
        if (!Charge(frame, vm.AccountAccessCost(address)))
        {
            return EvmStatus.OutOfGas;
        }

        return CopyToMemory(frame, top - 1, vm.State.GetCode(address).Span);
    }

    /// <summary>RETURNDATACOPY (EIP-211): like CALLDATACOPY, but reading past the end of the return data fails the frame.</summary>
    public static EvmStatus ReturnDataCopy(CallFrame frame, UInt256* top)
    {
        var data = frame.ReturnData.Span;
        ref var offset = ref top[-1];
        ref var length = ref top[-2];
        var cost = MemoryInstructions.CopyCost(frame.Memory, in top[0], in length, frame.Gas);
        if (!Charge(frame, cost))
        {
            return EvmStatus.OutOfGas;
        }

        if (UInt256.AddOverflow(in offset, in length, out var end) || end > (ulong)data.Length)
        {
            return EvmStatus.ReturnDataOutOfBounds;
        }

        if (!length.IsZero)
        {
            data.Slice((int)offset.U0, (int)length.U0).CopyTo(frame.Memory.Slice((long)top[0].U0, (long)length.U0));
        }

        return EvmStatus.Success;
    }

    /// <summary>EXTCODEHASH (EIP-1052): zero for a dead or missing account, else its code hash.</summary>
    public static EvmStatus ExtCodeHash(VirtualMachine vm, CallFrame frame, UInt256* top)
    {
        var address = Words.ToAddress(in top[0]);
        if (!Charge(frame, vm.AccountAccessCost(address)))
        {
            return EvmStatus.OutOfGas;
        }

        top[0] = vm.State.IsDeadOrMissing(address) ? UInt256.Zero : Words.FromHash(vm.State.GetCodeHash(address));
        return EvmStatus.Success;
    }

    /// <summary>Takes <paramref name="cost"/> from the frame's gas; false (gas untouched) when there is not enough.</summary>
    public static bool Charge(CallFrame frame, long cost)
    {
        if (cost > frame.Gas)
        {
            return false;
        }

        frame.Gas -= cost;
        return true;
    }

    /// <summary>Copies <paramref name="source"/>[μs[1], +μs[2]) to memory at μs[0], zero-filling past the end of the source.</summary>
    private static EvmStatus CopyToMemory(CallFrame frame, UInt256* top, ReadOnlySpan<byte> source)
    {
        ref var length = ref top[-2];
        var cost = MemoryInstructions.CopyCost(frame.Memory, in top[0], in length, frame.Gas);
        if (!Charge(frame, cost))
        {
            return EvmStatus.OutOfGas;
        }

        if (length.IsZero)
        {
            return EvmStatus.Success;
        }

        ref var offset = ref top[-1];
        var from = offset.IsUInt64 && offset.U0 < (ulong)source.Length ? source[(int)offset.U0..] : [];
        frame.Memory.WritePadded((long)top[0].U0, (long)length.U0, from);
        return EvmStatus.Success;
    }
}
