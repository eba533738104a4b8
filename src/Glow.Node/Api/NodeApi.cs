using Glow.Core.Numerics;
using Glow.Core.Transactions;
using Glow.Evm.Precompiles.Kzg;
using Glow.Node.Chain;
using Glow.Node.TxPool;

namespace Glow.Node.Api;

/// <summary>
/// Everything JSON-RPC needs from a running node, in one object: chain queries, simulations, fee suggestions, the pool,
/// and how to submit a transaction (the dev chain mines it at once in automine mode; a network node will broadcast it).
/// </summary>
public sealed class NodeApi
{
    private readonly Func<Transaction, TxPoolResult> _submit;

    /// <summary>The API of a node whose chain is <paramref name="tree"/> and whose pool is <paramref name="pool"/>.</summary>
    /// <param name="tree">The chain.</param>
    /// <param name="pool">The transaction pool.</param>
    /// <param name="submit">Adds a transaction to the pool and does what the node does next (mine, broadcast).</param>
    /// <param name="minimumTip">The least tip the fee oracle suggests.</param>
    /// <param name="time">The clock that expires idle filters.</param>
    /// <param name="options">Limits of scanning queries.</param>
    /// <param name="headEdits">Edits to the head's state not yet in a block (dev mode), which every read of the head sees.</param>
    public NodeApi(BlockTree tree, TransactionPool pool, Func<Transaction, TxPoolResult> submit, UInt256 minimumTip, TimeProvider time, ChainQueryOptions? options = null, IHeadStateEdits? headEdits = null)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(pool);
        ArgumentNullException.ThrowIfNull(submit);
        Tree = tree;
        Pool = pool;
        _submit = submit;
        Query = new ChainQuery(tree, pool, options, headEdits);
        Calls = new CallSimulator(tree, Query);
        Fees = new FeeOracle(tree, minimumTip);
        Filters = new FilterStore(tree, pool, Query, time);
    }

    /// <summary>Filters installed over HTTP.</summary>
    public FilterStore Filters { get; }

    /// <summary>The chain.</summary>
    public BlockTree Tree { get; }

    /// <summary>The transaction pool.</summary>
    public TransactionPool Pool { get; }

    /// <summary>Reads of blocks, transactions, receipts, logs and state.</summary>
    public ChainQuery Query { get; }

    /// <summary>Simulated transactions.</summary>
    public CallSimulator Calls { get; }

    /// <summary>Fee suggestions and history.</summary>
    public FeeOracle Fees { get; }

    /// <summary>The chain id.</summary>
    public ulong ChainId => Tree.Processor.ChainId;

    /// <summary>
    /// Submits <paramref name="transaction"/> (a signed transaction from <c>eth_sendRawTransaction</c>). A blob
    /// transaction, where the pool takes them, must come with its <paramref name="sidecar"/> (the network form), whose
    /// versioned hashes and KZG proofs are checked here (EIP-4844) before the pool sees the transaction.
    /// </summary>
    public TxPoolResult Submit(Transaction transaction, BlobSidecar? sidecar = null)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        if (transaction.Type == TxType.Blob && Pool.Options.AcceptBlobTransactions)
        {
            if (sidecar is null)
            {
                return TxPoolResult.Reject(TxPoolError.MissingBlobSidecar);
            }

            if (BlobSidecarValidator.Mainnet.Validate(transaction, sidecar) is { } invalid)
            {
                return new TxPoolResult(TxPoolError.InvalidBlobSidecar, $"invalid blob sidecar: {invalid}");
            }
        }

        return _submit(transaction);
    }
}
