using Glow.Core;
using Glow.Core.Blocks;
using Glow.Core.Chain;
using Glow.Core.Crypto;
using Glow.Core.Numerics;
using Glow.Core.Rlp;
using Glow.Core.Transactions;
using Glow.Evm.Processing;
using Glow.Node.Chain;
using Glow.Node.Tests.Support;

namespace Glow.Node.Tests.Chain;

public sealed class BlockImportTests
{
    [Fact]
    public void Produced_blocks_import_on_a_twin_chain_and_reach_the_same_state()
    {
        using var a = new TestChain();
        using var b = a.Twin();
        var blocks = new List<Block>();
        for (var i = 0; i < 5; i++)
        {
            blocks.Add(a.Mine(
                TestChain.Transfer(0, (ulong)i, TestKeys.Address(5), 1000),
                TestChain.Transfer(1, (ulong)i, TestKeys.Address(6), 2000)).Block);
        }

        foreach (var block in blocks)
        {
            Assert.Equal(ImportOutcome.NewHead, b.Tree.Import(block).Outcome);
        }

        Assert.Equal(a.Tree.Head.Hash, b.Tree.Head.Hash);
        Assert.Equal(a.Tree.State.HeadRoot, b.Tree.State.HeadRoot);
        Assert.Equal(5UL, b.Nonce(TestKeys.Address(0)));
        Assert.Equal(a.Tree.Chain.GetReceipts(blocks[^1].Hash), b.Tree.Chain.GetReceipts(blocks[^1].Hash));
        Assert.Equal(ImportOutcome.AlreadyKnown, b.Tree.Import(blocks[2]).Outcome);
    }

    [Fact]
    public void Every_block_carries_the_fixed_header_fields_of_the_protocol()
    {
        using var chain = new TestChain();
        var genesis = chain.Tree.Chain.GetBlock(0)!;
        var block = chain.Mine(TestChain.Transfer(0, 0, TestKeys.Address(3), 1)).Block;
        foreach (var header in new[] { genesis.Header, block.Header })
        {
            Assert.True(header.Difficulty.IsZero);
            Assert.Equal(0UL, header.Nonce);
            Assert.Equal(Keccak256.OfEmptyList, header.OmmersHash);
            Assert.Equal(Keccak256.OfEmptyString, header.WithdrawalsRoot);
            Assert.Equal(0UL, header.BlobGasUsed);
            Assert.Equal(0UL, header.ExcessBlobGas);
            Assert.Equal(default(Hash256), header.ParentBeaconBlockRoot);
            Assert.NotNull(header.BaseFeePerGas);
            Assert.Equal(chain.Spec.GasLimit, header.GasLimit);
        }

        Assert.Equal(BaseFeeParameters.OneGwei, genesis.Header.BaseFeePerGas);
        Assert.True(HeaderSeal.TryRecoverSigner(block.Header, out var signer));
        Assert.Equal(TestChain.Signer, signer);
        Assert.Equal(TestChain.Signer, block.Header.Coinbase);
        Assert.True(HeaderSeal.TrySplit(block.Header, out var extra, out _));
        Assert.Equal(1UL, extra.Version);
        Assert.Equal(0UL, extra.Cycle);
    }

    public static TheoryData<string> BrokenRules => new(HeaderMutations.Keys);

