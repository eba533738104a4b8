using Glow.Core;
using Glow.Core.Blocks;
using Glow.Core.Chain;
using Glow.Core.Db;
using Glow.Core.Numerics;
using Glow.Core.Transactions;
using Glow.Evm.Processing;
using Glow.Node.Api;
using Glow.Node.Chain;
using Glow.Node.Processing;
using Glow.Node.Producing;
using Glow.Node.TxPool;
using Glow.State;
using Glow.State.Db;

namespace Glow.Node.Dev;

/// <summary>
/// A single-signer chain for development (<c>utg dev</c>): chain id 1337, funded accounts from the test mnemonic, the
/// first of which seals; a block for each transaction (automine) or every few seconds. Data lives in SQLite under a data
/// directory, or in memory; reopening a data directory resumes at its stored head.
/// </summary>
public sealed partial class DevChain : IDisposable, IHeadStateEdits
{
    private static readonly UInt256 OneGwei = 1_000_000_000UL;

    private readonly IDatabase _database;
    private readonly Lock _mineLock = new();
    private readonly TimeProvider _time;
    private readonly PoolTransactionSource _poolSource;
    private CancellationTokenSource? _interval;
    private ulong? _intervalSeconds;
    private bool _reverting;
    private Task? _intervalTask;

    private DevChain(DevChainOptions options, IDatabase database, TimeProvider time)
    {
        _database = database;
        _time = time;
        Options = options;
        Accounts = DevAccounts.Derive(options.Mnemonic, options.AccountCount);
        Spec = SpecFor(options, Accounts);
        var chain = new ChainStore(database);
        var state = new StateStore(database, options.History);
        var processor = new BlockProcessor(Spec, new SingleSignerAuthority(Accounts[0].Address), time);
        Tree = new BlockTree(chain, state, processor);
        Pool = new TransactionPool(Spec.Fork, Spec.ChainId, new TxPoolOptions(), time);
        Producer = new BlockProducer(Tree, Accounts[0].PrivateKey.Span, time) { SenderChecks = ChecksFor };
        _poolSource = new PoolTransactionSource(Pool);
        Automine = options.BlockTimeSeconds is null;
        _intervalSeconds = options.BlockTimeSeconds;
        Api = new NodeApi(Tree, Pool, Submit, OneGwei, time, headEdits: this);
        Tree.HeadChanged += (_, change) => UpdatePool(change);
        UpdatePool(null);
    }

    /// <summary>Raised when interval mining stops because the database failed (full disk, damaged file).</summary>
    public event EventHandler<Exception>? Failed;

    /// <summary>The options the chain runs with.</summary>
    public DevChainOptions Options { get; }

    /// <summary>The chain's parameters (the built-in dev chainspec with the funded accounts).</summary>
    public ChainSpec Spec { get; }

    /// <summary>The funded accounts; the first seals every block.</summary>
    public IReadOnlyList<DevAccount> Accounts { get; }

    /// <summary>The blocks and the head.</summary>
    public BlockTree Tree { get; }

    /// <summary>Transactions waiting for a block.</summary>
    public TransactionPool Pool { get; }

    /// <summary>What JSON-RPC serves.</summary>
    public NodeApi Api { get; }

    /// <summary>Builds the blocks.</summary>
    public BlockProducer Producer { get; }

    /// <summary>The directory holding the database; null when in memory.</summary>
    public string? DataDirectory => Options.DataDirectory;

    /// <summary>True when each transaction is mined at once (<c>evm_setAutomine</c> changes it).</summary>
    public bool Automine { get; private set; }

    /// <summary>
    /// Opens (or creates) the dev chain. With a data directory, an existing database resumes at its head; a database of
    /// another chain (other chain id, mnemonic, account count or balance) is refused.
    /// </summary>
    /// <exception cref="DatabaseException">The database cannot be opened or holds another chain.</exception>
    /// <exception cref="ArgumentException">The options are invalid (mnemonic, account count).</exception>
    public static DevChain Open(DevChainOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        IDatabase database = options.DataDirectory is { } directory ? SqliteDatabase.Open(directory, options.DatabaseOptions) : new MemoryDatabase();
        try
        {
            return new DevChain(options, database, time);
        }
        catch
        {
            database.Dispose();
            throw;
        }
    }

    /// <summary>The dev chainspec: the built-in one with the chain id, gas limit and funded accounts of <paramref name="options"/>.</summary>
    public static ChainSpec SpecFor(DevChainOptions options, IReadOnlyList<DevAccount> accounts)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(accounts);
        var builtIn = ChainSpecLoader.Dev();
        var alloc = new SortedDictionary<Address, GenesisAccount>();
        foreach (var (address, account) in builtIn.Genesis.Alloc)
        {
            alloc[address] = account;
        }

        foreach (var account in accounts)
        {
            alloc[account.Address] = new GenesisAccount(options.AccountBalance, 0, [], []);
        }

