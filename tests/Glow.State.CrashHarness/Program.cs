using System.Globalization;
using Glow.State.Db;

namespace Glow.State.CrashHarness;

/// <summary>
/// <c>dotnet Glow.State.CrashHarness.dll &lt;directory&gt; [--rows N] [--batches N] [--sync full]</c>: opens the
/// SqliteDatabase in the directory and commits batches (<see cref="CrashBatches"/>) numbered from the marker + 1,
/// printing <c>begin n</c> before building batch n, <c>commit n</c> right before its SQL COMMIT and
/// <c>committed n</c> once <c>Commit</c> returned, until killed or after <c>--batches</c> batches. Exits when its
/// standard input closes, so it never outlives the test that started it. With <c>--world</c> each batch is instead
/// block n of <see cref="CrashBlocks"/> committed through a <see cref="WorldState"/> (<c>--rows</c> writes per block);
/// with <c>--moves</c>, head moves between blocks 1 and 2 (see <c>MoveHeads</c>).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine("usage: Glow.State.CrashHarness <directory> [--rows N] [--batches N] [--sync full]");
            return 2;
        }

        var rows = 1000;
        var batches = 100_000;
        var synchronous = SqliteSynchronous.Normal;
        var world = false;
        var moves = false;
        for (var a = 1; a < args.Length; a += 2)
        {
            if (args[a] == "--world")
            {
                world = true;
                a--;
                continue;
            }

            if (args[a] == "--moves")
            {
                moves = true;
                a--;
                continue;
            }

            var value = args[a + 1];
            switch (args[a])
            {
                case "--rows":
                    rows = int.Parse(value, CultureInfo.InvariantCulture);
                    break;
                case "--batches":
                    batches = int.Parse(value, CultureInfo.InvariantCulture);
                    break;
                case "--sync":
                    synchronous = value == "full" ? SqliteSynchronous.Full : SqliteSynchronous.Normal;
                    break;
                default:
                    Console.Error.WriteLine($"unknown option {args[a]}");
                    return 2;
            }
        }

        // The test holds our standard input open; when it goes away, so do we.
        var watchdog = new Thread(() =>
        {
            _ = Console.In.ReadToEnd();
            Environment.Exit(3);
        })
        {
            IsBackground = true,
        };
        watchdog.Start();

        long current = 0;
        var options = new SqliteDatabaseOptions
        {
            Synchronous = synchronous,
            CommitStarting = () => Console.Out.WriteLine($"commit {current}"),
        };
        using var database = SqliteDatabase.Open(args[0], options);
        if (moves)
        {
            return MoveHeads(database, rows, batches, n => current = n);
        }

        if (world)
        {
            var store = new StateStore(database);
            var state = store.BeginLatest();
            var next = (long)(store.Head?.BlockNumber ?? 0) + 1;
            Console.Out.WriteLine($"ready {next}");
            for (current = next; current < next + batches; current++)
            {
                Console.Out.WriteLine($"begin {current}");
                CrashBlocks.Apply(state, current, rows);
                state.Commit((ulong)current);
                Console.Out.WriteLine($"committed {current}");
            }

            return 0;
        }

        var first = CrashBatches.LastCommitted(database) + 1;
        Console.Out.WriteLine($"ready {first}");
        for (current = first; current < first + batches; current++)
        {
            Console.Out.WriteLine($"begin {current}");
            using var batch = database.StartBatch();
            CrashBatches.Write(batch, current, rows);
            batch.Commit();
            Console.Out.WriteLine($"committed {current}");
        }

        return 0;
    }

    /// <summary>
    /// <c>--moves</c>: commits blocks 1 and 2 of <see cref="CrashBlocks"/> when the database is empty, then moves the head
    /// back and forth between them (<see cref="StateStore.MoveHead"/>): move n goes to block 1 when n is odd, to block 2
    /// when even, printing <c>begin n</c>, <c>commit n</c> and <c>committed n</c> as batches do.
    /// </summary>
    private static int MoveHeads(SqliteDatabase database, int rows, int moves, Action<long> setCurrent)
    {
        var store = new StateStore(database);
        if (store.Head is null)
        {
            var state = store.BeginLatest();
            CrashBlocks.Apply(state, 1, rows);
            state.Commit(1);
            CrashBlocks.Apply(state, 2, rows);
            state.Commit(2);
        }

        var one = new StateHead(1, CrashBlocks.ExpectedRoot(1, rows));
        var two = new StateHead(2, CrashBlocks.ExpectedRoot(2, rows));
        Console.Out.WriteLine("ready 1");
        for (var move = 1L; move <= moves; move++)
        {
            setCurrent(move);
            Console.Out.WriteLine($"begin {move}");
            var target = move % 2 == 1 ? one : two;
            store.MoveHead(target, [target]);
            Console.Out.WriteLine($"committed {move}");
        }

        return 0;
    }
}
