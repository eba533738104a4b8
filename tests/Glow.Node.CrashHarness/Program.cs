using System.Globalization;
using Glow.Core.Blocks;
using Glow.Node.Chain;
using Glow.State;
using Glow.State.Db;

namespace Glow.Node.CrashHarness;

/// <summary>
/// <c>dotnet Glow.Node.CrashHarness.dll &lt;directory&gt; [--blocks N] [--spill-mb N] [--hold-commit N]</c>: opens the
/// chain in the SQLite data directory (state pruned to the last <see cref="KeptBlocks"/> blocks), reads its head, and
/// imports the blocks of <see cref="CrashChain"/> that follow it through <see cref="BlockTree.Import"/> (each block
/// encoded and decoded first, as one from the network), up to block N (default <see cref="CrashChain.DefaultBlocks"/>).
/// Prints <c>ready n</c> with the first block it imports, <c>begin n</c> before importing block n, <c>commit n</c> right
/// before its SQL COMMIT, <c>stored n</c> once <c>Import</c> returned, and <c>head &lt;hash&gt;</c> at the end.
/// <c>--hold-commit N</c> stops for good right before block N's COMMIT (to be killed there); <c>--spill-mb</c> sets
/// <see cref="SqliteDatabaseOptions.BatchSpillMegabytes"/>. Exits when its standard input closes, so it never outlives
/// the test that started it. Exit codes: 0 done, 2 bad arguments, 4 the stored chain is not the generated one, 5 a
/// block was not imported as the new head.
/// </summary>
public static class Program
{
    /// <summary>The state history of the harness's database.</summary>
    public const int KeptBlocks = 16;

    public static int Main(string[] args)
    {
        if (args.Length == 0 || args.Length % 2 == 0)
        {
            Console.Error.WriteLine("usage: Glow.Node.CrashHarness <directory> [--blocks N] [--spill-mb N] [--hold-commit N]");
            return 2;
        }

        var blocks = CrashChain.DefaultBlocks;
        var spill = 16;
        var hold = -1L;
        for (var a = 1; a < args.Length; a += 2)
        {
            var value = int.Parse(args[a + 1], CultureInfo.InvariantCulture);
            switch (args[a])
            {
                case "--blocks":
                    blocks = value;
                    break;
                case "--spill-mb":
                    spill = value;
                    break;
                case "--hold-commit":
                    hold = value;
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
            BatchSpillMegabytes = spill,
            CommitStarting = () =>
            {
                var block = Interlocked.Read(ref current);
                if (block > 0)
                {
                    Console.Out.WriteLine($"commit {block}");
                }

                if (block == hold)
                {
                    Thread.Sleep(Timeout.Infinite);
                }
            },
        };
        using var database = SqliteDatabase.Open(args[0], options);
        var tree = new BlockTree(new ChainStore(database), new StateStore(database, StateHistory.KeepLast(KeptBlocks)), CrashChain.CreateProcessor(CrashChain.ImportClock(blocks)));
        var first = tree.Head.Number + 1;
        Console.Out.WriteLine($"ready {first}");
        using var generator = new CrashChain();
        for (var number = 1UL; number <= (ulong)blocks; number++)
        {
            var block = generator.Next();
            if (number < first)
            {
                if (number == first - 1 && block.Hash != tree.Head.Hash)
                {
                    Console.Error.WriteLine($"the stored head {tree.Head.Hash} (block {tree.Head.Number}) is not the generated block {block.Hash}");
                    return 4;
                }

                continue;
            }

            Console.Out.WriteLine($"begin {number}");
            Interlocked.Exchange(ref current, (long)number);
            var result = tree.Import(BlockCodec.Decode(BlockCodec.Encode(block)));
            if (result.Outcome != ImportOutcome.NewHead)
            {
                Console.Error.WriteLine($"block {number} was not imported as the new head: {result.Outcome} {result.Rejection}");
                return 5;
            }

            Console.Out.WriteLine($"stored {number}");
        }

        Console.Out.WriteLine($"head {tree.Head.Hash}");
        return 0;
    }
}
