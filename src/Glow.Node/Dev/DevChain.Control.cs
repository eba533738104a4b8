using Glow.Core;
using Glow.Core.Numerics;
using Glow.Core.Transactions;
using Glow.Evm.Processing;
using Glow.Node.Chain;
using Glow.Node.Producing;
using Glow.Node.TxPool;

namespace Glow.Node.Dev;

/// <summary>
/// The controls of dev mode (rpc.md, "Dev mode"): mining on demand, snapshots and reverts, moving time, automine and
/// interval mining, direct state edits, impersonation and signing with the funded accounts.
/// </summary>
public sealed partial class DevChain
{
    private readonly Lock _controlLock = new();
    private readonly List<(Hash256 Head, StateEdit[] Edits)> _snapshots = [];
    private readonly List<StateEdit> _edits = [];

    /// <summary>The head the waiting edits apply on: once a block carrying them is the head, they no longer apply.</summary>
    private Hash256 _editsHead;
    private readonly HashSet<Address> _impersonated = [];
    private long _timeOffset;
    private ulong? _nextTimestamp;

    /// <summary>
    /// The latest timestamp dev mode sets (2^63 − 1 seconds): far beyond any test, and far enough from 2^64 that
    /// later blocks (each at least a second after its parent) never overflow.
    /// </summary>
    public const ulong MaxTimestamp = long.MaxValue;

    /// <summary>Seconds added to the clock for block timestamps (<c>evm_increaseTime</c>).</summary>
    public long TimeOffset => Interlocked.Read(ref _timeOffset);

    /// <summary>Moves block time forward by <paramref name="seconds"/>; returns the total offset.</summary>
    public long IncreaseTime(long seconds) => Interlocked.Add(ref _timeOffset, seconds);

    /// <summary>The timestamp of the next block (<c>evm_setNextBlockTimestamp</c>).</summary>
    /// <exception cref="ArgumentException">Not after the head's timestamp, or above <see cref="MaxTimestamp"/>.</exception>
    public void SetNextBlockTimestamp(ulong timestamp)
    {
        if (timestamp <= Tree.Head.Timestamp)
        {
            throw new ArgumentException($"timestamp {timestamp} is not after the latest block's {Tree.Head.Timestamp}", nameof(timestamp));
        }

        if (timestamp > MaxTimestamp)
        {
            throw new ArgumentException($"timestamp {timestamp} is above the largest dev mode sets, {MaxTimestamp}", nameof(timestamp));
        }

        lock (_controlLock)
        {
            _nextTimestamp = timestamp;
            // Later blocks continue from there, as Hardhat does.
            Interlocked.Exchange(ref _timeOffset, (long)timestamp - (long)NodeClock.UnixSeconds(_time));
        }
    }

    /// <summary>Turns automine on or off (<c>evm_setAutomine</c>); turning it on mines what is pending.</summary>
    public void SetAutomine(bool enabled)
    {
        Automine = enabled;
        if (enabled && Pool.Status.Pending > 0)
        {
            Mine();
        }
    }

    /// <summary>Mines every <paramref name="milliseconds"/> (rounded up to seconds); 0 stops interval mining (<c>evm_setIntervalMining</c>).</summary>
    public void SetIntervalMining(ulong milliseconds)
    {
        StopInterval();
        _intervalSeconds = milliseconds == 0 ? null : Math.Max(1, (milliseconds + 999) / 1000);
        if (_intervalSeconds is not null)
        {
            Automine = false;
            Start();
        }
    }

    /// <summary>Remembers the current head (<c>evm_snapshot</c>); returns the snapshot's id.</summary>
    public ulong Snapshot()
    {
        lock (_controlLock)
        {
            _snapshots.Add((Tree.Head.Hash, [.. _edits]));
            return (ulong)_snapshots.Count;
        }
    }