    private static readonly Dictionary<string, (BlockInvalidReason Reason, Func<BlockHeader, BlockHeader> Break)> HeaderMutations = new()
    {
        ["number skips"] = (BlockInvalidReason.InvalidBlockNumber, h => Headers.Change(h, number: h.Number + 1)),
        ["timestamp equal to parent's"] = (BlockInvalidReason.TimestampNotAfterParent, h => Headers.Change(h, timestamp: 1_700_000_000)),
        ["timestamp far ahead"] = (BlockInvalidReason.TimestampTooFarAhead, h => Headers.Change(h, timestamp: h.Timestamp + 60)),
        ["gas limit not the chain's"] = (BlockInvalidReason.InvalidGasLimit, h => Headers.Change(h, gasLimit: h.GasLimit - 1)),
        ["gas used above limit"] = (BlockInvalidReason.GasUsedOverflow, h => Headers.Change(h, gasUsed: h.GasLimit + 1)),
        ["difficulty"] = (BlockInvalidReason.DifficultyNotZero, h => Headers.Change(h, difficulty: UInt256.One)),
        ["nonce"] = (BlockInvalidReason.NonceNotZero, h => Headers.Change(h, nonce: 7)),
        ["ommers hash"] = (BlockInvalidReason.OmmersNotEmpty, h => Headers.Change(h, ommersHash: Keccak256.OfEmptyString)),
        ["withdrawals root"] = (BlockInvalidReason.InvalidWithdrawalsRoot, h => Headers.Change(h, withdrawalsRoot: Keccak256.OfEmptyList)),
        ["blob gas used"] = (BlockInvalidReason.IncorrectBlobGasUsed, h => Headers.Change(h, blobGasUsed: 131_072)),
        ["excess blob gas"] = (BlockInvalidReason.IncorrectBlobGasUsed, h => Headers.Change(h, excessBlobGas: 1)),
        ["beacon root"] = (BlockInvalidReason.InvalidHeaderFields, h => Headers.Change(h, beaconRoot: Keccak256.Compute([2]))),
        ["base fee"] = (BlockInvalidReason.InvalidBaseFee, h => Headers.Change(h, baseFee: h.BaseFeePerGas!.Value + UInt256.One)),
        ["extra data not GlowExtra"] = (BlockInvalidReason.InvalidExtraData, h => Headers.Change(h, extraDataWithoutSeal: [0x01, 0x02])),
        ["wrong cycle"] = (BlockInvalidReason.InvalidExtraData, h => Headers.Change(h, extraDataWithoutSeal: GlowExtraCodec.Encode(new GlowExtra { Version = 1, Cycle = 3 }))),
        ["unknown extra version"] = (BlockInvalidReason.InvalidExtraData, h => Headers.Change(h, extraDataWithoutSeal: ExtraOfVersion(2))),
        ["coinbase not the sealer"] = (BlockInvalidReason.InvalidSeal, h => Headers.Change(h, coinbase: TestKeys.Address(4))),
        ["sealed by another key"] = (BlockInvalidReason.UnauthorizedProducer, h => Headers.Change(h, coinbase: TestKeys.Address(4), sealKey: TestKeys.Key(4))),
        ["mix hash not the beacon"] = (BlockInvalidReason.InvalidMixHash, h => Headers.Change(h, mixHash: Keccak256.Compute([3]))),
        ["state root"] = (BlockInvalidReason.InvalidStateRoot, h => Headers.Change(h, stateRoot: Keccak256.Compute([4]))),
        ["receipts root"] = (BlockInvalidReason.InvalidReceiptsRoot, h => Headers.Change(h, receiptsRoot: Keccak256.Compute([5]))),
        ["gas used differs"] = (BlockInvalidReason.InvalidGasUsed, h => Headers.Change(h, gasUsed: h.GasUsed + 1)),
    };

    [Theory]
    [MemberData(nameof(BrokenRules))]
    public void Rejects_a_block_that_breaks_a_header_rule(string rule)
    {
        using var a = new TestChain();
        using var b = a.Twin();
        var block = a.Mine(TestChain.Transfer(0, 0, TestKeys.Address(5), 1000)).Block;
        var (reason, mutate) = HeaderMutations[rule];
        var broken = block with { Header = mutate(block.Header) };

        var result = b.Tree.Import(broken);

        Assert.Equal(ImportOutcome.Invalid, result.Outcome);
        Assert.Equal(reason, result.Rejection!.Reason);
        Assert.Equal(0UL, b.Tree.Head.Number);
        Assert.Equal(ImportOutcome.NewHead, b.Tree.Import(block).Outcome);
    }

