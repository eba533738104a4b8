using Glow.Core;
using Glow.Core.Blocks;
using Glow.Core.Numerics;
using Glow.Core.Specs;
using Glow.Core.Transactions;
using Glow.Node.TxPool;

namespace Glow.Node.Tests.TxPool;

/// <summary>A pool over a fake head state with funded test accounts, and builders of signed transactions.</summary>
internal sealed class PoolHarness
{
    public const ulong ChainId = 1337;
    public const ulong BlockGasLimit = 30_000_000;

    public static readonly UInt256 Gwei = 1_000_000_000;
    public static readonly UInt256 Ether = UInt256.Parse("1000000000000000000");
    public static readonly UInt256 Rich = Ether * 1_000;

    private static readonly Address Recipient = Address.Parse("0x3535353535353535353535353535353535353535");

    public PoolHarness(TxPoolOptions? options = null, UInt256? baseFee = null, int fundedAccounts = 16)
    {
        for (var i = 0; i < fundedAccounts; i++)
        {
            State.Set(TestAccounts.Address(i), 0, Rich);
        }

        Pool = new TransactionPool(Forks.Cancun, ChainId, options ?? TxPoolOptions.Default, Time);
        UpdateHead(baseFee ?? Gwei);
    }

    public FakeWorldState State { get; } = new();

    public ManualTime Time { get; } = new();

    public TransactionPool Pool { get; }

    public ulong HeadNumber { get; private set; }

    public void UpdateHead(UInt256 baseFee)
    {
        HeadNumber++;
        Pool.UpdateHead(Header(baseFee), baseFee, BlockGasLimit, State);
    }

    public BlockHeader Header(UInt256 baseFee) => new() { Number = HeadNumber, GasLimit = BlockGasLimit, BaseFeePerGas = baseFee };

    public static Transaction Eip1559(
        int account, ulong nonce, UInt256 maxFee, UInt256 tip, ulong gas = 21_000, UInt256 value = default, ulong chainId = ChainId, byte[]? data = null) =>
        TransactionSigner.Sign(
            new Transaction
            {
                Type = TxType.DynamicFee,
                ChainId = chainId,
                Nonce = nonce,
                MaxFeePerGas = maxFee,
                MaxPriorityFeePerGas = tip,
                GasLimit = gas,
                To = Recipient,
                Value = value,
                Data = data ?? [],
            },
            TestAccounts.Key(account));

    public static Transaction Legacy(int account, ulong nonce, UInt256 gasPrice, ulong gas = 21_000, bool replayProtected = true, UInt256 value = default) =>
        TransactionSigner.Sign(
            new Transaction
            {
                Type = TxType.Legacy,
                ChainId = replayProtected ? ChainId : null,
                Nonce = nonce,
                GasPrice = gasPrice,
                GasLimit = gas,
                To = Recipient,
                Value = value,
            },
            TestAccounts.Key(account));

    public static Transaction AccessList(int account, ulong nonce, UInt256 gasPrice, ulong gas = 21_000) =>
        TransactionSigner.Sign(
            new Transaction
            {
                Type = TxType.AccessList,
                ChainId = ChainId,
                Nonce = nonce,
                GasPrice = gasPrice,
                GasLimit = gas,
                To = Recipient,
            },
            TestAccounts.Key(account));

    /// <summary>Checks the pool's bookkeeping against its snapshots and the state.</summary>
    public void AssertInvariants()
    {
        var pending = Pool.GetPending();
        var queued = Pool.GetQueued();
        var status = Pool.Status;
        Assert.Equal(status.Pending, pending.Values.Sum(list => list.Count));
        Assert.Equal(status.Queued, queued.Values.Sum(list => list.Count));
        Assert.Equal(Pool.Count, status.Pending + status.Queued);
        var hashes = new HashSet<Hash256>();
        foreach (var (sender, txs) in pending)
        {
            var next = State.GetNonce(sender);
            foreach (var tx in txs)
            {
                Assert.Equal(next++, tx.Nonce);
                Assert.Equal(sender, tx.RecoverSender());
                Assert.True(hashes.Add(tx.Hash));
                Assert.True(Pool.Contains(tx.Hash));
            }

            Assert.Equal(next, Pool.GetPendingNonce(sender));
        }

        foreach (var (sender, txs) in queued)
        {
            var pendingNonce = Pool.GetPendingNonce(sender);
            foreach (var tx in txs)
            {
                Assert.True(tx.Nonce >= pendingNonce);
                Assert.True(hashes.Add(tx.Hash));
                Assert.True(Pool.Contains(tx.Hash));
            }
        }
    }
}
