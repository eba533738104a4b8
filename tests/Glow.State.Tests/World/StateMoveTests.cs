using System.Text;
using Glow.Core;
using Glow.Core.Db;
using Glow.Core.Numerics;
using Glow.State.Db;

namespace Glow.State.Tests.World;

/// <summary>
/// Issue 5: commits that carry the chain's rows in the same batch, and moving the state head to another stored state
/// (reorganisations, rewinds) with <see cref="StateStore.MoveHead"/>.
/// </summary>
public class StateMoveTests
{
    private static readonly byte[] ChainHeadKey = "test-chain-head"u8.ToArray();

    [Fact]
    public void Rows_added_to_a_commit_land_with_the_state()
    {
        var store = new StateStore(new MemoryDatabase());
        var state = store.BeginLatest();
        state.AddBalance(Address(1), 10);

        var root = Commit(state, 1, batch => batch.Put(DbTable.Metadata, ChainHeadKey, "block-1"u8));

        Assert.Equal(new StateHead(1, root), store.Head);
        Assert.Equal("block-1"u8.ToArray(), store.Database[DbTable.Metadata].Get(ChainHeadKey));
    }

    [Fact]
    public void A_commit_whose_batch_fails_writes_neither_state_nor_chain_rows_and_the_block_can_be_committed_again()
    {
        var database = new FailingDatabase();
        var store = new StateStore(database);
        var state = store.BeginLatest();
        state.AddBalance(Address(1), 10);
        var first = Commit(state, 1);
        var before = Dump(database);

        state.AddBalance(Address(2), 20);
        state.SetStorage(Address(1), 5, 55);
        database.FailCommits = true;
        Assert.Throws<DatabaseException>(() => Commit(state, 2, batch => batch.Put(DbTable.Metadata, ChainHeadKey, "block-2"u8)));

        Assert.Equal(before, Dump(database));
        Assert.Equal(new StateHead(1, first), store.Head);
        // The failed block's changes are dropped: the world state is back on the head.
        Assert.Equal(UInt256.Zero, state.GetBalance(Address(2)));

        database.FailCommits = false;
        state.AddBalance(Address(2), 20);
        state.SetStorage(Address(1), 5, 55);
        var second = Commit(state, 2, batch => batch.Put(DbTable.Metadata, ChainHeadKey, "block-2"u8));
        Assert.Equal(new StateHead(2, second), store.Head);
        Assert.Equal(new UInt256(55), store.ViewLatest().GetStorage(Address(1), 5));
        Assert.Equal(new UInt256(55), store.ViewAt(second).GetStorage(Address(1), 5));
        Assert.Equal("block-2"u8.ToArray(), database[DbTable.Metadata].Get(ChainHeadKey));
    }

    [Fact]
    public void A_commit_whose_row_callback_throws_writes_nothing()
    {
        var database = new MemoryDatabase();
        var store = new StateStore(database);
        var state = store.BeginLatest();
        state.AddBalance(Address(1), 10);
        var before = Dump(database);

        Assert.Throws<InvalidOperationException>(() => Commit(state, 1, _ => throw new InvalidOperationException("the block could not be encoded")));

        Assert.Equal(before, Dump(database));
        Assert.Null(store.Head);
        Assert.Equal(1ul, Commit(state, 1) == store.HeadRoot ? store.Head!.Value.BlockNumber : 0);
    }

    [Fact]
    public void Rewinding_to_an_ancestor_restores_its_flat_state_and_the_next_block_commits_on_top()
    {
        var store = new StateStore(new MemoryDatabase());
        var state = store.BeginLatest();
        state.AddBalance(Address(1), 100);
        state.SetStorage(Address(1), 1, 11);
        state.SetStorage(Address(1), 2, 22);
        var one = Commit(state, 1);
        state.AddBalance(Address(2), 5);
        state.SetStorage(Address(1), 1, 0);
        state.SetStorage(Address(1), 3, 33);
        state.SetStorage(Address(2), 1, 7);
        Commit(state, 2);
        state.DeleteAccount(Address(1));
        state.SetCode(Address(3), new byte[] { 0x60, 0x01 });
        Commit(state, 3);

        var move = store.MoveHead(new StateHead(1, one), [], batch => batch.Put(DbTable.Metadata, ChainHeadKey, "block-1"u8));

        Assert.Equal(new StateHead(1, one), store.Head);
        Assert.Equal(3, move.AccountsChanged);
        Assert.False(store.TryGetRoot(2, out _));
        Assert.False(store.TryGetRoot(3, out _));
        Assert.Equal("block-1"u8.ToArray(), store.Database[DbTable.Metadata].Get(ChainHeadKey));
        var view = store.ViewLatest();
        Assert.Equal(new UInt256(100), view.GetBalance(Address(1)));
        Assert.Equal(new UInt256(11), view.GetStorage(Address(1), 1));
        Assert.Equal(new UInt256(22), view.GetStorage(Address(1), 2));
        Assert.Equal(UInt256.Zero, view.GetStorage(Address(1), 3));
        Assert.False(view.AccountExists(Address(2)));
        Assert.False(view.AccountExists(Address(3)));
        Assert.Equal(["01:01", "01:02"], FlatSlots(store));
        Assert.Single(store.Database[DbTable.Accounts].Iterate([]));

        var next = store.BeginLatest();
        next.AddBalance(Address(4), 1);
        var two = Commit(next, 2);
        Assert.True(store.TryGetRoot(2, out var stored));
        Assert.Equal(two, stored);
        Assert.Equal(new UInt256(11), store.ViewLatest().GetStorage(Address(1), 1));
    }

