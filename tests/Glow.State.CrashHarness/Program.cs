using System.Globalization;
using Glow.State.Db;

namespace Glow.State.CrashHarness;

/// <summary>
/// <c>dotnet Glow.State.CrashHarness.dll &lt;directory&gt; [--rows N] [--batches N] [--sync full]</c>: opens the
/// SqliteDatabase in the directory and commits batches (<see cref="CrashBatches"/>) numbered from the marker + 1,
/// printing <c>begin n</c> before building batch n, <c>commit n</c> right before its SQL COMMIT and
/// <c>committed n</c> once <c>Commit</c> returned, until killed or after <c>--batches</c> batches. Exits when its
/// standard input closes, so it never outlives the test that started it. With <c>--world</c> each batch is instead
/// block n of <see cref="CrashBlocks"/> committed through a <see cref="WorldState"/> (<c>--rows</c> writes per block).
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
        for (var a = 1; a < args.Length; a += 2)
        {
            if (args[a] == "--world")
            {
                world = true;
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
}
