using BenchmarkDotNet.Attributes;
using Glow.Core;
using Glow.Core.Blocks;
using Glow.Core.Crypto;
using Glow.Core.Numerics;
using Glow.Core.Specs;
using Glow.Core.Transactions;
using Glow.Node.TxPool;
using Glow.State;

namespace Glow.Benchmarks;

/// <summary>
/// The transaction pool under the load of <c>utg bench chain</c>: 50,000 transfers from 1,000 senders (50 each), signed and
/// recovered beforehand so that only pool work is timed. <see cref="AddRange50k"/> fills an empty pool;
/// <see cref="Select100MGasBlock"/> picks a 100M-gas block (4,761 transfers) from the full pool.
/// <c>dotnet run -c Release --project benchmarks/Glow.Benchmarks -- --filter '*TxPool*'</c>, or the quicker
/// <c>-- txpool-quick</c> (<see cref="TxPoolQuickTimer"/>).
/// </summary>
[MemoryDiagnoser]
public class TxPoolBenchmarks
{
    public const int Senders = 1_000;
    public const int PerSender = 50;
    public const ulong BlockGas = 100_000_000;

    private static readonly UInt256 Gwei = 1_000_000_000;
    private Transaction[] _txs = [];
    private WorldState _state = null!;
    private TransactionPool _pool = null!;
    private TransactionPool _fullPool = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        var keys = new byte[Senders][];
        _state = WorldState.InMemory();
        var recipient = Address.Parse("0x3535353535353535353535353535353535353535");
        for (var s = 0; s < Senders; s++)
        {
            keys[s] = new byte[32];
            random.NextBytes(keys[s]);
            Secp256k1.TryDeriveAddressFromPrivateKey(keys[s], out var address);
            _state.AddBalance(address, UInt256.Parse("1000000000000000000000"));
        }

        _txs = new Transaction[Senders * PerSender];
        var tips = new ulong[_txs.Length];
        for (var i = 0; i < tips.Length; i++)
        {
            tips[i] = (ulong)random.Next(1, 100);
        }

        Parallel.For(0, _txs.Length, i =>
        {
            var tip = tips[i] * Gwei;
            var tx = TransactionSigner.Sign(
                new Transaction
                {
                    Type = TxType.DynamicFee,
                    ChainId = 1337,
                    Nonce = (ulong)(i / Senders),
                    MaxFeePerGas = tip + (10 * Gwei),
                    MaxPriorityFeePerGas = tip,
                    GasLimit = 21_000,
                    To = recipient,
                    Value = 1,
                },
                keys[i % Senders]);
            _ = tx.RecoverSender();
            _ = tx.Hash;
            _txs[i] = tx;
        });

        _fullPool = NewPool();
        _fullPool.AddRange(_txs);
    }

    [IterationSetup(Target = nameof(AddRange50k))]
    public void NewEmptyPool() => _pool = NewPool();

    /// <summary>50,000 pre-recovered transactions into an empty pool.</summary>
    [Benchmark]
    public int AddRange50k() => _pool.AddRange(_txs).Count;

    /// <summary>The transactions of one 100M-gas block, by effective tip, from the pool of 50,000.</summary>
    [Benchmark]
    public int Select100MGasBlock()
    {
        var selection = _fullPool.SelectPending();
        var gasLeft = BlockGas;
        var count = 0;
        while (gasLeft >= 21_000 && selection.TryNext(gasLeft, out var tx))
        {
            gasLeft -= tx.GasLimit;
            count++;
        }

        return count;
    }

    public TransactionPool NewPool()
    {
        var pool = new TransactionPool(Forks.Cancun, 1337, TxPoolOptions.Default with { MaxPending = Senders * PerSender }, TimeProvider.System);
        pool.UpdateHead(new BlockHeader { Number = 1, GasLimit = BlockGas, BaseFeePerGas = Gwei }, Gwei, BlockGas, _state);
        return pool;
    }

    /// <summary>For the quick timer: a fresh pool and the 50k transactions.</summary>
    public int AddRangeIntoNewPool() => NewPool().AddRange(_txs).Count;

    /// <summary>
    /// For the quick timer: fresh copies of the 50k transactions (no cached hash or sender), so that the parallel
    /// signature recovery of <see cref="TransactionPool.AddRange"/> is timed too (copying is a small part).
    /// </summary>
    public int AddRangeRecoveringIntoNewPool()
    {
        var copies = new Transaction[_txs.Length];
        for (var i = 0; i < copies.Length; i++)
        {
            var tx = _txs[i];
            copies[i] = tx.WithSignature(tx.V, tx.R, tx.S);
        }

        return NewPool().AddRange(copies).Count;
    }
}
