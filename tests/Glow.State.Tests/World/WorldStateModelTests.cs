using Glow.Core;
using Glow.Core.Db;
using Glow.Core.Numerics;
using Glow.Core.State;
using Glow.State.Db;
using Glow.State.Trie;

namespace Glow.State.Tests.World;

/// <summary>
/// Random sequences of changes, snapshots, reverts and commits against a plain dictionary model: every read must
/// agree with the model, every root must equal the root of the model's content built from scratch, and every kept
/// block must stay readable. With pruning, the node table must hold exactly the nodes reachable from the kept
/// blocks' states: nothing needed is deleted, nothing unneeded is left.
/// </summary>
public class WorldStateModelTests
{
    private const int AddressCount = 40;
    private const int SlotCount = 24;

    [Theory]
    [InlineData(1, 0)]
    [InlineData(2, 0)]
    [InlineData(3, 1)]
    [InlineData(4, 2)]
    [InlineData(5, 5)]
    [InlineData(6, 16)]
    public void Random_changes_agree_with_a_model_and_kept_history_stays_exactly_readable(int seed, int keptBlocks) =>
        Run(seed, keptBlocks, moves: false);

    /// <summary>
    /// The same with head moves (issue 5): rewinds to a random earlier block, and in archive mode side branches built
    /// from a random ancestor with <see cref="WorldState.CommitDetached"/>, then either made canonical by
    /// <see cref="StateStore.MoveHead"/> or abandoned. After each move the flat tables must equal the model row for
    /// row, reads through <see cref="StateStore.ViewLatest"/> must agree with it, the head and canonical roots must be
    /// right, and committing must continue from the new head. With pruning (rewinds inside the kept window only) the
    /// node table must still be exactly the nodes reachable from the kept states.
    /// </summary>
    [Theory]
    [InlineData(11, 0)]
    [InlineData(12, 0)]
    [InlineData(13, 0)]
    [InlineData(14, 3)]
    [InlineData(15, 5)]
    [InlineData(16, 16)]
    public void Random_changes_with_rewinds_and_branch_switches_agree_with_a_model(int seed, int keptBlocks) =>
        Run(seed, keptBlocks, moves: true);

