using Glow.Core;
using Glow.Core.Crypto;
using Glow.Core.Numerics;
using Glow.Core.State;
using Glow.State.Db;

namespace Glow.State.Tests.World;

public class WorldStateTests
{
    private static readonly Address Alice = Address.Parse("0x00000000000000000000000000000000000a11ce");
    private static readonly Address Bob = Address.Parse("0x0000000000000000000000000000000000000b0b");

    [Fact]
    public void An_empty_state_has_the_empty_trie_root()
    {
        var state = WorldState.InMemory();
        Assert.Equal(Keccak256.OfEmptyString, state.ComputeStateRoot());
        Assert.False(state.AccountExists(Alice));
        Assert.True(state.IsDeadOrMissing(Alice));
        Assert.Equal(Hash256.Zero, state.GetCodeHash(Alice));
    }

    [Fact]
    public void Reverting_to_a_snapshot_undoes_every_later_change_including_nested_snapshots()
    {
        var state = WorldState.InMemory();
        state.AddBalance(Alice, 100);
        state.SetStorage(Alice, 1, 11);
        var outer = state.TakeSnapshot();
        state.AddBalance(Alice, 5);
        state.SetNonce(Alice, 7);
        state.SetStorage(Alice, 1, 12);
        state.SetStorage(Alice, 2, 22);
        state.SetCode(Alice, new byte[] { 0x60, 0x00 });
        var inner = state.TakeSnapshot();
        state.DeleteAccount(Alice);
        state.AddBalance(Bob, 1);
        Assert.False(state.AccountExists(Alice));

        state.RevertToSnapshot(inner);
        Assert.Equal(new UInt256(105), state.GetBalance(Alice));
        Assert.Equal(new UInt256(12), state.GetStorage(Alice, 1));
        Assert.Equal(new UInt256(22), state.GetStorage(Alice, 2));
        Assert.Equal(new byte[] { 0x60, 0x00 }, state.GetCode(Alice).ToArray());
        Assert.False(state.AccountExists(Bob));

        state.RevertToSnapshot(outer);
        Assert.Equal(new UInt256(100), state.GetBalance(Alice));
        Assert.Equal(0ul, state.GetNonce(Alice));
        Assert.Equal(new UInt256(11), state.GetStorage(Alice, 1));
        Assert.Equal(UInt256.Zero, state.GetStorage(Alice, 2));
        Assert.True(state.GetCode(Alice).IsEmpty);
        Assert.Equal(Keccak256.OfEmpty, state.GetCodeHash(Alice));
    }

    [Fact]
    public void Reverting_a_create_over_an_account_whose_code_was_never_loaded_keeps_its_stored_code()
    {
        var store = new StateStore(new MemoryDatabase());
        var state = store.BeginLatest();
        state.SetCode(Alice, new byte[] { 0x60, 0x2a });
        state.FinishTransaction(false);
        state.Commit(1);

        var snapshot = state.TakeSnapshot();
        state.CreateAccount(Alice);
        state.RevertToSnapshot(snapshot);
        state.FinishTransaction(false);
        state.AddBalance(Alice, 1);
        state.FinishTransaction(false);
        state.Commit(2);

        Assert.Equal(new byte[] { 0x60, 0x2a }, store.ViewLatest().GetCode(Alice).ToArray());
    }

    [Fact]
    public void Original_storage_is_the_value_at_the_start_of_the_transaction()
    {
        var state = WorldState.InMemory();
        state.SetStorage(Alice, 1, 10);
        state.FinishTransaction(false);
        state.Commit(1);

        state.SetStorage(Alice, 1, 20);
        Assert.Equal(new UInt256(10), state.GetOriginalStorage(Alice, 1));
        state.SetStorage(Alice, 1, 30);
        Assert.Equal(new UInt256(10), state.GetOriginalStorage(Alice, 1));
        state.FinishTransaction(false);

        Assert.Equal(new UInt256(30), state.GetOriginalStorage(Alice, 1));
        var snapshot = state.TakeSnapshot();
        state.SetStorage(Alice, 1, 40);
        state.RevertToSnapshot(snapshot);
        Assert.Equal(new UInt256(30), state.GetOriginalStorage(Alice, 1));
        Assert.Equal(new UInt256(30), state.GetStorage(Alice, 1));
    }

