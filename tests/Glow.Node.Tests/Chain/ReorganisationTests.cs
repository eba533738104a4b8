using Glow.Core.Blocks;
using Glow.Core.Numerics;
using Glow.Node.Chain;
using Glow.Node.Tests.Support;

namespace Glow.Node.Tests.Chain;

public sealed class ReorganisationTests
{
    [Fact]
    public void A_heavier_side_branch_becomes_canonical_with_state_and_indexes_switched()
    {
        using var a = new TestChain();
        using var b = a.Twin();
        var txA = TestChain.Transfer(0, 0, TestKeys.Address(57), 111);
        var a1 = a.Mine(txA).Block;
        b.Time.Advance(5);
        var txB = TestChain.Transfer(1, 0, TestKeys.Address(58), 222);
        var b1 = b.Mine(txB).Block;
        var b2 = b.Mine(TestChain.Transfer(1, 1, TestKeys.Address(58), 333)).Block;
        a.Time.Advance(10);
        var changes = new List<HeadChange>();
        a.Tree.HeadChanged += (_, change) => changes.Add(change);

        Assert.Equal(ImportOutcome.SideBranch, a.Tree.Import(b1).Outcome);
        Assert.Equal(a1.Hash, a.Tree.Head.Hash);
        Assert.Equal(ImportOutcome.Reorganised, a.Tree.Import(b2).Outcome);

        Assert.Equal(b2.Hash, a.Tree.Head.Hash);
        Assert.Equal(b.Tree.State.HeadRoot, a.Tree.State.HeadRoot);
        Assert.Equal(b1.Hash, a.Tree.Chain.GetCanonicalHash(1));
        Assert.Equal(b2.Hash, a.Tree.Chain.GetCanonicalHash(2));
        Assert.Null(a.Tree.Chain.FindTransaction(txA.Hash));
        Assert.Equal(new TransactionLocation(b1.Hash, 1, 0), a.Tree.Chain.FindTransaction(txB.Hash));
        Assert.Equal(UInt256.Zero, a.Balance(TestKeys.Address(57)));
        Assert.Equal((UInt256)555UL, a.Balance(TestKeys.Address(58)));
        Assert.Equal(0UL, a.Nonce(TestKeys.Address(0)));
        Assert.True(a.Tree.State.TryGetRoot(1, out var root1));
        Assert.Equal(b1.Header.StateRoot, root1);

        var change = Assert.Single(changes);
        Assert.Equal([b1.Hash, b2.Hash], change.Added.Select(x => x.Hash));
        Assert.Equal([a1.Hash], change.Removed.Select(x => x.Hash));

        // The old branch is still stored and can win back.
        Assert.NotNull(a.Tree.Chain.GetBlock(a1.Hash));
    }

    [Fact]
    public void The_chain_switches_back_when_the_first_branch_grows_heavier_again()
    {
        using var a = new TestChain();
        using var b = a.Twin();
        var a1 = a.Mine(TestChain.Transfer(0, 0, TestKeys.Address(57), 111)).Block;
        b.Time.Advance(5);
        var b1 = b.Mine(TestChain.Transfer(1, 0, TestKeys.Address(58), 222)).Block;
        var b2 = b.Mine().Block;
        using var c = a.Twin();
        Assert.Equal(ImportOutcome.NewHead, c.Tree.Import(a1).Outcome);
        c.Time.Advance(1);
        var a2 = c.Mine().Block;
        var a3 = c.Mine().Block;

        a.Time.Advance(10);
        a.Tree.Import(b1);
        a.Tree.Import(b2);
        Assert.Equal(b2.Hash, a.Tree.Head.Hash);
        Assert.Equal(ImportOutcome.SideBranch, a.Tree.Import(a2).Outcome);
        Assert.Equal(ImportOutcome.Reorganised, a.Tree.Import(a3).Outcome);

        Assert.Equal(a3.Hash, a.Tree.Head.Hash);
        Assert.Equal(c.Tree.State.HeadRoot, a.Tree.State.HeadRoot);
        Assert.Equal((UInt256)111UL, a.Balance(TestKeys.Address(57)));
        Assert.Equal(UInt256.Zero, a.Balance(TestKeys.Address(58)));
        Assert.Equal(a1.Hash, a.Tree.Chain.GetCanonicalHash(1));
    }

    [Fact]
    public void Rewinding_to_an_ancestor_restores_its_state_and_the_chain_continues()
    {
        using var chain = new TestChain();
        var first = chain.Mine(TestChain.Transfer(0, 0, TestKeys.Address(57), 5)).Block;
        var tx = TestChain.Transfer(0, 1, TestKeys.Address(57), 6);
        chain.Mine(tx);
        chain.Mine();

        chain.Tree.SetHead(first.Hash);

        Assert.Equal(first.Hash, chain.Tree.Head.Hash);
        Assert.Equal((UInt256)5UL, chain.Balance(TestKeys.Address(57)));
        Assert.Null(chain.Tree.Chain.GetCanonicalHash(2));
        Assert.Null(chain.Tree.Chain.FindTransaction(tx.Hash));
        var next = chain.Mine(TestChain.Transfer(0, 1, TestKeys.Address(57), 7)).Block;
        Assert.Equal(2UL, next.Number);
        Assert.Equal((UInt256)12UL, chain.Balance(TestKeys.Address(57)));
    }

    [Fact]
    public void Lookups_by_number_and_hash_follow_the_canonical_chain()
    {
        using var chain = new TestChain();
        var tx = TestChain.Transfer(2, 0, TestKeys.Address(9), 1);
        var block = chain.Mine(tx).Block;

        var byNumber = chain.Tree.Chain.GetBlock(1)!;
        var byHash = chain.Tree.Chain.GetBlock(block.Hash)!;
        Assert.Equal(block.Hash, byNumber.Hash);
        Assert.Equal(block.Hash, byHash.Hash);
        Assert.Equal(tx.Hash, byHash.Transactions[0].Hash);
        Assert.Equal(TestKeys.Address(2), byHash.Transactions[0].RecoverSender());
        Assert.Equal(BlockCodec.Encode(block), BlockCodec.Encode(byHash));
        Assert.Equal(block.Hash, chain.Tree.Chain.GetHeader(1)!.Hash);
        Assert.Single(chain.Tree.Chain.GetReceipts(block.Hash)!);
        Assert.Equal(new TransactionLocation(block.Hash, 1, 0), chain.Tree.Chain.FindTransaction(tx.Hash));
        Assert.Null(chain.Tree.Chain.GetBlock(2));
    }
}