    private static void Run(int seed, int keptBlocks, bool moves)
    {
        var history = keptBlocks == 0 ? StateHistory.Archive : StateHistory.KeepLast(keptBlocks);
        var database = new MemoryDatabase();
        var store = new StateStore(database, history, nodeCacheSlots: 1);
        var state = store.BeginLatest();
        var random = new Random(seed);
        var addresses = Enumerable.Range(1, AddressCount).Select(i => new Address(Core.Crypto.Keccak256.Compute([(byte)i, (byte)seed]).Bytes[..20])).ToArray();
        var model = new Model();
        var snapshots = new List<(int Journal, Model Copy)>();
        var committed = new List<(ulong Block, Hash256 Root, Model Copy)>();
        List<(ulong Block, Hash256 Root, Model Copy)>? side = null;
        var movesMade = 0;
        var commits = 0;
        ulong block = 0;

        // Pruning: the blocks up to this one have released their obsolete nodes (it only grows, even when the head
        // moves back), so the states below it are gone but the last one committed at or below it.
        ulong released = 0;
        for (var step = 0; step < 4_000; step++)
        {
            var address = addresses[random.Next(random.Next(2) == 0 ? 6 : AddressCount)];
            var op = random.Next(20);
            switch (op)
            {
                case 0 or 1 or 2:
                    var amount = (UInt256)(ulong)random.Next(0, 1000);
                    state.AddBalance(address, amount);
                    if (!amount.IsZero)
                    {
                        model.Get(address).Balance += amount;
                    }

                    break;
                case 3:
                    if (model.Accounts.TryGetValue(address, out var payer) && payer.Balance > UInt256.Zero)
                    {
                        var take = (UInt256)(ulong)random.Next(1, (int)Math.Min(1000, (ulong)payer.Balance) + 1);
                        state.SubtractBalance(address, take);
                        payer.Balance -= take;
                    }

                    break;
                case 4:
                    var nonce = (ulong)random.Next(0, 5);
                    state.SetNonce(address, nonce);
                    model.Get(address).Nonce = nonce;
                    break;
                case 5:
                    var code = new byte[random.Next(0, 3) * 17];
                    random.NextBytes(code);
                    state.SetCode(address, code);
                    model.Get(address).Code = code;
                    break;
                case 6 or 7 or 8 or 9 or 10 or 11:
                    var slot = (UInt256)(ulong)random.Next(SlotCount);
                    var value = random.Next(3) == 0 ? UInt256.Zero : (UInt256)(ulong)random.Next(1, 1_000_000);
                    state.SetStorage(address, slot, value);
                    model.Get(address).SetSlot(slot, value);
                    break;
                case 12:
                    state.CreateAccount(address);
                    var balance = model.Accounts.TryGetValue(address, out var existing) ? existing.Balance : UInt256.Zero;
                    model.Accounts[address] = new ModelAccount { Balance = balance };
                    break;
                case 13:
                    state.DeleteAccount(address);
                    model.Accounts.Remove(address);
                    break;
                case 14 or 15:
                    snapshots.Add((state.TakeSnapshot(), model.Copy()));
                    break;
                case 16:
                    if (snapshots.Count > 0)
                    {
                        var index = random.Next(snapshots.Count);
                        state.RevertToSnapshot(snapshots[index].Journal);
                        model = snapshots[index].Copy.Copy();
                        snapshots.RemoveRange(index, snapshots.Count - index);
                    }

                    break;
                case 17:
                    state.FinishTransaction(false);
                    snapshots.Clear();
                    break;
                default:
                    state.FinishTransaction(false);
                    snapshots.Clear();
                    if (random.Next(3) == 0)
                    {
                        Assert.Equal(RootOf(model), state.ComputeStateRoot());
                    }

                    if (side is not null)
                    {
                        // A block of a side branch: stored, not made the head.
                        block++;
                        var sideRoot = state.CommitDetached();
                        commits++;
                        Assert.Equal(RootOf(model), sideRoot);
                        side.Add((block, sideRoot, model.Copy()));
                        var choice = random.Next(4);
                        if (choice == 0)
                        {
                            // The side branch becomes canonical: a reorganisation.
                            var fork = side[0].Block - 1;
                            var target = side[^1];
                            store.MoveHead(new StateHead(target.Block, target.Root), side.Select(entry => new StateHead(entry.Block, entry.Root)).ToList());
                            committed.RemoveAll(entry => entry.Block > fork);
                            committed.AddRange(side);
                            side = null;
                            movesMade++;
                            state = store.BeginLatest();
                            CheckHead(store, model, committed, released, addresses);
                        }
                        else if (choice == 1)
                        {
                            // Abandoned: back to building on the head.
                            side = null;
                            (block, _, var headModel) = committed[^1];
                            model = headModel.Copy();
                            state = store.BeginLatest();
                        }

                        break;
                    }

                    block += (ulong)random.Next(1, 3);
                    var root = state.Commit(block);
                    commits++;
                    Assert.Equal(RootOf(model), root);
                    committed.Add((block, root, model.Copy()));
                    if (history.IsPruning)
                    {
                        released = Math.Max(released, block + 1 - Math.Min((ulong)keptBlocks, block + 1));
                        CheckNodesAreExactlyTheKeptOnes(store, committed, released);
                    }

                    if (moves && committed.Count > 1 && random.Next(6) == 0)
                    {
                        // Rewind to an earlier block still kept.
                        var candidates = committed.Where(entry => entry.Block >= released && entry.Block < block).ToList();
                        if (candidates.Count > 0)
                        {
                            var target = candidates[random.Next(candidates.Count)];
                            store.MoveHead(new StateHead(target.Block, target.Root), []);
                            committed.RemoveAll(entry => entry.Block > target.Block);
                            block = target.Block;
                            model = target.Copy.Copy();
                            movesMade++;
                            state = store.BeginLatest();
                            CheckHead(store, model, committed, released, addresses);
                            if (history.IsPruning)
                            {
                                CheckNodesAreExactlyTheKeptOnes(store, committed, released);
                            }
                        }
                    }
                    else if (moves && !history.IsPruning && random.Next(6) == 0)
                    {
                        // Start a side branch from a random canonical block (the head included).
                        var fork = committed[random.Next(committed.Count)];
                        state = store.BeginAt(fork.Root);
                        model = fork.Copy.Copy();
                        block = fork.Block;
                        side = [];
                    }

                    break;
            }

            if (step % 50 == 0)
            {
                CheckReads(state, model, addresses);
            }
        }

        Assert.True(commits > 50, $"only {commits} commits");
        Assert.True(!moves || movesMade > 10, $"only {movesMade} head moves");
        foreach (var (number, root, copy) in committed)
        {
            if (!history.IsPruning || IsKept(committed, number, released))
            {
                if (!history.IsPruning || number >= released)
                {
                    Assert.True(store.TryGetRoot(number, out var stored));
                    Assert.Equal(root, stored);
                }

                CheckReads(store.ViewAt(root), copy, addresses);
            }
            else
            {
                Assert.False(store.TryGetRoot(number, out _));
            }
        }
    }

