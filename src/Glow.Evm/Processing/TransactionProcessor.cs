using Glow.Core;
using Glow.Core.Numerics;
using Glow.Core.Specs;
using Glow.Core.State;
using Glow.Core.Transactions;
using Glow.Evm.Execution;
using Glow.Evm.Gas;
using Glow.Evm.Tracing;

namespace Glow.Evm.Processing;

/// <summary>
/// Applies transactions to a world state under one fork, as the execution specs' <c>process_transaction</c>: checks
/// the transaction against the state (nonce, balance, fees, EIP-3607, blobs), buys the gas, increments the nonce,
/// warms the sender, recipient, coinbase (EIP-3651), precompiles and access list (EIP-2929/2930), runs the message,
/// refunds (capped at a fifth of the gas used, EIP-3529), pays the tip to the coinbase and burns the base fee
/// (EIP-1559), deletes self-destructed accounts and touched empty ones (EIP-161, EIP-6780).
/// </summary>
/// <remarks>
/// The signature is not checked here: the caller recovers the sender (and checks the transaction's own validity with
/// <see cref="TransactionValidator"/>) and passes it in. One processor runs one transaction at a time; use one per
/// thread. The analysed-code cache may be shared between processors.
/// </remarks>
public sealed partial class TransactionProcessor
{
    private readonly VirtualMachine _vm;

    /// <summary>A processor for <paramref name="spec"/> calling <paramref name="precompiles"/>.</summary>
    public TransactionProcessor(ReleaseSpec spec, IPrecompileProvider precompiles, CodeInfoCache? codeCache = null)
    {
        _vm = new VirtualMachine(spec, precompiles, codeCache ?? new CodeInfoCache());
    }

    /// <summary>The fork whose rules this processor applies.</summary>
    public ReleaseSpec Spec => _vm.Spec;

    /// <summary>
    /// Executes <paramref name="tx"/> from <paramref name="sender"/> in <paramref name="block"/>, after
    /// <paramref name="blockGasUsed"/> gas of earlier transactions. A rejected transaction leaves the state as it was.
    /// On return the transaction is finished in the state (<see cref="IWorldState.FinishTransaction"/>).
    /// </summary>
    /// <param name="state">The state to run on.</param>
    /// <param name="block">The block's context.</param>
    /// <param name="tx">The transaction.</param>
    /// <param name="sender">Its sender (recovered, or given for a simulation).</param>
    /// <param name="blockGasUsed">Gas used by the block's earlier transactions.</param>
    /// <param name="tracer">Receives execution events; none when null.</param>
    /// <param name="checks">The sender checks to apply; simulations drop some (see <see cref="TransactionChecks"/>).</param>
    public TransactionResult Execute(IWorldState state, BlockContext block, Transaction tx, in Address sender, ulong blockGasUsed = 0, ITxTracer? tracer = null, TransactionChecks checks = TransactionChecks.All)
    {
        var blobBaseFee = Spec.IsEip4844Enabled ? block.BlobBaseFee : UInt256.Zero;
        var rejection = Validate(state, block, tx, sender, blockGasUsed, blobBaseFee, checks);
        if (rejection is not null)
        {
            return rejection;
        }

        tracer ??= NullTxTracer.Instance;
        var spec = Spec;
        var intrinsic = IntrinsicGas.Of(tx, spec);
        var gasPrice = spec.IsEip1559Enabled ? tx.EffectiveGasPrice(block.BaseFee) : tx.GasPrice;
        var blobGas = (ulong)tx.BlobVersionedHashes.Count * GasCost.BlobGasPerBlob;
        _vm.BeginTransaction(state, block, sender, gasPrice, tx.BlobVersionedHashes, tracer);

        // Buy the gas (and the blob gas, EIP-4844) and increment the nonce, outside any snapshot: these stay even if execution fails.
        state.SubtractBalance(sender, checked((gasPrice * tx.GasLimit) + (blobBaseFee * blobGas)));
        var nonce = state.GetNonce(sender);
        state.SetNonce(sender, nonce + 1);

        var root = _vm.RentFrame();
        root.Depth = 0;
        root.IsStatic = false;
        root.Caller = sender;
        root.Value = tx.Value;
        root.Gas = (long)(tx.GasLimit - intrinsic);
        Address? created = null;
        if (tx.To is { } to)
        {
            root.Kind = CallKind.Call;
            root.Target = to;
            root.CodeAddress = to;
            root.Input = tx.Data;
        }
        else
        {
            created = ContractAddress.From(sender, nonce);
            root.Kind = CallKind.Create;
            root.Target = created.Value;
            root.CodeAddress = created.Value;
        }

        WarmUp(tx, sender, root.Target, block.Coinbase);
        RunRoot(root, tx);

        var result = Settle(state, block, tx, sender, root, gasPrice, created, blobGas);
        _vm.ReturnFrame(root);
        return result;
    }

