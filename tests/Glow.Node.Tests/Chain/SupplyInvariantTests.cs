using Glow.Core;
using Glow.Core.Db;
using Glow.Core.Encoding;
using Glow.Core.Numerics;
using Glow.Core.State;
using Glow.Core.Transactions;
using Glow.Evm.Execution;
using Glow.Evm.Instructions;
using Glow.Node.Tests.Support;

namespace Glow.Node.Tests.Chain;

/// <summary>
/// protocol.md §3: supply(n) = supply(n−1) + block reward − burned base fees (no slashing, SRT or storage rewards yet),
/// checked at every block of a few hundred blocks of mixed traffic: transfers of every accepted type, contract creations
/// with value, calls that store and log, revert, or self-destruct (sending the balance on, as Cancun does for old
/// contracts). The gas limit is small so that the base fee rises and falls.
/// </summary>
public sealed class SupplyInvariantTests
{
    /// <summary>
    /// Runtime: first calldata byte 1 stores the caller under the block number and logs the call value; 2 reverts; 3
    /// self-destructs to the caller; anything else accepts the value.
    /// </summary>
    private static readonly byte[] Runtime = Hex.Decode("0x600035" + "60f81c" + "80600114601b57" + "80600214602a57" + "600314603057" + "00" + "5b334355346000524360206000a100" + "5b60006000fd" + "5b33ff");

    [Fact]
    public void Supply_changes_by_reward_minus_burned_base_fees_at_every_block_of_mixed_traffic()
    {
        using var chain = new TestChain(spec: TestChain.DefaultSpec(gasLimit: 1_000_000));
        var random = new Random(20261121);
        var contracts = new List<Address>();
        var supply = TotalSupply(chain.Database);
        var baseFeeRose = false;
        var baseFeeFell = false;
        var reverted = 0;
        var destructed = 0;
        for (var n = 1; n <= 300; n++)
        {
            var parent = chain.Tree.Head;
            var txs = Traffic(chain, random, contracts, heavy: n % 7 < 3);
            var coinbaseBefore = chain.Balance(TestChain.Signer);

            var produced = chain.Mine([.. txs]);

            var header = produced.Block.Header;
            var baseFee = header.BaseFeePerGas!.Value;
            baseFeeRose |= baseFee > parent.BaseFeePerGas!.Value;
            baseFeeFell |= baseFee < parent.BaseFeePerGas!.Value;
            var reward = chain.Spec.Rewards.RewardAt(header.Number);
            var burned = baseFee * header.GasUsed;
            var nextSupply = TotalSupply(chain.Database);
            Assert.Equal(supply + reward - burned, nextSupply);
            supply = nextSupply;

            var tips = UInt256.Zero;
            var previousGas = 0UL;
            for (var i = 0; i < produced.Receipts.Count; i++)
            {
                var gas = produced.Receipts[i].CumulativeGasUsed - previousGas;
                previousGas = produced.Receipts[i].CumulativeGasUsed;
                tips += (produced.Block.Transactions[i].EffectiveGasPrice(baseFee) - baseFee) * gas;
                reverted += produced.Receipts[i].Success ? 0 : 1;
            }

            Assert.Equal(coinbaseBefore + reward + tips, chain.Balance(TestChain.Signer));
            destructed += produced.Block.Transactions.Count(t => t.Data.Length == 1 && t.Data.Span[0] == 3);
            foreach (var tx in produced.Block.Transactions.Where(t => t.To is null))
            {
                contracts.Add(ContractAddress.From(tx.RecoverSender()!.Value, tx.Nonce));
            }
        }

        Assert.True(baseFeeRose && baseFeeFell, "the traffic should move the base fee both ways");
        Assert.True(reverted > 10 && destructed > 10 && contracts.Count > 10, $"reverted {reverted}, self-destructs {destructed}, contracts {contracts.Count}");
    }

    private static List<Transaction> Traffic(TestChain chain, Random random, List<Address> contracts, bool heavy)
    {
        var txs = new List<Transaction>();
        var count = heavy ? random.Next(8, 14) : random.Next(0, 3);
        var senders = Enumerable.Range(0, TestChain.FundedCount).OrderBy(_ => random.Next()).Take(count);
        foreach (var sender in senders)
        {
            var nonce = chain.Nonce(TestKeys.Address(sender));
            var value = (UInt256)(ulong)random.Next(0, 1_000_000);
            var kind = random.Next(contracts.Count == 0 ? 2 : 6);
            var (to, data, gas) = kind switch
            {
                0 => ((Address?)TestKeys.Address(random.Next(40)), Array.Empty<byte>(), 21_000UL),
                1 => (null, BytecodeBuilder.Deploying(Runtime).ToArray(), 120_000UL),
                _ => (contracts[random.Next(contracts.Count)], new[] { (byte)(kind - 2) }, 60_000UL),
            };
            txs.Add(Sign(random.Next(3), sender, nonce, to, value, data, gas));
        }

        return txs;
    }

    private static Transaction Sign(int type, int sender, ulong nonce, Address? to, UInt256 value, byte[] data, ulong gas)
    {
        var tip = (UInt256)(ulong)(1 + (sender * 100_000_000L));
        var tx = type switch
        {
            0 => new Transaction { Type = TxType.Legacy, ChainId = TestChain.ChainId, GasPrice = 50_000_000_000UL },
            1 => new Transaction { Type = TxType.AccessList, ChainId = TestChain.ChainId, GasPrice = 40_000_000_000UL },
            _ => new Transaction { Type = TxType.DynamicFee, ChainId = TestChain.ChainId, MaxPriorityFeePerGas = tip, MaxFeePerGas = 60_000_000_000UL },
        };
        return TransactionSigner.Sign(
            new Transaction
            {
                Type = tx.Type,
                ChainId = tx.ChainId,
                GasPrice = tx.GasPrice,
                MaxPriorityFeePerGas = tx.MaxPriorityFeePerGas,
                MaxFeePerGas = tx.MaxFeePerGas,
                Nonce = nonce,
                GasLimit = gas,
                To = to,
                Value = value,
                Data = data,
            },
            TestKeys.Key(sender));
    }

    private static UInt256 TotalSupply(IDatabase database)
    {
        var total = UInt256.Zero;
        foreach (var (_, value) in database[DbTable.Accounts].Iterate([]))
        {
            total += AccountCodec.Decode(value).Balance;
        }

        return total;
    }
}