    /// <summary>
    /// Returns the chain to its genesis (<c>anvil_reset</c> / <c>hardhat_reset</c> without forking): the head and state of
    /// block 0, an empty pool, no snapshots, no impersonations, block time back to the clock. Automine and interval
    /// mining stay as they are. On disk the later blocks stay stored as a side branch, as after <c>evm_revert</c>.
    /// </summary>
    public void Reset()
    {
        lock (_mineLock)
        {
            lock (_controlLock)
            {
                _snapshots.Clear();
                _edits.Clear();
                _impersonated.Clear();
                _nextTimestamp = null;
                Interlocked.Exchange(ref _timeOffset, 0);
            }

            RewindTo(Tree.Chain.GetCanonicalHash(0)!.Value);
        }
    }

    /// <summary>Moves the head back to <paramref name="target"/> and empties the pool (the transactions sent since are dropped).</summary>
    private void RewindTo(in Hash256 target)
    {
        _reverting = true;
        try
        {
            Tree.SetHead(target);
        }
        finally
        {
            _reverting = false;
        }

        foreach (var (_, transactions) in Pool.GetPending())
        {
            Pool.RemoveIncluded(transactions);
        }

        foreach (var (_, transactions) in Pool.GetQueued())
        {
            Pool.RemoveIncluded(transactions);
        }
    }

    /// <summary>
    /// Returns the chain to snapshot <paramref name="id"/> (<c>evm_revert</c>): the head and its state as they were,
    /// the transactions sent since dropped. The snapshot and later ones are used up. False for an unknown id.
    /// </summary>
    public bool Revert(ulong id)
    {
        lock (_mineLock)
        {
            (Hash256 Head, StateEdit[] Edits) target;
            lock (_controlLock)
            {
                if (id == 0 || id > (ulong)_snapshots.Count)
                {
                    return false;
                }

                target = _snapshots[(int)id - 1];
                _snapshots.RemoveRange((int)id - 1, _snapshots.Count - (int)id + 1);
                _edits.Clear();
                _edits.AddRange(target.Edits);
                _editsHead = target.Head;
            }

            RewindTo(target.Head);
            return true;
        }
    }

    /// <summary>
    /// Changes the head's state directly (<c>anvil_setBalance</c>, <c>setCode</c>, <c>setNonce</c>, <c>setStorageAt</c>)
    /// as anvil and Hardhat do: no block is mined. Every read of the latest state sees the change at once; the next block
    /// applies the edits made since the last one before its transactions (its state root includes them) and stores them
    /// with itself. Like pending transactions, edits not yet in a block live in memory only. A snapshot keeps them.
    /// </summary>
    public void Patch(StateEdit edit)
    {
        ArgumentNullException.ThrowIfNull(edit);
        lock (_mineLock)
        {
            lock (_controlLock)
            {
                _edits.Add(edit);
                _editsHead = Tree.Head.Hash;
            }

            // Balances, nonces and code changed: the pool re-reads its senders.
            UpdatePool(null);
        }
    }

    /// <inheritdoc/>
    public IReadOnlyList<StateEdit> Pending
    {
        get
        {
            lock (_controlLock)
            {
                // While a block that carries them becomes the head (its head-change handlers run before the mining
                // call returns and forgets them), the edits must not be applied a second time.
                return _edits.Count == 0 || Tree.Head.Hash != _editsHead ? [] : [.. _edits];
            }
        }
    }

    /// <summary>Forgets the first <paramref name="count"/> edits, which a block now carries (under the mining lock).</summary>
    private void ClearEdits(int count)
    {
        lock (_controlLock)
        {
            _edits.RemoveRange(0, Math.Min(count, _edits.Count));
        }
    }


    /// <summary>Lets transactions be sent from <paramref name="address"/> without its key (<c>anvil_impersonateAccount</c>).</summary>
    public void Impersonate(in Address address)
    {
        lock (_controlLock)
        {
            _impersonated.Add(address);
        }
    }

