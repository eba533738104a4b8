using System.Diagnostics;
using System.Globalization;
using Glow.Core;
using Glow.Core.Chain;
using Glow.Core.Crypto;
using Glow.Core.Numerics;
using Glow.Core.Transactions;
using Glow.Node.Chain;
using Glow.Node.Processing;
using Glow.Node.Producing;
using Glow.Node.TxPool;
using Glow.State;
using Glow.State.Db;

namespace Glow.Cli.Bench;

/// <summary>
/// <c>utg bench chain</c>: N pre-signed EIP-1559 transfers (default 50,000) from 1,000 senders, as raw bytes, fed to the
/// pool of a fresh chain on SQLite (decoding, sender recovery on every core, pool insertion), then blocks of 100 M gas
/// produced and committed until all are included. Prints transactions per second end to end and where the time went.
/// Each round is a fresh chain in a new temporary directory; the signed transactions are made once, before timing.
/// </summary>
internal sealed class ChainBenchmark : IQuickBenchmark
{
    private const int DefaultTransactions = 50_000;
    private const int Senders = 1_000;
    private const int Recipients = 10_000;

    public string Name => "chain";

    public string Description =>
        "end-to-end throughput: N pre-signed transfers from 1,000 senders through recovery, pool, execution, roots and SQLite commit";

    public void Run(BenchOptions options, TextWriter output)
    {
        var count = options.Size ?? DefaultTransactions;
        var rounds = options.Rounds;
        var keys = Enumerable.Range(0, Senders).Select(KeyOf).ToArray();
        var spec = SpecFor(keys);
        var signing = Stopwatch.GetTimestamp();
        var raw = Sign(keys, count, spec.ChainId);
        output.WriteLine(Invariant($"signed {count:N0} transfers from {Senders:N0} senders to {Recipients:N0} recipients in {Stopwatch.GetElapsedTime(signing).TotalSeconds:F1} s (not timed)"));

        var rates = new double[rounds];
        for (var round = 0; round < rounds; round++)
        {
            var result = RunOnce(spec, keys[0], raw);
            rates[round] = count / result.Total.TotalSeconds;
            output.WriteLine(Invariant(
                $"  round {round + 1}/{rounds}: {result.Total.TotalSeconds:F2} s, {rates[round]:N0} tx/s, {result.Blocks} blocks; decode {Ms(result.Decode)}, recover+pool {Ms(result.Pool)}, execute {Ms(result.Execution)}, state root {Ms(result.StateRoot)}, seal {Ms(result.Sealing)}, commit {Ms(result.Commit)}, pool upkeep {Ms(result.Upkeep)}; CPU {result.CpuSeconds:F2} s"));
        }

        var median = QuickMeasure.Median(rates);
        output.WriteLine(Invariant($"chain: {count:N0} transfers from {Senders:N0} senders included end to end at {median:N0} tx/s (median of {rounds})"));
    }