    [Fact]
    public void A_side_branch_stored_detached_becomes_the_head_and_the_old_branch_can_come_back()
    {
        var store = new StateStore(new MemoryDatabase());
        var state = store.BeginLatest();
        state.AddBalance(Address(1), 100);
        var genesis = Commit(state, 0);
        state.SetStorage(Address(1), 1, 1);
        var a1 = Commit(state, 1);

        var side = store.BeginAt(genesis);
        side.SetStorage(Address(1), 1, 2);
        side.AddBalance(Address(2), 3);
        var b1 = Detach(side);
        side.SetStorage(Address(1), 9, 9);
        var b2 = Detach(side);

        store.MoveHead(new StateHead(2, b2), [new StateHead(1, b1), new StateHead(2, b2)]);

        Assert.Equal(new StateHead(2, b2), store.Head);
        Assert.True(store.TryGetRoot(1, out var canonical1));
        Assert.Equal(b1, canonical1);
        Assert.Equal(["01:01", "01:09"], FlatSlots(store));
        Assert.Equal(new UInt256(2), store.ViewLatest().GetStorage(Address(1), 1));
        Assert.Equal(new UInt256(3), store.ViewLatest().GetBalance(Address(2)));

        // And back: the first branch is heavier again.
        store.MoveHead(new StateHead(1, a1), [new StateHead(1, a1)]);
        Assert.Equal(new StateHead(1, a1), store.Head);
        Assert.False(store.TryGetRoot(2, out _));
        Assert.Equal(["01:01"], FlatSlots(store));
        Assert.Equal(new UInt256(1), store.ViewLatest().GetStorage(Address(1), 1));
        Assert.False(store.ViewLatest().AccountExists(Address(2)));
    }

    [Fact]
    public void World_states_opened_on_the_old_head_cannot_commit_after_the_head_moved()
    {
        var store = new StateStore(new MemoryDatabase());
        var state = store.BeginLatest();
        state.AddBalance(Address(1), 1);
        var one = Commit(state, 1);
        state.AddBalance(Address(1), 1);
        Commit(state, 2);
        var stale = store.BeginLatest();
        stale.AddBalance(Address(2), 1);

        store.MoveHead(new StateHead(1, one), []);

        Assert.Throws<StateException>(() => Commit(stale, 3));
    }

    [Fact]
    public void A_head_move_whose_batch_fails_leaves_head_flat_tables_and_roots_as_they_were()
    {
        var database = new FailingDatabase();
        var store = new StateStore(database);
        var state = store.BeginLatest();
        state.AddBalance(Address(1), 1);
        state.SetStorage(Address(1), 1, 1);
        var one = Commit(state, 1);
        state.SetStorage(Address(1), 1, 2);
        state.AddBalance(Address(2), 1);
        var two = Commit(state, 2);
        var before = Dump(database);

        database.FailCommits = true;
        Assert.Throws<DatabaseException>(() => store.MoveHead(new StateHead(1, one), [], batch => batch.Put(DbTable.Metadata, ChainHeadKey, "block-1"u8)));

        Assert.Equal(before, Dump(database));
        Assert.Equal(new StateHead(2, two), store.Head);
        Assert.Equal(new UInt256(2), store.ViewLatest().GetStorage(Address(1), 1));
    }

    [Fact]
    public void Moving_to_a_state_that_is_not_stored_or_below_a_new_canonical_block_is_refused()
    {
        var store = new StateStore(new MemoryDatabase());
        var state = store.BeginLatest();
        state.AddBalance(Address(1), 1);
        var one = Commit(state, 1);

        Assert.Throws<StateException>(() => store.MoveHead(new StateHead(1, new Hash256(new byte[32])), []));
        Assert.Throws<StateException>(() => store.MoveHead(new StateHead(1, one), [new StateHead(2, one)]));
        Assert.Equal(new StateHead(1, one), store.Head);
    }

    [Fact]
    public void Moving_between_states_whose_keys_have_no_stored_preimage_is_refused_with_a_clear_error()
    {
        var database = new MemoryDatabase();
        var store = new StateStore(database);
        var state = store.BeginLatest();
        state.AddBalance(Address(1), 1);
        var one = Commit(state, 1);
        state.AddBalance(Address(2), 1);
        Commit(state, 2);
        // As if written by a version that kept no preimages.
        foreach (var (key, _) in database[DbTable.Preimages].Iterate([]))
        {
            database[DbTable.Preimages].Delete(key);
        }

        var error = Assert.Throws<StateException>(() => store.MoveHead(new StateHead(1, one), []));

        Assert.Contains("preimage", error.Message, StringComparison.Ordinal);
        Assert.Equal(2ul, store.Head!.Value.BlockNumber);
    }