    [Fact]
    public void A_created_account_has_zero_original_storage_and_keeps_its_balance()
    {
        var state = WorldState.InMemory();
        state.AddBalance(Alice, 50);
        state.SetStorage(Alice, 3, 33);
        state.FinishTransaction(false);
        state.Commit(1);

        state.CreateAccount(Alice);
        Assert.Equal(new UInt256(50), state.GetBalance(Alice));
        Assert.Equal(UInt256.Zero, state.GetStorage(Alice, 3));
        Assert.Equal(UInt256.Zero, state.GetOriginalStorage(Alice, 3));
        state.FinishTransaction(false);
        state.Commit(2);

        var reopened = state.Store.ViewLatest();
        Assert.Equal(UInt256.Zero, reopened.GetStorage(Alice, 3));
        Assert.True(reopened.TryGetAccount(Alice, out var account));
        Assert.Equal(Account.EmptyTrieRoot, account.StorageRoot);
        Assert.Empty(state.Store.Database[Core.Db.DbTable.Storage].Iterate(Alice.ToArray()));
    }

    [Fact]
    public void Transient_storage_is_journaled_and_cleared_when_the_transaction_ends()
    {
        var state = WorldState.InMemory();
        state.SetTransientStorage(Alice, 1, 5);
        var snapshot = state.TakeSnapshot();
        state.SetTransientStorage(Alice, 1, 6);
        Assert.Equal(new UInt256(6), state.GetTransientStorage(Alice, 1));
        state.RevertToSnapshot(snapshot);
        Assert.Equal(new UInt256(5), state.GetTransientStorage(Alice, 1));
        state.FinishTransaction(true);
        Assert.Equal(UInt256.Zero, state.GetTransientStorage(Alice, 1));
        Assert.False(state.AccountExists(Alice));
    }

    [Fact]
    public void Touched_empty_accounts_are_deleted_at_the_end_of_the_transaction_under_EIP_161()
    {
        var state = WorldState.InMemory();
        state.CreateAccount(Alice);
        state.CreateAccount(Bob);
        state.FinishTransaction(false);
        state.Commit(1);
        Assert.True(state.AccountExists(Alice));

        state.AddBalance(Alice, UInt256.Zero);
        state.FinishTransaction(true);
        Assert.False(state.AccountExists(Alice));
        Assert.True(state.AccountExists(Bob));
    }

    [Fact]
    public void A_reverted_touch_does_not_delete_the_account()
    {
        var state = WorldState.InMemory();
        state.CreateAccount(Alice);
        state.FinishTransaction(false);
        var snapshot = state.TakeSnapshot();
        state.Touch(Alice);
        state.RevertToSnapshot(snapshot);
        state.FinishTransaction(true);
        Assert.True(state.AccountExists(Alice));
    }

    [Fact]
    public void Adding_zero_to_a_missing_account_creates_nothing()
    {
        var state = WorldState.InMemory();
        state.AddBalance(Alice, UInt256.Zero);
        state.FinishTransaction(false);
        Assert.False(state.AccountExists(Alice));
        Assert.Equal(Keccak256.OfEmptyString, state.ComputeStateRoot());
    }

    [Fact]
    public void Subtracting_more_than_the_balance_throws_and_changes_nothing()
    {
        var state = WorldState.InMemory();
        state.AddBalance(Alice, 10);
        Assert.Throws<InvalidOperationException>(() => state.SubtractBalance(Alice, 11));
        Assert.Equal(new UInt256(10), state.GetBalance(Alice));
    }

    [Fact]
    public void Computing_the_root_or_committing_with_an_open_transaction_is_refused()
    {
        var state = WorldState.InMemory();
        state.AddBalance(Alice, 1);
        Assert.Throws<InvalidOperationException>(() => state.ComputeStateRoot());
        Assert.Throws<InvalidOperationException>(() => state.Commit(1));
    }

    [Fact]
    public void The_computed_root_equals_the_committed_root_and_views_of_every_block_stay_readable()
    {
        var store = new StateStore(new MemoryDatabase());
        var state = store.BeginLatest();
        var roots = new List<Hash256>();
        for (var block = 1ul; block <= 5; block++)
        {
            state.AddBalance(Alice, 1);
            state.SetStorage(Bob, block, block * 100);
            state.FinishTransaction(false);
            var computed = state.ComputeStateRoot();
            var committed = state.Commit(block);
            Assert.Equal(computed, committed);
            roots.Add(committed);
        }

        for (var block = 1; block <= 5; block++)
        {
            Assert.True(store.TryGetRoot((ulong)block, out var root));
            Assert.Equal(roots[block - 1], root);
            var view = store.ViewAt(root);
            Assert.Equal(new UInt256((ulong)block), view.GetBalance(Alice));
            Assert.Equal(new UInt256((ulong)block * 100), view.GetStorage(Bob, (ulong)block));
            Assert.Equal(block < 5 ? UInt256.Zero : new UInt256(500), view.GetStorage(Bob, 5));
        }

        Assert.Equal(new StateHead(5, roots[^1]), store.Head);
    }

