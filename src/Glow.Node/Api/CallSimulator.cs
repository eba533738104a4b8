using System.Collections.Concurrent;
using Glow.Core;
using Glow.Core.Blocks;
using Glow.Core.Numerics;
using Glow.Core.State;
using Glow.Core.Transactions;
using Glow.Evm.Processing;
using Glow.Evm.Tracing;
using Glow.Node.Chain;
using Glow.State;

namespace Glow.Node.Api;

/// <summary>
/// Runs transactions that are not in any block on the state of a block, changing nothing: <c>eth_call</c> (with state
/// overrides), <c>eth_estimateGas</c> (binary search for the least gas that succeeds), <c>eth_createAccessList</c> and
/// <c>debug_traceCall</c>. As geth: no nonce or EIP-3607 check, and without fee fields the call pays nothing and sees a
/// base fee of zero. Safe from any thread (each call gets its own executor from a pool).
/// </summary>
public sealed partial class CallSimulator
{
    /// <summary>The most gas a simulation may use when the request gives none (geth's RPC gas cap).</summary>
    public const ulong DefaultGasCap = 50_000_000;

    private readonly BlockTree _tree;
    private readonly ChainQuery _query;
    private readonly ConcurrentBag<TransactionProcessor> _processors = [];

    /// <summary>Simulations on the chain of <paramref name="tree"/>.</summary>
    public CallSimulator(BlockTree tree, ChainQuery query, ulong gasCap = DefaultGasCap)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(query);
        _tree = tree;
        _query = query;
        GasCap = gasCap;
    }

    /// <summary>The most gas one simulation may use.</summary>
    public ulong GasCap { get; }

    /// <summary>Runs <paramref name="request"/> on the state after the block named by <paramref name="tag"/>.</summary>
    /// <exception cref="ChainQueryException">No such block, or its state is not stored.</exception>
    /// <exception cref="CallFailedException">The transaction is invalid against that state (insufficient funds, fee below the base fee, ...).</exception>
    public CallOutcome Call(CallRequest request, in BlockTag tag, IReadOnlyDictionary<Address, AccountOverride>? overrides = null, ITxTracer? tracer = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        var header = _query.FindHeader(tag) ?? throw new ChainQueryException("header not found");
        return Run(request, header, overrides, request.Gas ?? Math.Min(header.GasLimit, GasCap), tracer);
    }

    /// <summary>
    /// The least gas limit with which <paramref name="request"/> succeeds on the state after the block named by
    /// <paramref name="tag"/> (binary search, as geth's <c>eth_estimateGas</c>).
    /// </summary>
    /// <exception cref="CallFailedException">It reverts even with all the gas allowed (the revert data is attached), it
    /// fails for lack of gas (<c>gas required exceeds allowance</c>), or it is invalid against the state.</exception>
    public ulong EstimateGas(CallRequest request, in BlockTag tag, IReadOnlyDictionary<Address, AccountOverride>? overrides = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        var header = _query.FindHeader(tag) ?? throw new ChainQueryException("header not found");
        var high = request.Gas ?? Math.Min(header.GasLimit, GasCap);
        high = CapByAllowance(request, header, overrides, high);
        var floor = IntrinsicGas.Of(ToTransaction(request, header, high, 0), _tree.Processor.Spec);
        if (high < floor)
        {
            throw new CallFailedException($"gas required exceeds allowance ({high})");
        }

        var first = Run(request, header, overrides, high, null);
        if (!first.Success)
        {
            throw first.Reverted
                ? RevertedException(first.Output)
                : new CallFailedException($"gas required exceeds allowance ({high})");
        }

        // Most transactions need exactly what they used (no refund, no 63/64 reserve): one run confirms it.
        if (first.GasUsed < high && Run(request, header, overrides, first.GasUsed, null).Success)
        {
            return first.GasUsed;
        }

        // Otherwise anything between what was used and what was allowed may be needed (refunds, the 63/64 rule): search.
        var low = Math.Max(floor, first.GasUsed) - 1;
        var optimistic = Math.Min(high, (first.GasUsed + 2_300) * 64 / 63);
        if (optimistic > low && optimistic < high && Run(request, header, overrides, optimistic, null).Success)
        {
            high = optimistic;
        }

        while (low + 1 < high)
        {
            // Stop when the bracket is within 1.5 % of the answer: geth's tolerance, which saves most iterations.
            if ((high - low) * 1000 / high < 15)
            {
                break;
            }

            var middle = low + ((high - low) / 2);
            if (Run(request, header, overrides, middle, null).Success)
            {
                high = middle;
            }
            else
            {
                low = middle;
            }
        }

        return high;
    }

    /// <summary>The message and data of a revert, as rpc.md rule 5 wants them: <c>execution reverted: reason</c> when the data is an <c>Error(string)</c>.</summary>
    public static CallFailedException RevertedException(ReadOnlyMemory<byte> output)
    {
        var reason = CallTrace.DecodeRevertReason(output.Span);
        return new CallFailedException(reason is null ? "execution reverted" : $"execution reverted: {reason}", output);
    }

    private ulong CapByAllowance(CallRequest request, BlockHeader header, IReadOnlyDictionary<Address, AccountOverride>? overrides, ulong high)
    {
        var price = request.MaxFeePerGas ?? request.GasPrice ?? UInt256.Zero;
        if (price.IsZero)
        {
            return high;
        }

        var from = request.From ?? default;
        var balance = overrides is not null && overrides.TryGetValue(from, out var change) && change.Balance is { } overridden
            ? overridden
            : _query.StateAt(header).GetBalance(from);
        var value = request.Value ?? UInt256.Zero;
        if (balance < value)
        {
            throw new CallFailedException("insufficient funds for transfer");
        }

        var allowance = (balance - value) / price;
        return allowance.IsUInt64 && allowance.U0 < high ? allowance.U0 : high;
    }

    private CallOutcome Run(CallRequest request, BlockHeader header, IReadOnlyDictionary<Address, AccountOverride>? overrides, ulong gas, ITxTracer? tracer)
    {
        var state = OpenState(header);
        if (overrides is not null)
        {
            Apply(state, overrides);
        }

        var context = BlockContext.From(header, _tree.Processor.ChainId, new AncestorHashes(_tree.Chain, header));
        if (!request.HasFees)
        {
            context = context with { BaseFee = UInt256.Zero };
        }

        var from = request.From ?? default;
        var tx = ToTransaction(request, header, gas, state.GetNonce(from));
        var processor = Rent();
        try
        {
            var result = processor.Execute(state, context, tx, from, 0, tracer, TransactionChecks.None);
            if (!result.IsValid)
            {
                throw new CallFailedException(result.InvalidMessage ?? "invalid transaction");
            }

            return new CallOutcome(result.Status, result.Output, result.GasUsed);
        }
        finally
        {
            _processors.Add(processor);
        }
    }

    private WorldState OpenState(BlockHeader header) => _query.BeginAt(header);

    private static void Apply(IWorldState state, IReadOnlyDictionary<Address, AccountOverride> overrides)
    {
        foreach (var (address, change) in overrides)
        {
            if (change.State is not null && change.StateDiff is not null)
            {
                throw new CallFailedException($"account {address} has both 'state' and 'stateDiff'");
            }

            if (change.Balance is { } balance)
            {
                var current = state.GetBalance(address);
                if (balance > current)
                {
                    state.AddBalance(address, balance - current);
                }
                else
                {
                    state.SubtractBalance(address, current - balance);
                }
            }

            if (change.Nonce is { } nonce)
            {
                state.SetNonce(address, nonce);
            }

            if (change.Code is { } code)
            {
                state.SetCode(address, code);
            }

            if (change.State is { } full)
            {
                ReplaceStorage(state, address, full);
            }

            foreach (var (slot, value) in change.StateDiff ?? new Dictionary<UInt256, UInt256>())
            {
                state.SetStorage(address, slot, value);
            }
        }

        state.FinishTransaction(deleteTouchedEmptyAccounts: false);
    }

    private static void ReplaceStorage(IWorldState state, in Address address, IReadOnlyDictionary<UInt256, UInt256> slots)
    {
        // Re-creating the account clears its storage and keeps balance, nonce and code (set them again after).
        var balance = state.GetBalance(address);
        var nonce = state.GetNonce(address);
        var code = state.GetCode(address);
        state.CreateAccount(address);
        state.AddBalance(address, balance);
        state.SetNonce(address, nonce);
        if (!code.IsEmpty)
        {
            state.SetCode(address, code);
        }

        foreach (var (slot, value) in slots)
        {
            state.SetStorage(address, slot, value);
        }
    }

    private Transaction ToTransaction(CallRequest request, BlockHeader header, ulong gas, ulong nonce)
    {
        var type = request.MaxFeePerGas is not null || request.MaxPriorityFeePerGas is not null
            ? TxType.DynamicFee
            : request.AccessList is not null ? TxType.AccessList : TxType.Legacy;
        var maxFee = request.MaxFeePerGas ?? request.GasPrice ?? UInt256.Zero;
        if (request.MaxFeePerGas is null && request.MaxPriorityFeePerGas is { } tipOnly)
        {
            // A tip without a cap: cap at base fee + tip, as wallets do.
            maxFee = (header.BaseFeePerGas ?? UInt256.Zero) + tipOnly;
        }

        return new Transaction
        {
            Type = type,
            ChainId = _tree.Processor.ChainId,
            Nonce = nonce,
            GasPrice = request.GasPrice ?? maxFee,
            MaxFeePerGas = maxFee,
            MaxPriorityFeePerGas = request.MaxPriorityFeePerGas ?? request.GasPrice ?? UInt256.Zero,
            GasLimit = gas,
            To = request.To,
            Value = request.Value ?? UInt256.Zero,
            Data = request.Input,
            AccessList = request.AccessList ?? [],
        };
    }

    private TransactionProcessor Rent() =>
        _processors.TryTake(out var processor)
            ? processor
            : new TransactionProcessor(_tree.Processor.Spec, _tree.Processor.Precompiles, _tree.Processor.CodeCache);
}
