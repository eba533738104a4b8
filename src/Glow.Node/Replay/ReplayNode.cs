using Glow.Core.Blocks;
using Glow.Core.Chain;
using Glow.Core.Db;
using Glow.Core.Numerics;
using Glow.Core.Transactions;
using Glow.Node.Api;
using Glow.Node.Chain;
using Glow.Node.Processing;
using Glow.Node.TxPool;
using Glow.State;
using Glow.State.Db;

namespace Glow.Node.Replay;

/// <summary>
/// A node for a chain made by Ethereum clients (a geth <c>genesis.json</c>), which imports that chain's blocks under
/// Ethereum's rules (<see cref="EthereumBlockProcessor"/>) and serves it through the same <see cref="NodeApi"/> as our own
/// chain: how the execution-apis conformance cases are replayed against this node. It produces no blocks; its pool takes
/// every transaction type of the fork, blob transactions included (without their sidecars, which only a block producer
/// would need: <c>eth_sendRawTransaction</c> checks them before the pool). State history is kept in full (archive).
/// </summary>
public sealed class ReplayNode : IDisposable
{
    private static readonly UInt256 OneGwei = 1_000_000_000UL;

    private readonly IDatabase _database;

    private ReplayNode(EthereumGenesis genesis, string name, IDatabase database, TimeProvider time)
    {
        _database = database;
        Processor = new EthereumBlockProcessor(genesis, name);
        Tree = new BlockTree(new ChainStore(database), new StateStore(database, StateHistory.Archive), Processor);
        Pool = new TransactionPool(Processor.Spec, Processor.ChainId, new TxPoolOptions { AcceptBlobTransactions = true }, time);
        Api = new NodeApi(Tree, Pool, Pool.Add, OneGwei, time);
        Tree.HeadChanged += (_, change) =>
        {
            foreach (var block in change.Added)
            {
                Pool.RemoveIncluded(block.Transactions);
            }

            UpdatePoolHead();
        };
        UpdatePoolHead();
    }

    /// <summary>The block rules.</summary>
    public EthereumBlockProcessor Processor { get; }

    /// <summary>The blocks and the head.</summary>
    public BlockTree Tree { get; }

    /// <summary>Transactions sent to the node.</summary>
    public TransactionPool Pool { get; }

    /// <summary>What JSON-RPC serves.</summary>
    public NodeApi Api { get; }

    /// <summary>
    /// Opens the node for <paramref name="genesis"/>, in SQLite under <paramref name="dataDirectory"/> (resuming at its
    /// head) or in memory when it is null.
    /// </summary>
    /// <exception cref="DatabaseException">The database cannot be opened or holds another chain.</exception>
    public static ReplayNode Open(EthereumGenesis genesis, string? dataDirectory, TimeProvider time, string name = "ethereum")
    {
        ArgumentNullException.ThrowIfNull(genesis);
        ArgumentNullException.ThrowIfNull(time);
        IDatabase database = dataDirectory is null ? new MemoryDatabase() : SqliteDatabase.Open(dataDirectory);
        try
        {
            return new ReplayNode(genesis, name, database, time);
        }
        catch
        {
            database.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Imports the blocks of <paramref name="blocks"/> in order; blocks already stored (genesis, an earlier import) are
    /// skipped. Stops at the first block that is not valid.
    /// </summary>
    /// <returns>How many blocks were new.</returns>
    /// <exception cref="InvalidDataException">A block is invalid or does not connect; the message says which and why.</exception>
    public int Import(IEnumerable<Block> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        var imported = 0;
        foreach (var block in blocks)
        {
            var result = Tree.Import(block);
            switch (result.Outcome)
            {
                case ImportOutcome.AlreadyKnown:
                    break;
                case ImportOutcome.NewHead or ImportOutcome.Reorganised or ImportOutcome.SideBranch:
                    imported++;
                    break;
                default:
                    throw new InvalidDataException($"Block {block.Number} ({block.Hash}) was refused: {result.Rejection?.ToString() ?? result.Outcome.ToString()}.");
            }
        }

        return imported;
    }

    /// <summary>
    /// Adds a signed transaction to the pool as <c>eth_sendRawTransaction</c> does on this node: a blob transaction needs
    /// its <paramref name="sidecar"/>, whose hashes and proofs are checked first (<see cref="NodeApi.Submit"/>).
    /// </summary>
    public TxPoolResult Submit(Transaction transaction, BlobSidecar? sidecar = null) => Api.Submit(transaction, sidecar);

    /// <inheritdoc/>
    public void Dispose() => _database.Dispose();

    private void UpdatePoolHead()
    {
        var head = Tree.Head;
        Pool.UpdateHead(head, Processor.NextBaseFee(head), head.GasLimit, Tree.State.ViewLatest());
    }
}
