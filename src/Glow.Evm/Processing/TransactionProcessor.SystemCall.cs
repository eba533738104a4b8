using Glow.Core;
using Glow.Core.Numerics;
using Glow.Core.State;
using Glow.Evm.Execution;
using Glow.Evm.Tracing;

namespace Glow.Evm.Processing;

public sealed partial class TransactionProcessor
{
    /// <summary>
    /// A system call at the start of a block (EIP-4788's beacon-roots update, and those of later forks): a message call
    /// from <paramref name="caller"/> to <paramref name="target"/> with <paramref name="data"/> and <paramref name="gas"/>,
    /// outside any transaction. No gas is bought or paid for and it does not count against the block; the caller's nonce
    /// and balance are untouched and no value moves; nothing is warmed beforehand. As in the execution specs'
    /// <c>process_message_call</c>, the target is touched (an empty one is then deleted, EIP-161), and a target without
    /// code runs nothing. On return the call is finished in the state (<see cref="IWorldState.FinishTransaction"/>).
    /// </summary>
    /// <returns>How the call ended, its gas used and output (its logs are discarded, as a block's system call has no receipt).</returns>
    public TransactionResult ExecuteSystemCall(IWorldState state, BlockContext block, in Address caller, in Address target, ReadOnlyMemory<byte> data, long gas, ITxTracer? tracer = null)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(block);
        ArgumentOutOfRangeException.ThrowIfNegative(gas);
        tracer ??= NullTxTracer.Instance;

        // The system "transaction" has the system address as origin and the base fee as its gas price (execution specs).
        _vm.BeginTransaction(state, block, caller, block.BaseFee, [], tracer);
        var root = _vm.RentFrame();
        root.Depth = 0;
        root.IsStatic = false;
        root.Kind = CallKind.Call;
        root.Caller = caller;
        root.Target = target;
        root.CodeAddress = target;
        root.Value = UInt256.Zero;
        root.Input = data;
        root.Gas = gas;
        if (_vm.EnterCall(root))
        {
            _vm.Run(root);
        }
        else
        {
            _vm.Complete(root);
        }

        foreach (var address in _vm.Substate.AccountsToDelete)
        {
            state.DeleteAccount(address);
        }

        state.FinishTransaction(Spec.IsEip158Enabled);
        var gasUsed = (ulong)(gas - root.Gas);
        var result = new TransactionResult { Status = root.Status, GasUsed = gasUsed, Output = root.Output };
        _vm.ReturnFrame(root);
        return result;
    }
}
