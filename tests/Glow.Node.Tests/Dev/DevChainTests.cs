using Glow.Core;
using Glow.Core.Db;
using Glow.Core.Numerics;
using Glow.Core.Transactions;
using Glow.Node.Dev;
using Glow.Node.Tests.Support;

namespace Glow.Node.Tests.Dev;

public sealed class DevChainTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "glow-dev-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void The_dev_accounts_are_the_standard_test_mnemonic_accounts()
    {
        var accounts = DevAccounts.Derive(DevAccounts.TestMnemonic, 10);

        Assert.Equal(Address.Parse("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"), accounts[0].Address);
        Assert.Equal(Address.Parse("0x70997970C51812dc3A010C7d01b50e0d17dc79C8"), accounts[1].Address);
        Assert.Equal(Address.Parse("0xa0Ee7A142d267C1f36714E4a8F75612F20a79720"), accounts[9].Address);
        Assert.Equal("0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80", Core.Encoding.Hex.Encode(accounts[0].PrivateKey.Span));
    }

    [Fact]
    public void Automine_produces_a_block_for_each_transaction_sealed_by_account_zero()
    {
        using var chain = DevChain.Open(new DevChainOptions(), new ManualTime(1_800_000_000));
        var to = chain.Accounts[1].Address;

        var result = chain.Submit(Transfer(chain, 0, 0, to, 5));
        chain.Submit(Transfer(chain, 0, 1, to, 6));

        Assert.True(result.IsAccepted);
        Assert.Equal(2UL, chain.Tree.Head.Number);
        Assert.Equal(1337UL, chain.Spec.ChainId);
        Assert.Equal(chain.Accounts[0].Address, chain.Tree.Head.Coinbase);
        Assert.Single(chain.Tree.Chain.GetBlock(1)!.Transactions);
        Assert.Equal(0, chain.Pool.Count);
        Assert.Equal(chain.Options.AccountBalance + (UInt256)11UL, chain.Tree.State.ViewLatest().GetBalance(to));
    }

    [Fact]
    public void The_pool_refuses_with_geths_wording_and_nothing_is_mined()
    {
        using var chain = DevChain.Open(new DevChainOptions(), new ManualTime(1_800_000_000));
        chain.Submit(Transfer(chain, 0, 0, chain.Accounts[1].Address, 5));

        var stale = chain.Submit(Transfer(chain, 0, 0, chain.Accounts[1].Address, 5));

        Assert.False(stale.IsAccepted);
        Assert.Contains("nonce too low", stale.Message, StringComparison.Ordinal);
        Assert.Equal(1UL, chain.Tree.Head.Number);
    }

    [Fact]
    public void A_restarted_dev_chain_resumes_at_its_head_with_state_and_history()
    {
        var options = new DevChainOptions { DataDirectory = _directory };
        Hash256 head;
        Hash256 firstTx;
        using (var chain = DevChain.Open(options, new ManualTime(1_800_000_000)))
        {
            var tx = Transfer(chain, 0, 0, chain.Accounts[3].Address, 7);
            firstTx = tx.Hash;
            chain.Submit(tx);
            chain.Submit(Transfer(chain, 0, 1, chain.Accounts[3].Address, 8));
            chain.Mine();
            head = chain.Tree.Head.Hash;
        }

        using (var reopened = DevChain.Open(options, new ManualTime(1_800_000_100)))
        {
            Assert.Equal(head, reopened.Tree.Head.Hash);
            Assert.Equal(3UL, reopened.Tree.Head.Number);
            Assert.Equal(2UL, reopened.Tree.State.ViewLatest().GetNonce(reopened.Accounts[0].Address));
            Assert.Equal(1UL, reopened.Tree.Chain.FindTransaction(firstTx)!.Value.BlockNumber);
            Assert.True(reopened.Tree.State.TryGetRoot(1, out var root1));
            Assert.Equal(options.AccountBalance + (UInt256)7UL, reopened.Tree.State.ViewAt(root1).GetBalance(reopened.Accounts[3].Address));
            Assert.Equal(2UL, reopened.Pool.GetPendingNonce(reopened.Accounts[0].Address));

            reopened.Submit(Transfer(reopened, 0, 2, reopened.Accounts[3].Address, 9));
            Assert.Equal(4UL, reopened.Tree.Head.Number);
        }
    }

    [Fact]
    public void State_edits_take_effect_without_a_block_and_the_next_block_carries_and_stores_them()
    {
        var options = new DevChainOptions { DataDirectory = _directory };
        var stranger = Address.Parse("0x00000000000000000000000000000000000abcde");
        Hash256 blockHash;
        using (var chain = DevChain.Open(options, new ManualTime(1_800_000_000)))
        {
            chain.Patch(Node.Chain.StateEdit.Balance(stranger, 1_000));
            chain.Patch(Node.Chain.StateEdit.Storage(stranger, 5, 6));

            Assert.Equal(0UL, chain.Tree.Head.Number);
            Assert.Equal((UInt256)1_000UL, chain.Api.Query.StateAt(Node.Api.BlockTag.Latest).GetBalance(stranger));
            Assert.Equal(UInt256.Zero, chain.Tree.State.ViewLatest().GetBalance(stranger));
            Assert.True(chain.Api.Query.HeadHasUnminedEdits);

            chain.Submit(Transfer(chain, 0, 0, chain.Accounts[1].Address, 5));

            Assert.Equal(1UL, chain.Tree.Head.Number);
            Assert.False(chain.Api.Query.HeadHasUnminedEdits);
            var latest = chain.Tree.State.ViewLatest();
            Assert.Equal((UInt256)1_000UL, latest.GetBalance(stranger));
            Assert.Equal((UInt256)6UL, latest.GetStorage(stranger, 5));
            blockHash = chain.Tree.Head.Hash;
            Assert.Equal(2, chain.Tree.Chain.GetStateEdits(blockHash).Count);
        }

        using var reopened = DevChain.Open(options, new ManualTime(1_800_000_100));
        Assert.Equal(
            [Node.Chain.StateEdit.Balance(stranger, 1_000).Kind, Node.Chain.StateEdit.Storage(stranger, 5, 6).Kind],
            reopened.Tree.Chain.GetStateEdits(blockHash).Select(e => e.Kind));
        Assert.Equal((UInt256)6UL, reopened.Tree.Chain.GetStateEdits(blockHash)[1].Value);
        Assert.Empty(reopened.Tree.Chain.GetStateEdits(reopened.Tree.Chain.GetCanonicalHash(0)!.Value));
    }

    [Fact]
    public void A_sender_given_code_is_refused_before_the_pool_unless_impersonated()
    {
        using var chain = DevChain.Open(new DevChainOptions(), new ManualTime(1_800_000_000));
        var account = chain.Accounts[2].Address;
        chain.Patch(Node.Chain.StateEdit.SetCode(account, new byte[] { 0x00 }));

        var refused = chain.Submit(Transfer(chain, 2, 0, chain.Accounts[1].Address, 5));

        Assert.Equal(Node.TxPool.TxPoolError.SenderNotEoa, refused.Error);
        Assert.Equal("sender not an eoa", refused.Message);
        Assert.Equal(0UL, chain.Tree.Head.Number);
        Assert.Equal(0, chain.Pool.Count);
        chain.Impersonate(account);
        Assert.True(chain.Submit(Transfer(chain, 2, 0, chain.Accounts[1].Address, 5)).IsAccepted);
        Assert.Equal(1UL, chain.Tree.Head.Number);
    }

    [Fact]
    public void A_snapshot_keeps_the_unmined_edits_and_a_revert_restores_them()
    {
        using var chain = DevChain.Open(new DevChainOptions(), new ManualTime(1_800_000_000));
        var stranger = Address.Parse("0x00000000000000000000000000000000000abcde");
        chain.Patch(Node.Chain.StateEdit.Balance(stranger, 1));
        var snapshot = chain.Snapshot();
        chain.Patch(Node.Chain.StateEdit.Balance(stranger, 2));
        chain.Mine();

        Assert.True(chain.Revert(snapshot));

        Assert.Equal(0UL, chain.Tree.Head.Number);
        Assert.Equal(UInt256.One, chain.Api.Query.StateAt(Node.Api.BlockTag.Latest).GetBalance(stranger));
        chain.Reset();
        Assert.False(chain.Api.Query.HeadHasUnminedEdits);
        Assert.Equal(UInt256.Zero, chain.Api.Query.StateAt(Node.Api.BlockTag.Latest).GetBalance(stranger));
    }

    [Fact]
    public void Transactions_of_blocks_undone_by_a_rewind_return_to_the_pool()
    {
        using var chain = DevChain.Open(new DevChainOptions(), new ManualTime(1_800_000_000));
        var first = chain.Mine();
        var tx = Transfer(chain, 0, 0, chain.Accounts[1].Address, 5);
        chain.Submit(tx);
        Assert.Equal(0, chain.Pool.Count);

        chain.Tree.SetHead(first.Hash);

        Assert.True(chain.Pool.Contains(tx.Hash));
        Assert.Equal(1UL, chain.Pool.GetPendingNonce(chain.Accounts[0].Address));
        var again = chain.Mine();
        Assert.Equal(tx.Hash, Assert.Single(again.Transactions).Hash);
    }

    [Fact]
    public void A_data_directory_of_another_chain_is_refused_with_a_clear_error()
    {
        using (DevChain.Open(new DevChainOptions { DataDirectory = _directory }, new ManualTime(1_800_000_000)))
        {
        }

        var error = Assert.Throws<DatabaseException>(() => DevChain.Open(new DevChainOptions { DataDirectory = _directory, ChainId = 31337 }, new ManualTime(1_800_000_000)));

        Assert.Contains("genesis", error.Message, StringComparison.Ordinal);
        Assert.Contains("another data directory", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Interval_mining_produces_blocks_without_transactions()
    {
        using var chain = DevChain.Open(new DevChainOptions { BlockTimeSeconds = 1 }, TimeProvider.System);
        var mined = new TaskCompletionSource();
        chain.Tree.HeadChanged += (_, change) =>
        {
            if (change.Head.Number >= 2)
            {
                mined.TrySetResult();
            }
        };

        chain.Start();

        await mined.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.False(chain.Automine);
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private static Transaction Transfer(DevChain chain, int from, ulong nonce, Address to, ulong value) =>
        TransactionSigner.Sign(new Transaction
        {
            Type = TxType.DynamicFee,
            ChainId = chain.Spec.ChainId,
            Nonce = nonce,
            MaxPriorityFeePerGas = 1_000_000_000UL,
            MaxFeePerGas = 100_000_000_000UL,
            GasLimit = 21_000,
            To = to,
            Value = value,
        }, chain.Accounts[from].PrivateKey.Span);
}
