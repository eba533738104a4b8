using Glow.Core.Numerics;
using Glow.Evm.Execution;
using Glow.Evm.Gas;

namespace Glow.Evm.Instructions;

/// <summary>SLOAD, SSTORE (EIP-2200/2929/3529) and the transient storage of EIP-1153, TLOAD and TSTORE.</summary>
internal static unsafe class StorageInstructions
{
    /// <summary>SLOAD: the value of slot μs[0] of the executing account.</summary>
    public static EvmStatus SLoad(VirtualMachine vm, CallFrame frame, UInt256* top)
    {
        if (vm.Spec.IsEip2929Enabled && !EnvironmentInstructions.Charge(frame, vm.SlotAccessCost(frame.Target, top[0])))
        {
            return EvmStatus.OutOfGas;
        }

        top[0] = vm.State.GetStorage(frame.Target, top[0]);
        return EvmStatus.Success;
    }

    /// <summary>SSTORE: writes μs[1] to slot μs[0].</summary>
    public static EvmStatus SStore(VirtualMachine vm, CallFrame frame, UInt256* top)
    {
        // EIP-2200: SSTORE fails when no more than the call stipend is left, so a 2,300-gas callee can never write.
        if (vm.Spec.IsEip2200Enabled && frame.Gas <= GasCost.CallStipend)
        {
            return EvmStatus.OutOfGas;
        }

        ref var slot = ref top[0];
        ref var value = ref top[-1];
        var state = vm.State;
        var current = state.GetStorage(frame.Target, slot);
        var original = vm.Spec.IsEip2200Enabled ? state.GetOriginalStorage(frame.Target, slot) : current;
        var cold = vm.Spec.IsEip2929Enabled && vm.Substate.WarmSlot(frame.Target, slot);
        var cost = SstoreCost.Compute(vm.Spec, original, current, value, cold, out var refund);
        if (!EnvironmentInstructions.Charge(frame, cost))
        {
            return EvmStatus.OutOfGas;
        }

        if (frame.IsStatic)
        {
            return EvmStatus.StaticStateChange;
        }

        vm.Substate.AddRefund(refund);
        if (current != value)
        {
            state.SetStorage(frame.Target, slot, value);
        }

        return EvmStatus.Success;
    }

    /// <summary>TLOAD: transient slot μs[0] of the executing account.</summary>
    public static void TLoad(VirtualMachine vm, CallFrame frame, UInt256* top) =>
        top[0] = vm.State.GetTransientStorage(frame.Target, top[0]);

    /// <summary>TSTORE: writes μs[1] to transient slot μs[0]; not in a static context.</summary>
    public static EvmStatus TStore(VirtualMachine vm, CallFrame frame, UInt256* top)
    {
        if (frame.IsStatic)
        {
            return EvmStatus.StaticStateChange;
        }

        vm.State.SetTransientStorage(frame.Target, top[0], top[-1]);
        return EvmStatus.Success;
    }
}