    /// <summary>After a head move: the head, the canonical roots, the flat tables and latest reads all match the model.</summary>
    private static void CheckHead(StateStore store, Model model, List<(ulong Block, Hash256 Root, Model Copy)> committed, ulong released, Address[] addresses)
    {
        var head = committed[^1];
        Assert.Equal(new StateHead(head.Block, head.Root), store.Head);
        Assert.Equal(RootOf(model), store.HeadRoot);
        Assert.False(store.TryGetRoot(head.Block + 1, out _));
        Assert.False(store.TryGetRoot(head.Block + 2, out _));
        foreach (var (number, root, _) in committed.TakeLast(4).Where(entry => entry.Block >= released))
        {
            Assert.True(store.TryGetRoot(number, out var stored));
            Assert.Equal(root, stored);
        }

        CheckFlatTables(store, model);
        CheckReads(store.ViewLatest(), model, addresses);
    }

    /// <summary>The flat tables hold exactly the model: one account row per account, as the head's trie stores it, and one storage row per non-zero slot.</summary>
    private static void CheckFlatTables(StateStore store, Model model)
    {
        var accounts = store.Database[DbTable.Accounts].Iterate([]).ToList();
        Assert.Equal(model.Accounts.Keys.ToList(), accounts.Select(pair => new Address(pair.Key)).ToList());
        var trie = new PatriciaTrie(store.Nodes, store.HeadRoot);
        foreach (var (key, value) in accounts)
        {
            Assert.Equal(trie.Get(Core.Crypto.Keccak256.ComputeBytes(key)), value);
            var account = AccountCodec.Decode(value);
            var expected = model.Accounts[new Address(key)];
            Assert.Equal(expected.Balance, account.Balance);
            Assert.Equal(expected.Nonce, account.Nonce);
            Assert.Equal(expected.Code.Length == 0 ? Core.Crypto.Keccak256.OfEmpty : Core.Crypto.Keccak256.Compute(expected.Code), account.CodeHash);
        }

        var rows = store.Database[DbTable.Storage].Iterate([])
            .Select(pair => (new Address(pair.Key.AsSpan(0, Address.Size)), UInt256.FromBigEndian(pair.Key.AsSpan(Address.Size)), UInt256.FromBigEndian(pair.Value)))
            .ToList();
        var slots = model.Accounts.SelectMany(account => account.Value.Storage.Select(slot => (account.Key, slot.Key, slot.Value))).ToList();
        Assert.Equal(slots, rows);
    }

    /// <summary>
    /// Pruning: whether the state of canonical block <paramref name="number"/> is kept: at or above the released
    /// bound, or the last committed at or below it (its nodes leave only at a later block).
    /// </summary>
    private static bool IsKept(List<(ulong Block, Hash256 Root, Model Copy)> committed, ulong number, ulong released) =>
        number >= released || number == committed.LastOrDefault(entry => entry.Block <= released).Block;

