using Glow.Core.Numerics;
using Glow.Core.Transactions;

namespace Glow.Node.TxPool;

public sealed partial class TransactionPool
{
    /// <summary>Bytes an encoded transaction needs beyond its data and access list, generously counted (fields, lengths, signature).</summary>
    private const int EnvelopeBound = 512;

    /// <summary>Transactions inserted per lock acquisition in <see cref="AddRange"/>, so that readers wait little.</summary>
    private const int InsertBatch = 1_024;

    /// <summary>
    /// Validates <paramref name="tx"/> and adds it: pending when it continues its sender's executable nonces, queued
    /// otherwise. The sender is recovered once (and cached on the transaction).
    /// </summary>
    /// <exception cref="InvalidOperationException">No head has been set.</exception>
    public TxPoolResult Add(Transaction tx)
    {
        ArgumentNullException.ThrowIfNull(tx);
        lock (_lock)
        {
            EnsureHead();
            if (_byHash.ContainsKey(tx.Hash))
            {
                return TxPoolResult.Reject(TxPoolError.AlreadyKnown);
            }
        }

        var result = CheckStateless(tx);
        if (!result.IsAccepted)
        {
            return result;
        }

        var promoted = NewPromotedList();
        lock (_lock)
        {
            result = Insert(tx, promoted);
        }

        Raise(promoted);
        return result;
    }

    /// <summary>
    /// Adds many transactions: recovers their senders and checks their stateless rules in parallel over the cores, then
    /// inserts them in the given order (a sender's transactions may come in any nonce order; gaps fill as they arrive).
    /// Returns one result per transaction, in order.
    /// </summary>
    /// <exception cref="InvalidOperationException">No head has been set.</exception>
    public IReadOnlyList<TxPoolResult> AddRange(IReadOnlyList<Transaction> txs)
    {
        ArgumentNullException.ThrowIfNull(txs);
        lock (_lock)
        {
            EnsureHead();
        }

        var results = new TxPoolResult[txs.Count];
        Parallel.For(0, txs.Count, i => results[i] = CheckStateless(txs[i]));

        var promoted = NewPromotedList();
        for (var start = 0; start < txs.Count; start += InsertBatch)
        {
            var end = Math.Min(txs.Count, start + InsertBatch);
            lock (_lock)
            {
                for (var i = start; i < end; i++)
                {
                    if (results[i].IsAccepted)
                    {
                        results[i] = Insert(txs[i], promoted);
                    }
                }
            }
        }

        Raise(promoted);
        return results;
    }

    /// <summary>The rules that need no state: type, size, the fork's static rules, signature and sender, and the price floor.</summary>
    private TxPoolResult CheckStateless(Transaction tx)
    {
        _ = tx.Hash;

        // protocol.md §2: legacy, type 1 and type 2 only; blob and set-code transactions never enter our blocks. A node
        // replaying an Ethereum chain takes blob transactions too (their sidecars are checked before they get here).
        if (tx.Type is not (TxType.Legacy or TxType.AccessList or TxType.DynamicFee) && !(tx.Type == TxType.Blob && _options.AcceptBlobTransactions))
        {
            return TxPoolResult.Reject(TxPoolError.TypeNotSupported);
        }

        if (EncodedSizeExceeds(tx, _options.MaxTxSize))
        {
            return TxPoolResult.Reject(TxPoolError.OversizedData);
        }

        if (TransactionValidator.Validate(tx, _spec, _chainId) is { } rejection)
        {
            return FromValidator(rejection);
        }

        return tx.MaxPriorityFeePerGas < _options.MinTipWei ? TxPoolResult.Reject(TxPoolError.Underpriced) : TxPoolResult.Accepted;
    }

    private static bool EncodedSizeExceeds(Transaction tx, int maxSize)
    {
        // An upper bound first, so that only transactions near the limit are encoded to be measured.
        long bound = EnvelopeBound + tx.Data.Length;
        foreach (var entry in tx.AccessList)
        {
            bound += 32 + (34L * entry.StorageKeys.Count);
        }

        return bound > maxSize && TransactionEncoder.Encode(tx).Length > maxSize;
    }

    private static TxPoolResult FromValidator(TxRejection rejection) => rejection.Error switch
    {
        TxError.TypeNotSupported => TxPoolResult.Reject(TxPoolError.TypeNotSupported),
        TxError.NonceTooBig or TxError.NonceOverflow => TxPoolResult.Reject(TxPoolError.NonceMax),
        TxError.PriorityGreaterThanMaxFee => TxPoolResult.Reject(TxPoolError.TipAboveFeeCap),
        TxError.GasLimitPriceProductOverflow => TxPoolResult.Reject(TxPoolError.GasPriceProductOverflow),
        TxError.InvalidSignature => TxPoolResult.Reject(TxPoolError.InvalidSignature),
        TxError.InvalidChainId => TxPoolResult.Reject(TxPoolError.InvalidChainId),
        TxError.EcRecoveryFail => TxPoolResult.Reject(TxPoolError.InvalidSender),

        // These two keep the validator's detail after geth's prefix ("intrinsic gas too low: have 20000, want 21000").
        TxError.IntrinsicGasTooLow => new TxPoolResult(TxPoolError.IntrinsicGasTooLow, rejection.Message),
        TxError.InitCodeSizeExceeded => new TxPoolResult(TxPoolError.InitCodeSizeExceeded, rejection.Message),
        _ => new TxPoolResult(TxPoolError.InvalidSignature, rejection.Message),
    };

