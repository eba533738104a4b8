using System.Diagnostics;
using System.Globalization;
using Glow.Core;
using Glow.Core.Crypto;
using Glow.Core.Db;
using Glow.Core.Numerics;
using Glow.State;
using Glow.State.Db;
using Glow.State.Trie;

namespace Glow.Cli.Bench;

/// <summary>
/// <c>utg bench statemove</c>: moving the state head (a reorganisation or rewind) on SQLite. N accounts (default
/// 100,000; <see cref="StateBenchmarkWorkload"/>) plus 10 contracts of 100 slots are block 0; block 1 changes the
/// balance of 1,000 of them and 100 slots. The head then moves back and forth between the two
/// (<see cref="StateStore.MoveHead"/>, which rewrites the flat tables from the difference of the tries), and, for
/// comparison, the flat tables are rebuilt from scratch from the head's tries, which is what a head move would cost
/// without the difference walk. The last line holds both medians.
/// </summary>
internal sealed class StateMoveBenchmark : IQuickBenchmark
{
    private const int DefaultAccounts = 100_000;
    private const int ChangedAccounts = 1_000;
    private const int Contracts = 10;
    private const int SlotsPerContract = 100;
    private const int ChangedSlots = 100;

    public string Name => "statemove";

    public string Description =>
        "state head moves on SQLite: MoveHead between two heads 1,000 accounts apart on N accounts vs rebuilding the flat tables";

    public void Run(BenchOptions options, TextWriter output)
    {
        var accounts = options.Size ?? DefaultAccounts;
        var directory = Directory.CreateTempSubdirectory("glow-bench-statemove-");
        try
        {
            using var database = SqliteDatabase.Open(directory.FullName);
            var store = new StateStore(database);
            var (zero, one) = Build(store, accounts);
            output.WriteLine(Invariant($"{accounts:N0} accounts and {Contracts * SlotsPerContract:N0} slots committed; block 1 changes {ChangedAccounts:N0} accounts and {ChangedSlots} slots"));

            var moves = new double[options.Rounds];
            var head = one;
            for (var round = -1; round < options.Rounds; round++)
            {
                var target = head == one ? zero : one;
                var start = Stopwatch.GetTimestamp();
                var move = store.MoveHead(target, target == one ? [one] : []);
                var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
                head = target;
                if (round >= 0)
                {
                    moves[round] = seconds;
                    output.WriteLine(Invariant($"  move to block {target.BlockNumber}: {seconds * 1000:F1} ms ({move.AccountsChanged:N0} accounts, {move.SlotsChanged:N0} slots rewritten)"));
                }
            }

            var rebuilds = new double[Math.Min(options.Rounds, 3)];
            for (var round = 0; round < rebuilds.Length; round++)
            {
                var start = Stopwatch.GetTimestamp();
                var rows = RebuildFlatTables(store);
                rebuilds[round] = Stopwatch.GetElapsedTime(start).TotalSeconds;
                output.WriteLine(Invariant($"  rebuild of the flat tables: {rebuilds[round] * 1000:F0} ms ({rows:N0} rows)"));
            }

            var moveMedian = QuickMeasure.Median(moves);
            var rebuildMedian = QuickMeasure.Median(rebuilds);
            output.WriteLine(Invariant(
                $"statemove: {accounts:N0} accounts, heads {ChangedAccounts:N0} accounts apart: MoveHead {moveMedian * 1000:F1} ms, flat rebuild {rebuildMedian * 1000:F0} ms ({rebuildMedian / moveMedian:F0}x)"));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static (StateHead Zero, StateHead One) Build(StateStore store, int accounts)
    {
        var state = store.BeginLatest();
        StateBenchmarkWorkload.Populate(state, accounts);
        for (var c = 0; c < Contracts; c++)
        {
            var contract = StateBenchmarkWorkload.Address((ulong)c);
            for (var slot = 0; slot < SlotsPerContract; slot++)
            {
                state.SetStorage(contract, (ulong)slot, (ulong)slot + 1);
            }
        }

        state.FinishTransaction(false);
        var zero = new StateHead(0, state.Commit(0));
        var random = new Random(5);
        for (var i = 0; i < ChangedAccounts; i++)
        {
            state.AddBalance(StateBenchmarkWorkload.Address((ulong)random.Next(accounts)), UInt256.One);
        }

        for (var i = 0; i < ChangedSlots; i++)
        {
            state.SetStorage(StateBenchmarkWorkload.Address((ulong)random.Next(Contracts)), (ulong)random.Next(SlotsPerContract), (ulong)random.Next(1_000, 1_000_000));
        }

        state.FinishTransaction(false);
        return (zero, new StateHead(1, state.Commit(1)));
    }

    /// <summary>What a head move costs without the difference walk: delete every flat row and write them again from the tries.</summary>
    private static int RebuildFlatTables(StateStore store)
    {
        var database = store.Database;
        var preimages = database[DbTable.Preimages];
        using var batch = database.StartBatch();
        foreach (var (key, _) in database[DbTable.Accounts].Iterate([]))
        {
            batch.Delete(DbTable.Accounts, key);
        }

        foreach (var (key, _) in database[DbTable.Storage].Iterate([]))
        {
            batch.Delete(DbTable.Storage, key);
        }

        var rows = 0;
        var flatKey = new byte[Address.Size + 32];
        foreach (var (hashedAddress, value) in new PatriciaTrie(store.Nodes, store.HeadRoot).Enumerate())
        {
            var address = preimages.Get(hashedAddress)!;
            batch.Put(DbTable.Accounts, address, value);
            rows++;
            var account = Core.State.AccountCodec.Decode(value);
            if (account.StorageRoot == Keccak256.OfEmptyString)
            {
                continue;
            }

            address.CopyTo(flatKey, 0);
            foreach (var (hashedSlot, encoded) in new PatriciaTrie(store.Nodes, account.StorageRoot).Enumerate())
            {
                preimages.Get(hashedSlot)!.CopyTo(flatKey, Address.Size);
                // The trie holds RLP(value); the flat row the value's big-endian bytes (the RLP string's payload).
                batch.Put(DbTable.Storage, flatKey, encoded.Length == 1 ? encoded : encoded.AsSpan(1));
                rows++;
            }
        }

        batch.Commit();
        return rows;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
