using Glow.Core;
using Glow.Core.Db;
using Glow.State.World;

namespace Glow.State;

/// <summary>Moving the head to another stored state: reorganisations and rewinds.</summary>
public sealed partial class StateStore
{
    /// <summary>
    /// Makes the stored state <paramref name="target"/> the head, in one batch: the flat tables are rewritten to equal
    /// it, from the difference of the head's tries and the target's (identical subtrees are skipped, so the work
    /// follows the size of the difference); the <see cref="DbTable.StateRoots"/> rows of <paramref name="newCanonical"/>
    /// are written and those above the target's number deleted; <paramref name="addToBatch"/> adds the caller's rows
    /// (the chain's canonical index and head); then the head moves as a commit's does, so concurrent
    /// <see cref="ViewLatest"/> readers see the old state or the new one, never a mix. Used for a reorganisation to a
    /// heavier branch whose states were stored with <see cref="WorldState.CommitDetached"/>, and for rewinds to an
    /// ancestor (dev mode's revert and reset).
    /// </summary>
    /// <remarks>
    /// <para>Afterwards <see cref="BeginLatest"/> continues from the target, and the next commit may be any block above
    /// the target's number. World states opened on the old head can no longer commit.</para>
    /// <para>Archive mode moves to any stored state. Pruning mode keeps node counts for the head's positions only, so
    /// it can move back to a canonical ancestor still inside the kept window (its <see cref="DbTable.StateRoots"/> row
    /// must hold its root; <paramref name="newCanonical"/> may only repeat rows already stored): the nodes of the
    /// abandoned blocks that nothing else holds are deleted at once, and the window is the blocks from the oldest one
    /// still kept up to the target.</para>
    /// <para>Like commits, head moves must not run concurrently with each other or with commits.</para>
    /// </remarks>
    /// <param name="target">The block number and root of the new head; its state must be stored.</param>
    /// <param name="newCanonical">
    /// The blocks at or below the target's number whose states become canonical (their roots are stored for
    /// <see cref="TryGetRoot"/>), in any order; the target's own row is written in any case.
    /// </param>
    /// <param name="addToBatch">Adds rows to the batch just before it commits; it must not commit or dispose it. Null for none.</param>
    /// <returns>What changed in the flat tables.</returns>
    /// <exception cref="StateException">
    /// The target or a new canonical root is not stored; an entry of <paramref name="newCanonical"/> is above the
    /// target, or at its number with another root; in pruning mode, the target is not a kept canonical block or a
    /// canonical row would change; or a trie key has no stored preimage (state written by an older version).
    /// </exception>
    public HeadMove MoveHead(StateHead target, IReadOnlyList<StateHead> newCanonical, Action<IWriteBatch>? addToBatch = null)
    {
        ArgumentNullException.ThrowIfNull(newCanonical);
        EnsureStored(target.Root);
        var current = Head;
        foreach (var entry in newCanonical)
        {
            if (entry.BlockNumber > target.BlockNumber || (entry.BlockNumber == target.BlockNumber && entry.Root != target.Root))
            {
                throw new StateException($"Block {entry.BlockNumber} with root {entry.Root} cannot become canonical below the new head, block {target.BlockNumber} with root {target.Root}.");
            }

            EnsureStored(entry.Root);
        }

        SortedDictionary<Hash256, int>? counts = null;
        if (History.IsPruning)
        {
            CheckPruningMove(current, target, newCanonical);
            counts = [];
        }

        using var batch = Database.StartBatch();
        var move = new FlatStateMove(this, batch, counts);
        move.Run(HeadRoot, target.Root);
        foreach (var entry in newCanonical)
        {
            batch.Put(DbTable.StateRoots, StateKeys.BlockKey(entry.BlockNumber), entry.Root.Bytes);
        }

        if (current is { } head)
        {
            // The second condition stops the loop should the number wrap around at the top of the range.
            for (var number = target.BlockNumber + 1; number <= head.BlockNumber && number > target.BlockNumber; number++)
            {
                var key = StateKeys.BlockKey(number);
                batch.Delete(DbTable.StateRoots, key);
                if (counts is not null)
                {
                    ForgetObsoleteNodes(batch, counts, key);
                }
            }
        }

        if (counts is not null)
        {
            PruningCommit.ApplyCounts(this, batch, counts);
        }

        addToBatch?.Invoke(batch);
        Publish(batch, target);
        return new HeadMove(move.AccountsChanged, move.SlotsChanged);
    }

    /// <summary>Pruning: the target must be the head or a canonical ancestor whose state is still kept, and canonical rows stay.</summary>
    private void CheckPruningMove(StateHead? current, in StateHead target, IReadOnlyList<StateHead> newCanonical)
    {
        if (current is not { } head || target.BlockNumber > head.BlockNumber
            || !TryGetRoot(target.BlockNumber, out var stored) || stored != target.Root)
        {
            throw new StateException(
                $"This database prunes history ({History}): the head can only move back to a canonical block still kept, and block {target.BlockNumber} with root {target.Root} is not one. States off the canonical chain are kept only in archive mode.");
        }

        foreach (var entry in newCanonical)
        {
            if (!TryGetRoot(entry.BlockNumber, out var root) || root != entry.Root)
            {
                throw new StateException($"This database prunes history ({History}): block {entry.BlockNumber} cannot become canonical with root {entry.Root}, only existing canonical blocks stay.");
            }
        }
    }

    /// <summary>
    /// Pruning: an abandoned block's list of nodes that left the head (<see cref="DbTable.ObsoleteNodes"/>) is dropped
    /// with the count each entry held, as if the block had never been committed.
    /// </summary>
    private void ForgetObsoleteNodes(IWriteBatch batch, SortedDictionary<Hash256, int> counts, byte[] key)
    {
        var list = Database[DbTable.ObsoleteNodes].Get(key);
        if (list is null)
        {
            return;
        }

        for (var offset = 0; offset + Hash256.Size <= list.Length; offset += Hash256.Size)
        {
            PruningCommit.Add(counts, new Hash256(list.AsSpan(offset, Hash256.Size)), -1);
        }

        batch.Delete(DbTable.ObsoleteNodes, key);
    }
}