        return builtIn with
        {
            ChainId = options.ChainId,
            GasLimit = options.GasLimit,
            Genesis = builtIn.Genesis with { Alloc = alloc },
        };
    }

    /// <summary>
    /// Adds <paramref name="transaction"/> to the pool and, in automine mode, mines a block at once.
    /// </summary>
    /// <returns>The pool's verdict (an error worded as geth's when refused).</returns>
    public TxPoolResult Submit(Transaction transaction)
    {
        ArgumentNullException.ThrowIfNull(transaction);

        // EIP-3607 before the pool: a sender with code (given by anvil_setCode) could never be mined and would hold
        // back its later nonces. Impersonated senders may have code, as in anvil.
        if (transaction.RecoverSender() is { } sender && ChecksFor(sender) == TransactionChecks.All
            && Api.Query.StateAt(Tree.Head).TryGetAccount(sender, out var account) && account.HasCode)
        {
            return TxPoolResult.Reject(TxPoolError.SenderNotEoa);
        }

        var result = Pool.Add(transaction);
        if (result.IsAccepted && Automine)
        {
            Mine();
        }

        return result;
    }

    /// <summary>Mines one block with what the pool offers (possibly empty), at <paramref name="timestamp"/> when given.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="timestamp"/> is above <see cref="MaxTimestamp"/>.</exception>
    public Block Mine(ulong? timestamp = null)
    {
        if (timestamp > MaxTimestamp)
        {
            throw new ArgumentOutOfRangeException(nameof(timestamp), timestamp, $"A dev block's timestamp is at most {MaxTimestamp}.");
        }

        lock (_mineLock)
        {
            // The state edits made since the last block go in first, then the pool's transactions.
            var edits = Pending;
            var source = edits.Count == 0 ? (ITransactionSource)_poolSource : new EditedSource(_poolSource, edits);
            var block = Producer.Produce(source, timestamp ?? NextTimestamp()).Block;
            if (edits.Count > 0)
            {
                ClearEdits(edits.Count);
            }

            return block;
        }
    }

    /// <summary>Starts mining every <see cref="DevChainOptions.BlockTimeSeconds"/> seconds (nothing in automine mode).</summary>
    public void Start()
    {
        if (_intervalSeconds is not { } seconds || _intervalTask is not null)
        {
            return;
        }

        _interval = new CancellationTokenSource();
        var token = _interval.Token;
        _intervalTask = Task.Run(async () =>
        {
            using var timer = new PeriodicTimer(TimeSpan.FromSeconds(seconds), _time);
            try
            {
                while (await timer.WaitForNextTickAsync(token).ConfigureAwait(false))
                {
                    Mine();
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A full disk, a damaged database or a bug: stop mining and tell the host, which exits cleanly with the message.
                Failed?.Invoke(this, ex);
            }
        }, token);
    }

    /// <summary>Stops interval mining and closes the database (everything committed stays).</summary>
    public void Dispose()
    {
        StopInterval();
        lock (_mineLock)
        {
            _database.Dispose();
        }
    }

    private void StopInterval()
    {
        if (_interval is { } interval)
        {
            interval.Cancel();
            try
            {
                _intervalTask?.Wait();
            }
            catch (AggregateException ex) when (ex.InnerException is OperationCanceledException)
            {
                // The loop ends by cancellation.
            }

            interval.Dispose();
            _interval = null;
            _intervalTask = null;
        }
    }

    private void UpdatePool(HeadChange? change)
    {
        var head = Tree.Head;
        var nextBaseFee = Spec.BaseFee.NextBaseFee(head);
        // The pool checks senders against the latest state, unmined dev edits included (Api is null during construction).
        var state = Api is null ? Tree.State.ViewLatest() : Api.Query.StateAt(head);
        if (change is null)
        {
            Pool.UpdateHead(head, nextBaseFee, Spec.GasLimit, state);
            return;
        }

        foreach (var block in change.Added)
        {
            Pool.RemoveIncluded(block.Transactions);
        }

        Pool.UpdateHead(head, nextBaseFee, Spec.GasLimit, state);

        // Transactions of blocks that left the canonical chain (a reorganisation, a rewind) and are not in the new
        // branch go back to the pool, as geth does; those the new state makes invalid are refused there. Not after
        // evm_revert: a snapshot restores the chain as it was, without the transactions sent since.
        if (change.Removed.Count > 0 && !_reverting)
        {
            var included = new HashSet<Hash256>();
            foreach (var block in change.Added)
            {
                foreach (var tx in block.Transactions)
                {
                    included.Add(tx.Hash);
                }
            }

            var returning = new List<Transaction>();
            for (var i = change.Removed.Count - 1; i >= 0; i--)
            {
                returning.AddRange(change.Removed[i].Transactions.Where(tx => !included.Contains(tx.Hash)));
            }

            if (returning.Count > 0)
            {
                Pool.AddRange(returning);
            }
        }
    }
}