    private static void CheckReads(IReadOnlyWorldState state, Model model, Address[] addresses)
    {
        foreach (var address in addresses)
        {
            var exists = model.Accounts.TryGetValue(address, out var account);
            Assert.Equal(exists, state.AccountExists(address));
            Assert.Equal(exists ? account!.Balance : UInt256.Zero, state.GetBalance(address));
            Assert.Equal(exists ? account!.Nonce : 0, state.GetNonce(address));
            Assert.Equal(exists ? account!.Code : [], state.GetCode(address).ToArray());
            for (var slot = 0ul; slot < SlotCount; slot += 5)
            {
                var expected = exists && account!.Storage.TryGetValue(slot, out var value) ? value : UInt256.Zero;
                Assert.Equal(expected, state.GetStorage(address, slot));
            }
        }
    }

    private static Hash256 RootOf(Model model)
    {
        var fresh = WorldState.InMemory();
        foreach (var (address, account) in model.Accounts)
        {
            fresh.CreateAccount(address);
            fresh.AddBalance(address, account.Balance);
            fresh.SetNonce(address, account.Nonce);
            fresh.SetCode(address, account.Code);
            foreach (var (slot, value) in account.Storage)
            {
                fresh.SetStorage(address, slot, value);
            }
        }

        fresh.FinishTransaction(false);
        return fresh.ComputeStateRoot();
    }

    /// <summary>The node table must equal the set of nodes reachable from the states of the kept blocks.</summary>
    private static void CheckNodesAreExactlyTheKeptOnes(StateStore store, List<(ulong Block, Hash256 Root, Model Copy)> committed, ulong released)
    {
        // Kept: the states at heights h - K + 1 .. h (or from the highest bound released so far, after a rewind). When
        // no block was committed at that bound itself, the state there is that of the last block committed below it,
        // which is kept too.
        var reachable = new HashSet<Hash256>();
        var head = committed[^1].Block;
        foreach (var (number, root, _) in committed)
        {
            if (!IsKept(committed, number, released))
            {
                continue;
            }

            var nodes = new List<Hash256>();
            PatriciaTrie.CollectStoredNodes(store.Nodes, root, nodes);
            foreach (var (_, value) in new PatriciaTrie(store.Nodes, root).Enumerate())
            {
                var account = AccountCodec.Decode(value);
                PatriciaTrie.CollectStoredNodes(store.Nodes, account.StorageRoot, nodes);
            }

            reachable.UnionWith(nodes);
        }

        var stored = store.Database[DbTable.TrieNodes].Iterate([]).Select(pair => new Hash256(pair.Key)).ToHashSet();
        var leaked = stored.Except(reachable).Count();
        Assert.True(stored.SetEquals(reachable), $"at block {head}: {leaked} unreachable nodes kept, {reachable.Except(stored).Count()} reachable nodes missing");
    }

    private sealed class Model
    {
        public SortedDictionary<Address, ModelAccount> Accounts { get; private init; } = [];

        public ModelAccount Get(in Address address)
        {
            if (!Accounts.TryGetValue(address, out var account))
            {
                account = new ModelAccount();
                Accounts[address] = account;
            }

            return account;
        }

        public Model Copy() => new() { Accounts = new SortedDictionary<Address, ModelAccount>(Accounts.ToDictionary(pair => pair.Key, pair => pair.Value.Copy())) };
    }

    private sealed class ModelAccount
    {
        public UInt256 Balance { get; set; }

        public ulong Nonce { get; set; }

        public byte[] Code { get; set; } = [];

        public SortedDictionary<UInt256, UInt256> Storage { get; private init; } = [];

        public void SetSlot(in UInt256 slot, in UInt256 value)
        {
            if (value.IsZero)
            {
                Storage.Remove(slot);
            }
            else
            {
                Storage[slot] = value;
            }
        }

        public ModelAccount Copy() => new() { Balance = Balance, Nonce = Nonce, Code = Code, Storage = new SortedDictionary<UInt256, UInt256>(Storage) };
    }
}
