using Glow.Core.Numerics;
using Glow.Evm.Execution;
using Glow.Evm.Gas;

namespace Glow.Evm.Instructions;

/// <summary>
/// CREATE and CREATE2 (EIP-1014), as the execution specs' <c>generic_create</c>: 32,000 (static) plus memory, 2 per
/// word of init code (EIP-3860) and for CREATE2 6 per word of hashing; init code over the EIP-3860 limit runs out of
/// gas; all but a 64th of the remaining gas goes to the new frame. A creation that cannot start (balance, nonce at
/// its maximum, depth) returns the gas and pushes zero; one that collides with an existing account consumes it.
/// </summary>
internal static unsafe class CreateInstructions
{
    public static EvmStatus Create(VirtualMachine vm, CallFrame frame, CallKind kind)
    {
        var stack = frame.Stack;
        var sp = frame.StackHeight;
        var value = stack[sp - 1];
        var offset = stack[sp - 2];
        var length = stack[sp - 3];
        var salt = kind == CallKind.Create2 ? stack[sp - 4] : UInt256.Zero;
        frame.StackHeight = sp - (kind == CallKind.Create2 ? 4 : 3);

        var gas = frame.Gas;
        var memoryCost = frame.Memory.ExpansionCost(in offset, in length, gas);
        if (memoryCost > gas)
        {
            return EvmStatus.OutOfGas;
        }

        gas -= memoryCost;
        var size = length.IsZero ? 0 : (long)length.U0;
        var words = GasMath.Words(size);
        var extra = (vm.Spec.IsEip3860Enabled ? GasCost.InitCodeWord * words : 0) + (kind == CallKind.Create2 ? GasCost.Keccak256Word * words : 0);
        if (extra > gas)
        {
            return EvmStatus.OutOfGas;
        }

        gas -= extra;
        if (vm.Spec.IsEip3860Enabled && size > vm.Spec.MaxInitCodeSize)
        {
            return EvmStatus.OutOfGas;
        }

        if (frame.IsStatic)
        {
            return EvmStatus.StaticStateChange;
        }

        Span<byte> initCode = size == 0 ? [] : frame.Memory.Slice((long)offset.U0, size);
        var state = vm.State;
        var nonce = state.GetNonce(frame.Target);
        var address = kind == CallKind.Create2 ? ContractAddress.From(frame.Target, salt, initCode) : ContractAddress.From(frame.Target, nonce);
        if (vm.Spec.IsEip2929Enabled)
        {
            vm.Substate.WarmAccount(address);
        }

        var childGas = vm.Spec.IsEip150Enabled ? GasMath.AllButOne64th(gas) : gas;
        gas -= childGas;
        frame.ReturnData = ReadOnlyMemory<byte>.Empty;
        if (state.GetBalance(frame.Target) < value || nonce == ulong.MaxValue || frame.Depth >= EvmLimits.CallDepthLimit)
        {
            frame.Gas = gas + childGas;
            frame.Stack[frame.StackHeight++] = UInt256.Zero;
            return EvmStatus.Success;
        }

        state.SetNonce(frame.Target, nonce + 1);
        if (vm.HasCollision(address))
        {
            frame.Gas = gas;
            frame.Stack[frame.StackHeight++] = UInt256.Zero;
            return EvmStatus.Success;
        }

        frame.Gas = gas;
        var child = vm.RentFrame();
        child.Kind = kind;
        child.Depth = frame.Depth + 1;
        child.IsStatic = false;
        child.Caller = frame.Target;
        child.Target = address;
        child.CodeAddress = address;
        child.Value = value;
        child.Gas = childGas;
        child.Input = ReadOnlyMemory<byte>.Empty;
        vm.Start(frame, child, vm.EnterCreate(child, new CodeInfo(initCode)));
        return EvmStatus.Success;
    }
}