    [Fact]
    public void A_world_state_at_an_old_root_can_compute_but_not_commit()
    {
        var store = new StateStore(new MemoryDatabase());
        var state = store.BeginLatest();
        state.AddBalance(Alice, 1);
        state.FinishTransaction(false);
        var first = state.Commit(1);
        state.AddBalance(Alice, 1);
        state.FinishTransaction(false);
        state.Commit(2);

        var old = store.BeginAt(first);
        Assert.Equal(UInt256.One, old.GetBalance(Alice));
        old.AddBalance(Alice, 1);
        old.FinishTransaction(false);
        Assert.Equal(store.HeadRoot, old.ComputeStateRoot());
        Assert.Throws<StateException>(() => old.Commit(3));
    }

    [Fact]
    public void A_side_branch_state_committed_detached_is_readable_by_root_and_leaves_the_head_and_flat_tables_alone()
    {
        var store = new StateStore(new MemoryDatabase());
        var state = store.BeginLatest();
        state.AddBalance(Alice, 10);
        state.SetStorage(Alice, 1, 1);
        state.FinishTransaction(false);
        var parent = state.Commit(1);

        var side = store.BeginAt(parent);
        side.AddBalance(Bob, 5);
        side.SetStorage(Alice, 1, 2);
        side.SetCode(Bob, new byte[] { 0x60, 0x07 });
        side.FinishTransaction(false);
        var sideRoot = side.CommitDetached();

        // The side state continues: a child on top of it, stored too.
        side.SetStorage(Alice, 2, 3);
        side.FinishTransaction(false);
        var childRoot = side.CommitDetached();
        Assert.Throws<StateException>(() => side.Commit(2));

        Assert.Equal(new StateHead(1, parent), store.Head);
        Assert.Equal(UInt256.One, store.ViewLatest().GetStorage(Alice, 1));
        Assert.False(store.ViewLatest().AccountExists(Bob));
        var view = store.ViewAt(sideRoot);
        Assert.Equal(new UInt256(5), view.GetBalance(Bob));
        Assert.Equal(new UInt256(2), view.GetStorage(Alice, 1));
        Assert.Equal(new byte[] { 0x60, 0x07 }, view.GetCode(Bob).ToArray());
        Assert.Equal(new UInt256(3), store.ViewAt(childRoot).GetStorage(Alice, 2));
        Assert.Equal(new UInt256(3), store.BeginAt(childRoot).GetStorage(Alice, 2));
    }

    [Fact]
    public void Detached_commits_are_refused_when_history_is_pruned()
    {
        var state = new StateStore(new MemoryDatabase(), StateHistory.KeepLast(4)).BeginLatest();
        state.AddBalance(Alice, 1);
        state.FinishTransaction(false);
        Assert.Throws<StateException>(() => state.CommitDetached());
    }

    [Fact]
    public void Committing_a_block_number_that_does_not_follow_the_head_is_refused()
    {
        var state = WorldState.InMemory();
        state.AddBalance(Alice, 1);
        state.FinishTransaction(false);
        state.Commit(5);
        state.AddBalance(Alice, 1);
        state.FinishTransaction(false);
        Assert.Throws<StateException>(() => state.Commit(5));
    }