    private static RunResult RunOnce(ChainSpec spec, byte[] signerKey, byte[][] raw)
    {
        var directory = Directory.CreateTempSubdirectory("glow-bench-chain-");
        try
        {
            using var database = SqliteDatabase.Open(directory.FullName);
            var signer = AddressOf(signerKey);
            var processor = new BlockProcessor(spec, new SingleSignerAuthority(signer), TimeProvider.System);
            var tree = new BlockTree(new ChainStore(database), new StateStore(database), processor);
            var pool = new TransactionPool(spec.Fork, spec.ChainId, new TxPoolOptions { MaxPending = raw.Length, MaxQueued = raw.Length, MaxPerSender = 1_024 }, TimeProvider.System);
            var producer = new BlockProducer(tree, signerKey, TimeProvider.System);
            var source = new PoolTransactionSource(pool);
            pool.UpdateHead(tree.Head, spec.BaseFee.NextBaseFee(tree.Head), spec.GasLimit, tree.State.ViewLatest());
            GC.Collect();

            var cpuStart = Environment.CpuUsage.TotalTime;
            var start = Stopwatch.GetTimestamp();
            var txs = new Transaction[raw.Length];
            Parallel.For(0, raw.Length, i => txs[i] = TransactionDecoder.Decode(raw[i]));
            var decoded = Stopwatch.GetTimestamp();
            var results = pool.AddRange(txs);
            var pooled = Stopwatch.GetTimestamp();
            if (results.FirstOrDefault(r => !r.IsAccepted) is { Message: { Length: > 0 } message })
            {
                throw new InvalidOperationException($"The pool refused a benchmark transaction: {message}");
            }

            var result = new RunResult { Decode = Stopwatch.GetElapsedTime(start, decoded), Pool = Stopwatch.GetElapsedTime(decoded, pooled) };
            var included = 0;
            while (included < raw.Length)
            {
                var produced = producer.Produce(source, tree.Head.Timestamp + 1);
                if (produced.Block.Transactions.Count == 0)
                {
                    throw new InvalidOperationException($"A block included nothing with {raw.Length - included:N0} transactions left in the pool.");
                }

                included += produced.Block.Transactions.Count;
                var upkeep = Stopwatch.GetTimestamp();
                pool.RemoveIncluded(produced.Block.Transactions);
                pool.UpdateHead(tree.Head, spec.BaseFee.NextBaseFee(tree.Head), spec.GasLimit, tree.State.ViewLatest());
                result.Upkeep += Stopwatch.GetElapsedTime(upkeep);
                result.Execution += produced.Timings.Execution;
                result.StateRoot += produced.Timings.StateRoot;
                result.Sealing += produced.Timings.Sealing;
                result.Commit += produced.Timings.Commit;
                result.Blocks++;
            }

            result.Total = Stopwatch.GetElapsedTime(start);
            result.CpuSeconds = (Environment.CpuUsage.TotalTime - cpuStart).TotalSeconds;
            return result;
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static byte[][] Sign(byte[][] keys, int count, ulong chainId)
    {
        var raw = new byte[count][];
        Parallel.For(0, count, i =>
        {
            var sender = i % Senders;
            var nonce = (ulong)(i / Senders);
            var tx = TransactionSigner.Sign(new Transaction
            {
                Type = TxType.DynamicFee,
                ChainId = chainId,
                Nonce = nonce,
                MaxPriorityFeePerGas = (UInt256)(1_000_000_000UL + (ulong)(i % 7)),
                MaxFeePerGas = 100_000_000_000UL,
                GasLimit = 21_000,
                To = RecipientOf(i % Recipients),
                Value = (UInt256)(ulong)(1 + i),
            }, keys[sender]);
            raw[i] = TransactionEncoder.Encode(tx);
        });
        return raw;
    }

    private static ChainSpec SpecFor(byte[][] keys)
    {
        var alloc = new SortedDictionary<Address, GenesisAccount>();
        var balance = UInt256.Parse("1000000000000000000000000");
        foreach (var key in keys)
        {
            alloc[AddressOf(key)] = new GenesisAccount(balance, 0, [], []);
        }

        var dev = ChainSpecLoader.Dev();
        return dev with { Name = "bench", Genesis = dev.Genesis with { Alloc = alloc } };
    }

    private static byte[] KeyOf(int index)
    {
        Span<byte> seed = stackalloc byte[8];
        System.Buffers.Binary.BinaryPrimitives.WriteInt64BigEndian(seed, index + 1);
        return Keccak256.Compute(seed).Bytes.ToArray();
    }

    private static Address RecipientOf(int index)
    {
        Span<byte> bytes = stackalloc byte[Address.Size];
        bytes[0] = 0xbe;
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(bytes[16..], index);
        return new Address(bytes);
    }

    private static Address AddressOf(byte[] key)
    {
        Span<byte> publicKey = stackalloc byte[64];
        Secp256k1.CreatePublicKey(key, publicKey);
        return Address.FromPublicKey(publicKey);
    }

    private static string Ms(TimeSpan time) => Invariant($"{time.TotalMilliseconds:N0} ms");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private sealed class RunResult
    {
        public TimeSpan Total { get; set; }

        public TimeSpan Decode { get; init; }

        public TimeSpan Pool { get; init; }

        public TimeSpan Execution { get; set; }

        public TimeSpan StateRoot { get; set; }

        public TimeSpan Sealing { get; set; }

        public TimeSpan Commit { get; set; }

        public TimeSpan Upkeep { get; set; }

        public int Blocks { get; set; }

        public double CpuSeconds { get; set; }
    }
}