    /// <summary>The rules that need the head state, then the insertion itself; under the lock.</summary>
    private TxPoolResult Insert(Transaction tx, List<Transaction>? promoted)
    {
        var hash = tx.Hash;
        if (_byHash.ContainsKey(hash))
        {
            return TxPoolResult.Reject(TxPoolError.AlreadyKnown);
        }

        if (tx.GasLimit > _blockGasLimit)
        {
            return TxPoolResult.Reject(TxPoolError.ExceedsBlockGasLimit);
        }

        var sender = tx.RecoverSender()!.Value;
        var isNewSender = !_senders.TryGetValue(sender, out var queue);
        queue ??= new SenderQueue(sender, _state!.GetNonce(sender), _state.GetBalance(sender), _options.MaxPerSender, _time.GetUtcNow());
        if (tx.Nonce < queue.StateNonce)
        {
            return TxPoolResult.Reject(TxPoolError.NonceTooLow);
        }

        if (tx.Nonce - queue.StateNonce >= (ulong)queue.Capacity)
        {
            return TxPoolResult.Reject(TxPoolError.NonceTooHigh);
        }

        var index = (int)(tx.Nonce - queue.StateNonce);

        // TransactionValidator has ruled out overflow of gas × max fee; adding the value may still overflow.
        var cost = tx.MaxFeePerGas * tx.GasLimit;
        var blobGas = (ulong)tx.BlobVersionedHashes.Count * Evm.Gas.GasCost.BlobGasPerBlob;
        if (UInt256.AddOverflow(cost, tx.Value, out cost)
            || UInt256.MultiplyOverflow(tx.MaxFeePerBlobGas, blobGas, out var blobCost)
            || UInt256.AddOverflow(cost, blobCost, out cost)
            || cost > queue.Balance)
        {
            return TxPoolResult.Reject(TxPoolError.InsufficientFunds);
        }

        var existing = queue[index];
        if (existing is not null)
        {
            if (!IsReplacementBumpEnough(existing.Tx, tx, _options.PriceBumpPercent))
            {
                return TxPoolResult.Reject(TxPoolError.ReplacementUnderpriced);
            }
        }
        else if (!HasRoomFor(queue, index, tx, cost))
        {
            return TxPoolResult.Reject(TxPoolError.Underpriced);
        }

        var entry = new PoolEntry(tx, sender, cost, _sequence++);
        var (pending, queued) = (queue.PendingCount, queue.QueuedCount);
        if (queue.Put(index, entry) is { } replaced)
        {
            _byHash.Remove(replaced.Hash);
        }

        _byHash.Add(hash, entry);
        if (isNewSender)
        {
            _senders.Add(sender, queue);
        }

        queue.LastActivity = _time.GetUtcNow();
        var promotedBefore = promoted?.Count ?? 0;
        queue.Settle(promoted);
        if (promoted is not null && existing is not null && index < queue.PendingCount && index < pending)
        {
            // A replacement inside the pending prefix is itself newly pending; Settle reports only the prefix's growth.
            promoted.Insert(promotedBefore, tx);
        }

        Recount(queue, pending, queued);
        EnforceLimits(entry);
        return TxPoolResult.Accepted;
    }

    /// <summary>
    /// geth's rule: a replacement must pay strictly more in both max fee and tip, and at least
    /// old × (100 + bump) / 100 in each (integer arithmetic).
    /// </summary>
    internal static bool IsReplacementBumpEnough(Transaction old, Transaction replacement, int bumpPercent)
    {
        if (replacement.MaxFeePerGas <= old.MaxFeePerGas || replacement.MaxPriorityFeePerGas <= old.MaxPriorityFeePerGas)
        {
            return false;
        }

        return replacement.MaxFeePerGas >= Bumped(old.MaxFeePerGas, bumpPercent)
            && replacement.MaxPriorityFeePerGas >= Bumped(old.MaxPriorityFeePerGas, bumpPercent);
    }

    private static UInt256 Bumped(in UInt256 price, int bumpPercent) =>
        UInt256.MultiplyOverflow(price, (ulong)(100 + bumpPercent), out var scaled) ? UInt256.MaxValue : scaled / 100;
}
