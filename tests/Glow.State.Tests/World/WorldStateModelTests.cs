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
    public void Random_changes_agree_with_a_model_and_kept_history_stays_exactly_readable(int seed, int keptBlocks)
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
        ulong block = 0;
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

                    block += (ulong)random.Next(1, 3);
                    var root = state.Commit(block);
                    Assert.Equal(RootOf(model), root);
                    committed.Add((block, root, model.Copy()));
                    if (history.IsPruning)
                    {
                        CheckNodesAreExactlyTheKeptOnes(store, committed, block, history.KeptBlocks);
                    }

                    break;
            }

            if (step % 50 == 0)
            {
                CheckReads(state, model, addresses);
            }
        }

        Assert.True(committed.Count > 50, $"only {committed.Count} commits");
        foreach (var (number, root, copy) in committed)
        {
            var kept = !history.IsPruning || number + (ulong)history.KeptBlocks > block;
            if (kept)
            {
                Assert.True(store.TryGetRoot(number, out var stored));
                Assert.Equal(root, stored);
                CheckReads(store.ViewAt(root), copy, addresses);
            }
            else
            {
                Assert.False(store.TryGetRoot(number, out _));
            }
        }
    }

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
    private static void CheckNodesAreExactlyTheKeptOnes(StateStore store, List<(ulong Block, Hash256 Root, Model Copy)> committed, ulong head, int kept)
    {
        // Kept: the states at heights h - K + 1 .. h. When no block was committed at h - K + 1 itself, the state there
        // is that of the last block committed below it, which is kept too.
        var reachable = new HashSet<Hash256>();
        var oldestKept = head + 1 - Math.Min((ulong)kept, head + 1);
        var stateAtOldest = committed.LastOrDefault(entry => entry.Block <= oldestKept).Block;
        foreach (var (number, root, _) in committed)
        {
            if (number < oldestKept && number != stateAtOldest)
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
