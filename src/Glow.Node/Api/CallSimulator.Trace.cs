using Glow.Core;
using Glow.Core.Transactions;
using Glow.Evm.Execution;
using Glow.Evm.Precompiles;
using Glow.Evm.Processing;
using Glow.Evm.Tracing;
using Glow.Node.Chain;
using Glow.Node.Processing;

namespace Glow.Node.Api;

/// <summary>Re-execution of stored transactions with a tracer (<c>debug_traceTransaction</c>) and access lists (<c>eth_createAccessList</c>).</summary>
public sealed partial class CallSimulator
{
    /// <summary>
    /// The sender checks when a stored block is re-executed: none, since the block passed them when it was imported or
    /// built (and a dev block may hold a transaction from an impersonated contract, which only the producer admits).
    /// </summary>
    private const TransactionChecks StoredBlockChecks = TransactionChecks.None;

    /// <summary>How many times <see cref="CreateAccessList"/> re-runs until the list stops changing (geth stops as soon as it does).</summary>
    public const int MaxAccessListRounds = 8;

    /// <summary>
    /// Re-executes the canonical transaction <paramref name="transactionHash"/> on its parent's state, after the
    /// transactions before it in its block, with <paramref name="tracer"/> watching it.
    /// </summary>
    /// <exception cref="ChainQueryException">The transaction is not in a canonical block, or the state before its block is gone.</exception>
    public CallOutcome TraceTransaction(in Hash256 transactionHash, ITxTracer tracer)
    {
        ArgumentNullException.ThrowIfNull(tracer);
        var chain = _tree.Chain;
        var location = chain.FindTransaction(transactionHash) ?? throw new ChainQueryException($"transaction {transactionHash} not found");
        var block = chain.GetBlock(location.BlockHash) ?? throw new ChainQueryException($"block {location.BlockHash} not found");
        var parent = chain.GetHeader(block.Header.ParentHash) ?? throw new ChainQueryException($"parent of block {block.Number} not found");
        if (!_tree.State.Contains(parent.StateRoot))
        {
            throw new ChainQueryException($"state of block {parent.Number} is not available: it is older than the state history this node keeps");
        }

        var state = _tree.State.BeginAt(parent.StateRoot);
        var processor = Rent();
        try
        {
            var execution = BlockExecution.Start(_tree.Processor, block.Header, state, new AncestorHashes(chain, parent), processor);
            if (chain.GetStateEdits(block.Hash) is { Count: > 0 } edits)
            {
                // A dev block's direct state edits came before its transactions.
                foreach (var edit in edits)
                {
                    edit.Apply(state);
                }

                state.FinishTransaction(deleteTouchedEmptyAccounts: false);
            }

            for (var i = 0; i < location.Index; i++)
            {
                var earlier = block.Transactions[i];
                execution.Apply(earlier, earlier.RecoverSender()!.Value, null, StoredBlockChecks);
            }

            var tx = block.Transactions[location.Index];
            var result = execution.Apply(tx, tx.RecoverSender()!.Value, tracer, StoredBlockChecks);
            return result.IsValid
                ? new CallOutcome(result.Status, result.Output, result.GasUsed)
                : throw new ChainQueryException($"transaction {transactionHash} does not re-execute: {result.InvalidMessage}");
        }
        finally
        {
            _processors.Add(processor);
        }
    }

    /// <summary>
    /// The access list <paramref name="request"/> needs (<c>eth_createAccessList</c>): run with the list found so far until
    /// it stops changing; returns the list, the gas used with it, and the error of the last run (null when it succeeded).
    /// </summary>
    public (IReadOnlyList<AccessListEntry> List, ulong GasUsed, string? Error) CreateAccessList(CallRequest request, in BlockTag tag, IReadOnlyDictionary<Address, AccountOverride>? overrides = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        var header = _query.FindHeader(tag) ?? throw new ChainQueryException("header not found");
        var from = request.From ?? default;
        var excluded = new List<Address> { from };
        if (request.To is { } to)
        {
            excluded.Add(to);
        }
        else
        {
            excluded.Add(ContractAddress.From(from, request.Nonce ?? _query.StateAt(header).GetNonce(from)));
        }

        excluded.AddRange(PrecompileSet.For(_tree.Processor.Spec).Addresses);
        var list = request.AccessList ?? [];
        CallOutcome outcome = new(EvmStatus.Success, ReadOnlyMemory<byte>.Empty, 0);
        for (var round = 0; round < MaxAccessListRounds; round++)
        {
            var tracer = new AccessListTracer(excluded);
            outcome = Run(request with { AccessList = list }, header, overrides, request.Gas ?? Math.Min(header.GasLimit, GasCap), tracer);
            var found = tracer.ToAccessList();
            if (SameList(found, list))
            {
                break;
            }

            list = found;
        }

        var error = outcome.Success ? null : outcome.Reverted ? "execution reverted" : EvmStatusText.Describe(outcome.Status);
        return (list, outcome.GasUsed, error);
    }

    private static bool SameList(IReadOnlyList<AccessListEntry> a, IReadOnlyList<AccessListEntry> b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }

        for (var i = 0; i < a.Count; i++)
        {
            if (!a[i].Equals(b[i]))
            {
                return false;
            }
        }

        return true;
    }
}