    /// <summary>Ends the impersonation of <paramref name="address"/>.</summary>
    public void StopImpersonating(in Address address)
    {
        lock (_controlLock)
        {
            _impersonated.Remove(address);
        }
    }

    /// <summary>True when transactions from <paramref name="address"/> can be sent without a signature from the user: a funded account, or impersonated.</summary>
    public bool CanSendFrom(in Address address)
    {
        if (KeyOf(address) is not null)
        {
            return true;
        }

        lock (_controlLock)
        {
            return _impersonated.Contains(address);
        }
    }

    /// <summary>The sender checks the producer applies: an impersonated sender may have code (anvil and Hardhat let a
    /// test act as a contract), every other sender gets all of them (EIP-3607 included).</summary>
    private TransactionChecks ChecksFor(Address sender)
    {
        lock (_controlLock)
        {
            return _impersonated.Contains(sender) ? TransactionChecks.Nonce : TransactionChecks.All;
        }
    }

    /// <summary>The private key of a funded account; null for other addresses.</summary>
    public ReadOnlyMemory<byte>? KeyOf(in Address address)
    {
        foreach (var account in Accounts)
        {
            if (account.Address == address)
            {
                return account.PrivateKey;
            }
        }

        return null;
    }

    /// <summary>
    /// Signs <paramref name="unsigned"/> for <paramref name="from"/> and submits it (<c>eth_sendTransaction</c>): with the
    /// funded account's key, or, for an impersonated address, with a placeholder signature and the sender set directly.
    /// </summary>
    /// <exception cref="InvalidOperationException">The address is neither a funded account nor impersonated.</exception>
    public (Transaction Transaction, TxPoolResult Result) SendTransaction(in Address from, Transaction unsigned)
    {
        ArgumentNullException.ThrowIfNull(unsigned);
        var tx = SignFor(from, unsigned);
        return (tx, Submit(tx));
    }

    /// <summary>Signs <paramref name="unsigned"/> as <paramref name="from"/> (see <see cref="SendTransaction"/>).</summary>
    /// <exception cref="InvalidOperationException">The address is neither a funded account nor impersonated.</exception>
    public Transaction SignFor(in Address from, Transaction unsigned)
    {
        ArgumentNullException.ThrowIfNull(unsigned);
        if (KeyOf(from) is { } key)
        {
            return TransactionSigner.Sign(unsigned, key.Span);
        }

        bool impersonated;
        lock (_controlLock)
        {
            impersonated = _impersonated.Contains(from);
        }

        if (!impersonated)
        {
            throw new InvalidOperationException($"unknown account {from}: not one of this node's accounts and not impersonated");
        }

        // Any valid-looking signature; the sender is set rather than recovered (the signature cannot name it).
        var v = unsigned.Type == TxType.Legacy ? (unsigned.ChainId is { } chainId ? (chainId * 2) + 35 : (UInt256)27UL) : UInt256.Zero;
        var tx = unsigned.WithSignature(v, UInt256.One, UInt256.One);
        tx.RestoreSender(from);
        return tx;
    }

    private ulong? NextTimestamp()
    {
        lock (_controlLock)
        {
            if (_nextTimestamp is { } next)
            {
                _nextTimestamp = null;
                return next;
            }
        }

        var offset = TimeOffset;
        if (offset == 0)
        {
            return null;
        }

        var now = (long)NodeClock.UnixSeconds(_time) + offset;
        return now <= 0 ? null : (ulong)now;
    }

    /// <summary>A block's content: the state edits made since the last block, then the pool's transactions.</summary>
    private sealed class EditedSource(ITransactionSource transactions, IReadOnlyList<StateEdit> edits) : ITransactionSource, IBlockStateChange
    {
        public IReadOnlyList<StateEdit> Edits => edits;

        public ITransactionCursor Select(in UInt256 baseFee) => transactions.Select(baseFee);
    }
}