    [Fact]
    public void Views_of_roots_that_were_never_stored_are_refused_with_a_clear_error()
    {
        var store = new StateStore(new MemoryDatabase());
        var error = Assert.Throws<StateException>(() => store.ViewAt(Keccak256.Compute([1, 2, 3])));
        Assert.Contains("No state with root", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_deleted_account_loses_its_storage_in_the_flat_table_and_the_trie()
    {
        var store = new StateStore(new MemoryDatabase());
        var state = store.BeginLatest();
        state.AddBalance(Alice, 1);
        for (var slot = 0ul; slot < 20; slot++)
        {
            state.SetStorage(Alice, slot, slot + 1);
        }

        state.FinishTransaction(false);
        state.Commit(1);
        Assert.Equal(20, store.Database[Core.Db.DbTable.Storage].Iterate(Alice.ToArray()).Count());

        state.DeleteAccount(Alice);
        state.FinishTransaction(false);
        var root = state.Commit(2);
        Assert.Equal(Keccak256.OfEmptyString, root);
        Assert.Empty(store.Database[Core.Db.DbTable.Storage].Iterate(Alice.ToArray()));
        Assert.Equal(UInt256.Zero, store.ViewLatest().GetStorage(Alice, 3));
    }

    [Fact]
    public void Proofs_from_a_view_verify_against_its_root()
    {
        var store = new StateStore(new MemoryDatabase());
        var state = store.BeginLatest();
        for (var i = 1; i <= 50; i++)
        {
            var address = new Address(Keccak256.Compute([(byte)i]).Bytes[..20]);
            state.AddBalance(address, (ulong)i);
            state.SetStorage(address, 7, (ulong)i);
        }

        state.AddBalance(Alice, 99);
        state.SetStorage(Alice, 1, 0xbeef);
        state.FinishTransaction(false);
        var root = state.Commit(1);

        var proof = store.ViewAt(root).GetProof(Alice, [1, 2]);
        Assert.NotNull(proof.Account);
        var (valid, value) = Glow.State.Trie.TrieProof.Verify(root, Keccak256.ComputeBytes(Alice.Bytes), proof.Nodes);
        Assert.True(valid);
        Assert.Equal(AccountCodec.Encode(proof.Account.Value), value);
        var storageRoot = proof.Account.Value.StorageRoot;
        var (slotValid, slotValue) = Glow.State.Trie.TrieProof.Verify(storageRoot, Keccak256.ComputeBytes(new UInt256(1).ToBigEndian()), proof.Storage[0].Nodes);
        Assert.True(slotValid);
        Assert.Equal(new byte[] { 0x82, 0xbe, 0xef }, slotValue);
        var (absentValid, absent) = Glow.State.Trie.TrieProof.Verify(storageRoot, Keccak256.ComputeBytes(new UInt256(2).ToBigEndian()), proof.Storage[1].Nodes);
        Assert.True(absentValid);
        Assert.Null(absent);
        Assert.Equal(UInt256.Zero, proof.Storage[1].Value);

        var missing = store.ViewAt(root).GetProof(Bob, []);
        Assert.Null(missing.Account);
        Assert.True(Glow.State.Trie.TrieProof.Verify(root, Keccak256.ComputeBytes(Bob.Bytes), missing.Nodes).Valid);
    }

    [Fact]
    public void State_committed_to_SQLite_is_read_back_after_reopening()
    {
        using var directory = new Db.TempDirectory();
        Hash256 root;
        using (var database = SqliteDatabase.Open(directory.Path))
        {
            var state = new StateStore(database).BeginLatest();
            state.AddBalance(Alice, 1234);
            state.SetNonce(Alice, 3);
            state.SetCode(Bob, new byte[] { 0x60, 0x01, 0x00 });
            state.SetStorage(Bob, 9, 99);
            state.FinishTransaction(false);
            root = state.Commit(1);
        }

        using (var database = SqliteDatabase.Open(directory.Path))
        {
            var store = new StateStore(database);
            Assert.Equal(new StateHead(1, root), store.Head);
            foreach (var view in new[] { store.ViewLatest(), store.ViewAt(root) })
            {
                Assert.Equal(new UInt256(1234), view.GetBalance(Alice));
                Assert.Equal(3ul, view.GetNonce(Alice));
                Assert.Equal(new byte[] { 0x60, 0x01, 0x00 }, view.GetCode(Bob).ToArray());
                Assert.Equal(new UInt256(99), view.GetStorage(Bob, 9));
            }

            var state = store.BeginLatest();
            Assert.Equal(root, state.BaseRoot);
            Assert.Equal(new UInt256(99), state.GetStorage(Bob, 9));
        }
    }

    [Fact]
    public void The_benchmark_workload_of_10000_accounts_has_the_root_ethereumjs_computes()
    {
        // benchmarks/js/state-root.mjs 10000 (@ethereumjs/mpt 10.1.3) printed this root.
        var state = WorldState.InMemory();
        StateBenchmarkWorkload.Populate(state, 10_000);
        Assert.Equal(Hash256.Parse("0x0f0d08cdfe21b98798a289c99a57619841edb058fb0df8d60e16c6a303e5c872"), state.ComputeStateRoot());
        Assert.Equal(StateBenchmarkWorkload.RootOf10000, state.ComputeStateRoot());
    }

    [Fact]
    public void The_history_mode_is_fixed_when_the_database_is_created()
    {
        var database = new MemoryDatabase();
        var state = new StateStore(database).BeginLatest();
        state.AddBalance(Alice, 1);
        state.FinishTransaction(false);
        state.Commit(1);

        var error = Assert.Throws<Core.Db.DatabaseException>(() => new StateStore(database, StateHistory.KeepLast(16)));
        Assert.Contains("archive", error.Message, StringComparison.Ordinal);

        var pruned = new MemoryDatabase();
        _ = new StateStore(pruned, StateHistory.KeepLast(16));
        Assert.Throws<Core.Db.DatabaseException>(() => new StateStore(pruned));
        Assert.Equal(StateHistory.KeepLast(32), new StateStore(pruned, StateHistory.KeepLast(32)).History);
    }
}