    [Fact]
    public void Pruning_rewinds_inside_the_kept_window_but_refuses_older_blocks_and_side_branches()
    {
        var store = new StateStore(new MemoryDatabase(), StateHistory.KeepLast(3));
        var state = store.BeginLatest();
        var roots = new List<Hash256>();
        for (var block = 1ul; block <= 5; block++)
        {
            state.SetStorage(Address(1), block, block);
            roots.Add(Commit(state, block));
        }

        Assert.Throws<StateException>(() => store.MoveHead(new StateHead(2, roots[1]), []));
        Assert.Throws<StateException>(() => store.MoveHead(new StateHead(4, roots[0]), []));
        Assert.Throws<StateException>(() => store.MoveHead(new StateHead(6, roots[3]), []));
        Assert.Throws<StateException>(() => store.MoveHead(new StateHead(4, roots[3]), [new StateHead(3, roots[3])]));

        store.MoveHead(new StateHead(3, roots[2]), [new StateHead(3, roots[2])]);

        Assert.Equal(new StateHead(3, roots[2]), store.Head);
        Assert.Equal(["01:01", "01:02", "01:03"], FlatSlots(store));
        var next = store.BeginLatest();
        next.SetStorage(Address(1), 7, 7);
        Commit(next, 4);
        Assert.Equal(["01:01", "01:02", "01:03", "01:07"], FlatSlots(store));
    }

    [Fact]
    public async Task Latest_readers_never_see_a_mix_of_two_states_while_the_head_moves_between_them()
    {
        const int accounts = 300;
        var store = new StateStore(new MemoryDatabase());
        var state = store.BeginLatest();
        for (var i = 0; i < accounts; i++)
        {
            state.AddBalance(Address(i), 1);
            state.SetStorage(Address(i), 1, 1);
        }

        var ones = Commit(state, 1);
        for (var i = 0; i < accounts; i++)
        {
            state.AddBalance(Address(i), 1);
            state.SetStorage(Address(i), 1, 2);
        }

        var twos = Commit(state, 2);
        using var stop = new CancellationTokenSource();
        var reads = 0L;
        var readers = Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                var view = store.ViewLatest();
                var expected = view.Root == ones ? 1ul : 2ul;
                for (var i = 0; i < accounts; i += 7)
                {
                    Assert.Equal((UInt256)expected, view.GetBalance(Address(i)));
                    Assert.Equal((UInt256)expected, view.GetStorage(Address(i), 1));
                }

                Interlocked.Increment(ref reads);
            }
        })).ToArray();

        // At least 300 moves, and as many more as it takes for the readers to finish 500 passes; an even count ends on the twos.
        for (var move = 0; move < 300 || Interlocked.Read(ref reads) < 500 || move % 2 == 1; move++)
        {
            if (Array.Exists(readers, reader => reader.IsCompleted))
            {
                // A reader failed: its assertion surfaces below.
                break;
            }

            Assert.True(move < 100_000, "the readers made no progress");
            store.MoveHead(move % 2 == 0 ? new StateHead(1, ones) : new StateHead(2, twos), move % 2 == 0 ? [] : [new StateHead(2, twos)]);
        }

        stop.Cancel();
        await Task.WhenAll(readers);
        Assert.True(Interlocked.Read(ref reads) >= 500);
        Assert.Equal(new StateHead(2, twos), store.Head);
        Assert.Equal(new UInt256(2), store.ViewLatest().GetStorage(Address(5), 1));
    }

    private static Hash256 Commit(WorldState state, ulong block, Action<IWriteBatch>? rows = null)
    {
        state.FinishTransaction(false);
        return state.Commit(block, rows);
    }

    private static Hash256 Detach(WorldState state)
    {
        state.FinishTransaction(false);
        return state.CommitDetached();
    }

    private static Address Address(int i)
    {
        var bytes = new byte[20];
        bytes[18] = (byte)(i >> 8);
        bytes[19] = (byte)i;
        return new Address(bytes);
    }

    /// <summary>The flat storage rows as "last address byte:last slot byte", in key order.</summary>
    private static List<string> FlatSlots(StateStore store) =>
        store.Database[DbTable.Storage].Iterate([]).Select(pair => $"{pair.Key[19]:x2}:{pair.Key[^1]:x2}").ToList();

    /// <summary>Every row of every table, for comparing whole databases.</summary>
    private static List<string> Dump(IDatabase database)
    {
        var rows = new List<string>();
        foreach (var table in Enum.GetValues<DbTable>())
        {
            foreach (var (key, value) in database[table].Iterate([]))
            {
                rows.Add(new StringBuilder().Append(table).Append(' ').Append(Convert.ToHexString(key)).Append('=').Append(Convert.ToHexString(value)).ToString());
            }
        }

        return rows;
    }
}
