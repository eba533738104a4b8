using Glow.Core.Numerics;
using Glow.Evm.Execution;
using Glow.Evm.Gas;

namespace Glow.Evm.Instructions;

/// <summary>
/// CALL, CALLCODE, DELEGATECALL and STATICCALL, priced as the execution specs' <c>call</c> family: memory for both
/// windows, the EIP-2929 access price, 9,000 for value and 25,000 for a value-bearing call that brings an account
/// into existence, and at most all but a 64th of what is left forwarded (EIP-150), plus the 2,300 stipend with value.
/// The instruction pops its arguments from the frame (the interpreter stores the height first); the result is
/// pushed when the callee ends: at once for a precompile, an account without code or a call that cannot start, or
/// when the driver resumes this frame after the child frame in <see cref="VirtualMachine.PendingChild"/> has run.
/// </summary>
internal static unsafe class CallInstructions
{
    public static EvmStatus Call(VirtualMachine vm, CallFrame frame, CallKind kind)
    {
        var stack = frame.Stack;
        var sp = frame.StackHeight;
        var hasValue = kind is CallKind.Call or CallKind.CallCode;
        var requestedGas = stack[sp - 1];
        var to = Words.ToAddress(in stack[sp - 2]);
        var value = hasValue ? stack[sp - 3] : kind == CallKind.DelegateCall ? frame.Value : UInt256.Zero;
        var args = hasValue ? sp - 3 : sp - 2;
        var inOffset = stack[args - 1];
        var inLength = stack[args - 2];
        var outOffset = stack[args - 3];
        var outLength = stack[args - 4];
        frame.StackHeight = args - 4;

        var gas = frame.Gas;
        var memoryCost = frame.Memory.ExpansionCost(in inOffset, in inLength, gas);
        if (memoryCost > gas)
        {
            return EvmStatus.OutOfGas;
        }

        var outCost = frame.Memory.ExpansionCost(in outOffset, in outLength, gas - memoryCost);
        if (outCost > gas - memoryCost)
        {
            return EvmStatus.OutOfGas;
        }

        memoryCost += outCost;
        var transfersValue = hasValue && !value.IsZero;
        var extra = vm.AccountAccessCost(to);
        if (transfersValue)
        {
            extra += GasCost.CallValue;
        }

        if (kind == CallKind.Call && (transfersValue || !vm.Spec.IsEip158Enabled) && !vm.IsAliveForNewAccountCost(to))
        {
            extra += GasCost.NewAccount;
        }

        if (gas < extra + memoryCost)
        {
            return EvmStatus.OutOfGas;
        }

        var requested = requestedGas.IsUInt64 && requestedGas.U0 <= long.MaxValue ? (long)requestedGas.U0 : long.MaxValue;
        var callGas = vm.Spec.IsEip150Enabled ? Math.Min(requested, GasMath.AllButOne64th(gas - memoryCost - extra)) : requested;
        if (callGas > gas - memoryCost - extra)
        {
            return EvmStatus.OutOfGas;
        }

        gas -= callGas + extra + memoryCost;
        if (frame.IsStatic && kind == CallKind.Call && transfersValue)
        {
            return EvmStatus.StaticStateChange;
        }

        var childGas = transfersValue ? callGas + GasCost.CallStipend : callGas;
        frame.ReturnData = ReadOnlyMemory<byte>.Empty;
        if ((transfersValue && vm.State.GetBalance(frame.Target) < value) || frame.Depth >= EvmLimits.CallDepthLimit)
        {
            frame.Gas = gas + childGas;
            frame.Stack[frame.StackHeight++] = UInt256.Zero;
            return EvmStatus.Success;
        }

        frame.Gas = gas;
        var child = vm.RentFrame();
        child.Kind = kind;
        child.Depth = frame.Depth + 1;
        child.IsStatic = frame.IsStatic || kind == CallKind.StaticCall;
        child.Caller = kind == CallKind.DelegateCall ? frame.Caller : frame.Target;
        child.Target = kind is CallKind.Call or CallKind.StaticCall ? to : frame.Target;
        child.CodeAddress = to;
        child.Value = value;
        child.Gas = childGas;

        // The callee reads its input straight from this frame's memory, which cannot change while this frame is suspended.
        child.Input = inLength.IsZero ? ReadOnlyMemory<byte>.Empty : frame.Memory.AsMemory((long)inOffset.U0, (long)inLength.U0);
        child.OutputOffset = outLength.IsZero ? 0 : (long)outOffset.U0;
        child.OutputLength = outLength.IsZero ? 0 : (long)outLength.U0;
        vm.Start(frame, child, vm.EnterCall(child));
        return EvmStatus.Success;
    }
}