    private void RunRoot(CallFrame root, Transaction tx)
    {
        if (root.Kind == CallKind.Create)
        {
            if (_vm.HasCollision(root.Target))
            {
                // A creation transaction onto an existing account consumes all its gas without running (EIP-684, EIP-7610).
                root.StartGas = root.Gas;
                root.Status = EvmStatus.AddressCollision;
                root.Gas = 0;
                if (_vm.Tracer.IsTracingCalls)
                {
                    _vm.Tracer.EnterFrame(CallKind.Create, root.Caller, root.Target, root.Value, root.StartGas, tx.Data.Span);
                    _vm.Tracer.ExitFrame(root.Status, root.StartGas, []);
                }

                return;
            }

            if (_vm.EnterCreate(root, new CodeInfo(tx.Data.Span)))
            {
                _vm.Run(root);
            }
            else
            {
                _vm.Complete(root);
            }

            return;
        }

        if (_vm.EnterCall(root))
        {
            _vm.Run(root);
        }
        else
        {
            _vm.Complete(root);
        }
    }

    private void WarmUp(Transaction tx, in Address sender, in Address target, in Address coinbase)
    {
        if (!Spec.IsEip2929Enabled)
        {
            return;
        }

        var substate = _vm.Substate;
        substate.WarmAccount(sender);
        substate.WarmAccount(target);
        if (Spec.IsEip3651Enabled)
        {
            substate.WarmAccount(coinbase);
        }

        foreach (var address in _vm.Precompiles.Addresses)
        {
            substate.WarmAccount(address);
        }

        foreach (var entry in tx.AccessList)
        {
            substate.WarmAccount(entry.Address);
            foreach (var key in entry.StorageKeys)
            {
                substate.WarmSlot(entry.Address, Words.FromHash(key));
            }
        }
    }

    private TransactionResult Settle(IWorldState state, BlockContext block, Transaction tx, in Address sender, CallFrame root, in UInt256 gasPrice, Address? created, ulong blobGas)
    {
        var spec = Spec;
        var substate = _vm.Substate;
        var success = root.Status == EvmStatus.Success;
        var gasLeft = (ulong)root.Gas;
        var gasUsed = tx.GasLimit - gasLeft;
        var quotient = spec.IsEip3529Enabled ? GasCost.RefundQuotient : GasCost.RefundQuotientLegacy;
        var refund = success ? (ulong)Math.Min(gasUsed / (ulong)quotient, (ulong)Math.Max(0, substate.Refund)) : 0;
        gasUsed -= refund;

        state.AddBalance(sender, checked((gasLeft + refund) * gasPrice));
        var tip = spec.IsEip1559Enabled ? checked(gasPrice - block.BaseFee) : gasPrice;
        var fee = checked(tip * gasUsed);
        if (fee.IsZero)
        {
            state.Touch(block.Coinbase);
        }
        else
        {
            state.AddBalance(block.Coinbase, fee);
        }

        foreach (var address in substate.AccountsToDelete)
        {
            state.DeleteAccount(address);
        }

        if (success && _vm.RipemdTouched)
        {
            state.Touch(_vm.RipemdAddress);
        }

        state.FinishTransaction(spec.IsEip158Enabled);
        _vm.Tracer.EndTransaction(tx.GasLimit, gasUsed, root.Status);
        return new TransactionResult
        {
            Status = root.Status,
            GasUsed = gasUsed,
            GasRefunded = refund,
            BlobGasUsed = blobGas,
            Output = root.Output,
            Logs = success ? [.. substate.Logs] : [],
            ContractAddress = created,
        };
    }
}
