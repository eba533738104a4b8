using Glow.Core.Numerics;
using Glow.Evm.Execution;
using Glow.Evm.Gas;

namespace Glow.Evm.Instructions;

/// <summary>RETURN, REVERT (EIP-140) and SELFDESTRUCT (EIP-6780): the instructions that end a frame.</summary>
internal static unsafe class HaltInstructions
{
    /// <summary>RETURN or REVERT: memory [μs[0], +μs[1]) becomes the frame's output. Returns the memory cost.</summary>
    public static long Output(CallFrame frame, UInt256* top, long gasAvailable)
    {
        ref var length = ref top[-1];
        var cost = frame.Memory.ExpansionCost(in top[0], in length, gasAvailable);
        if (cost <= gasAvailable)
        {
            frame.Output = length.IsZero ? ReadOnlyMemory<byte>.Empty : frame.Memory.Slice((long)top[0].U0, (long)length.U0).ToArray();
        }

        return cost;
    }

    /// <summary>
    /// SELFDESTRUCT: sends the whole balance to μs[0]. Under EIP-6780 the account is only scheduled for deletion (and
    /// its balance burned when it names itself) when it was created in this transaction.
    /// </summary>
    public static EvmStatus SelfDestruct(VirtualMachine vm, CallFrame frame, UInt256* top)
    {
        var beneficiary = Words.ToAddress(in top[0]);
        var state = vm.State;
        var spec = vm.Spec;
        long cost = spec.IsEip2929Enabled && vm.Substate.WarmAccount(beneficiary) ? GasCost.ColdAccountAccess : 0;
        var balance = state.GetBalance(frame.Target);
        if (spec.IsEip150Enabled && (spec.IsEip158Enabled ? !balance.IsZero && state.IsDeadOrMissing(beneficiary) : !state.AccountExists(beneficiary)))
        {
            cost += GasCost.SelfDestructNewAccount;
        }

        if (!EnvironmentInstructions.Charge(frame, cost))
        {
            return EvmStatus.OutOfGas;
        }

        if (frame.IsStatic)
        {
            return EvmStatus.StaticStateChange;
        }

        if (beneficiary != frame.Target)
        {
            if (!balance.IsZero)
            {
                state.SubtractBalance(frame.Target, balance);
            }

            state.AddBalance(beneficiary, balance);
        }

        if (!spec.IsEip6780Enabled || vm.Substate.WasCreated(frame.Target))
        {
            if (beneficiary == frame.Target && !balance.IsZero)
            {
                state.SubtractBalance(frame.Target, balance);
            }

            if (!spec.IsEip3529Enabled && !vm.Substate.AccountsToDelete.Contains(frame.Target))
            {
                vm.Substate.AddRefund(GasCost.SelfDestructRefundLegacy);
            }

            vm.Substate.ScheduleDelete(frame.Target);
        }

        frame.Output = ReadOnlyMemory<byte>.Empty;
        return EvmStatus.Success;
    }
}