    [Fact]
    public void Rejects_a_block_whose_seal_does_not_recover()
    {
        using var a = new TestChain();
        using var b = a.Twin();
        var block = a.Mine().Block;
        var extra = block.Header.ExtraData.ToArray();
        extra.AsSpan(extra.Length - 65, 64).Fill(0xff);
        var header = Headers.Change(block.Header);
        var broken = block with { Header = WithExtra(header, extra) };

        var result = b.Tree.Import(broken);

        Assert.Equal(BlockInvalidReason.InvalidSeal, result.Rejection!.Reason);
    }

    [Fact]
    public void Rejects_a_block_with_a_blob_transaction_or_withdrawals()
    {
        using var a = new TestChain();
        using var b = a.Twin();
        var block = a.Mine().Block;
        var blob = TransactionSigner.Sign(new Transaction
        {
            Type = TxType.Blob,
            ChainId = TestChain.ChainId,
            MaxFeePerGas = 100_000_000_000UL,
            MaxPriorityFeePerGas = 1UL,
            MaxFeePerBlobGas = 1UL,
            GasLimit = 21_000,
            To = TestKeys.Address(1),
            BlobVersionedHashes = [new Hash256([0x01, .. new byte[31]])],
        }, TestKeys.Key(0));

        var withBlob = b.Tree.Import(block with { Transactions = [blob] });
        var withWithdrawal = b.Tree.Import(block with { Withdrawals = [new Withdrawal(0, 0, TestKeys.Address(1), 1)] });
        var withoutList = b.Tree.Import(block with { Withdrawals = null });

        Assert.Equal(BlockInvalidReason.UnsupportedTransactionType, withBlob.Rejection!.Reason);
        Assert.Equal(BlockInvalidReason.WithdrawalsMissing, withWithdrawal.Rejection!.Reason);
        Assert.Equal(BlockInvalidReason.WithdrawalsMissing, withoutList.Rejection!.Reason);
    }

    [Fact]
    public void Rejects_a_block_with_an_invalid_transaction_and_keeps_the_old_head()
    {
        using var a = new TestChain();
        using var b = a.Twin();
        var block = a.Mine(TestChain.Transfer(0, 0, TestKeys.Address(5), 1000)).Block;
        var replayed = TestChain.Transfer(0, 5, TestKeys.Address(5), 1000);
        var txRoot = OrderedTrie.RootOf([replayed], TransactionEncoder.Encode);
        var header = Headers.Change(block.Header);
        var broken = new Block(WithTxRoot(header, txRoot), [replayed], [], []);

        var result = b.Tree.Import(broken);

        Assert.Equal(BlockInvalidReason.InvalidTransaction, result.Rejection!.Reason);
        Assert.Contains("nonce", result.Rejection.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0UL, b.Nonce(TestKeys.Address(0)));
        Assert.Equal(ImportOutcome.NewHead, b.Tree.Import(block).Outcome);
    }

    [Fact]
    public void A_block_with_an_unknown_parent_is_not_stored()
    {
        using var a = new TestChain();
        using var b = a.Twin();
        a.Mine();
        var second = a.Mine().Block;

        var result = b.Tree.Import(second);

        Assert.Equal(ImportOutcome.UnknownParent, result.Outcome);
        Assert.False(b.Tree.Chain.Contains(second.Hash));
    }

    /// <summary>RLP of a GlowExtra with another version (the codec refuses to write one).</summary>
    private static byte[] ExtraOfVersion(ulong version) => new RlpBuilder()
        .StartList().AddUInt64(version).AddUInt64(0).AddBytes(new byte[32]).AddBytes(new byte[32]).AddBytes([]).StartList().EndList().EndList()
        .ToArray();

    private static BlockHeader WithExtra(BlockHeader h, byte[] extra) => new(h) { ExtraData = extra };

    private static BlockHeader WithTxRoot(BlockHeader h, Hash256 root) =>
        HeaderSeal.Seal(new BlockHeader(h) { TransactionsRoot = root, ExtraData = h.ExtraData[..^HeaderSeal.SealLength] }, TestChain.SignerKey);
}
