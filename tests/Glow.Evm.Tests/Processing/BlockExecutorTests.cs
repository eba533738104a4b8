using Glow.Core;
using Glow.Core.Blocks;
using Glow.Core.Chain;
using Glow.Core.Numerics;
using Glow.Core.Specs;
using Glow.Core.Transactions;
using Glow.Evm.Execution;
using Glow.Evm.Processing;

namespace Glow.Evm.Tests.Processing;

public class BlockExecutorTests
{
    [Fact]
    public void A_sealed_block_with_two_transfers_is_valid_and_has_their_receipts()
    {
        var fixture = new BlockFixture();
        var block = fixture.Seal([BlockFixture.Transfer(0), BlockFixture.Transfer(1)]);

        var (result, state) = fixture.Execute(block);

        Assert.True(result.IsValid, result.Rejection?.ToString());
        Assert.Equal(2, result.Receipts.Count);
        Assert.Equal(21_000UL, result.Receipts[0].CumulativeGasUsed);
        Assert.Equal(42_000UL, result.Receipts[1].CumulativeGasUsed);
        Assert.Equal(42_000UL, result.GasUsed);
        Assert.Equal((UInt256)2000, state.GetBalance(BlockFixture.Recipient));
        Assert.Equal(block.Header.StateRoot, result.StateRoot);
    }

    [Fact]
    public void The_beacon_roots_system_call_stores_the_timestamp_and_root_without_gas_or_nonce()
    {
        var fixture = new BlockFixture();
        var block = fixture.Seal();

        var (result, state) = fixture.Execute(block);

        // EIP-4788: slot timestamp % 8191 holds the timestamp, the slot 8191 above it holds the root.
        Assert.True(result.IsValid, result.Rejection?.ToString());
        var slot = (UInt256)(block.Header.Timestamp % 8191);
        Assert.Equal((UInt256)block.Header.Timestamp, state.GetStorage(BeaconRoots.ContractAddress, slot));
        Assert.Equal(UInt256.FromBigEndian(BlockFixture.BeaconRoot.Bytes), state.GetStorage(BeaconRoots.ContractAddress, slot + 8191));
        Assert.Equal(0UL, result.GasUsed);
        Assert.False(state.AccountExists(BeaconRoots.SystemAddress));
    }

    [Fact]
    public void Without_code_at_the_beacon_roots_address_the_system_call_changes_nothing()
    {
        var fixture = new BlockFixture(withBeaconRootsContract: false);
        var block = fixture.Seal();

        var (result, state) = fixture.Execute(block);

        Assert.True(result.IsValid, result.Rejection?.ToString());
        Assert.Equal(fixture.Genesis.StateRoot, result.StateRoot);
        Assert.False(state.AccountExists(BeaconRoots.ContractAddress));
    }

    [Fact]
    public void An_empty_account_at_the_beacon_roots_address_is_touched_and_removed_as_eip_161_says()
    {
        var fixture = new BlockFixture(withBeaconRootsContract: false, alloc => alloc[BeaconRoots.ContractAddress] = new GenesisAccount(UInt256.Zero, 0, [], new()));
        var block = fixture.Seal();

        var (result, state) = fixture.Execute(block);

        Assert.True(result.IsValid, result.Rejection?.ToString());
        Assert.False(state.AccountExists(BeaconRoots.ContractAddress));
    }

    [Fact]
    public void Withdrawals_credit_their_amount_in_gwei_and_a_zero_one_creates_no_account()
    {
        var fixture = new BlockFixture();
        var empty = Address.Parse("0x6000000000000000000000000000000000000006");
        var block = fixture.Seal(withdrawals: [new Withdrawal(0, 1, BlockFixture.Recipient, 5), new Withdrawal(1, 1, empty, 0)]);

        var (result, state) = fixture.Execute(block);

        Assert.True(result.IsValid, result.Rejection?.ToString());
        Assert.Equal((UInt256)5_000_000_000UL, state.GetBalance(BlockFixture.Recipient));
        Assert.False(state.AccountExists(empty));
        Assert.NotEqual(OrderedTrie.RootOf([]), block.Header.WithdrawalsRoot);
    }

    public static TheoryData<string, BlockInvalidReason> Tampered => new()
    {
        { "gas used", BlockInvalidReason.InvalidGasUsed },
        { "transactions root", BlockInvalidReason.InvalidTransactionsRoot },
        { "receipts root", BlockInvalidReason.InvalidReceiptsRoot },
        { "bloom", BlockInvalidReason.InvalidLogsBloom },
        { "withdrawals root", BlockInvalidReason.InvalidWithdrawalsRoot },
        { "state root", BlockInvalidReason.InvalidStateRoot },
        { "blob gas used", BlockInvalidReason.IncorrectBlobGasUsed },
        { "blob gas used above the limit", BlockInvalidReason.BlobGasUsedAboveLimit },
    };

    [Theory]
    [MemberData(nameof(Tampered))]
    public void Rejects_a_block_whose_header_disagrees_with_its_execution(string field, BlockInvalidReason reason)
    {
        var fixture = new BlockFixture();
        var block = fixture.Seal([BlockFixture.Transfer(0)], [new Withdrawal(0, 1, BlockFixture.Recipient, 5)]);
        var bloom = default(Bloom);
        bloom.Add(BlockFixture.Recipient);
        var tampered = BlockFixture.WithHeader(block, h => field switch
        {
            "gas used" => h with { GasUsed = h.GasUsed + 1 },
            "transactions root" => h with { TransactionsRoot = h.ReceiptsRoot },
            "receipts root" => h with { ReceiptsRoot = h.TransactionsRoot },
            "bloom" => h with { Bloom = bloom },
            "withdrawals root" => h with { WithdrawalsRoot = OrderedTrie.RootOf([]) },
            "state root" => h with { StateRoot = fixture.Genesis.StateRoot },
            "blob gas used" => h with { BlobGasUsed = 131_072 },
            "blob gas used above the limit" => h with { BlobGasUsed = 7 * 131_072 },
            _ => throw new ArgumentOutOfRangeException(nameof(field)),
        });

        Assert.True(fixture.Execute(block).Result.IsValid);
        Assert.Equal(reason, fixture.Execute(tampered).Result.Rejection?.Reason);
    }

    [Fact]
    public void A_transaction_that_cannot_run_on_the_state_rejects_the_block_and_names_it()
    {
        var fixture = new BlockFixture();
        var block = fixture.Seal([BlockFixture.Transfer(0)]);
        var bad = block with { Transactions = [BlockFixture.Transfer(0), BlockFixture.Transfer(5)] };

        var rejection = fixture.Execute(bad).Result.Rejection;

        Assert.Equal(BlockInvalidReason.InvalidTransaction, rejection?.Reason);
        Assert.Equal(1, rejection?.TransactionIndex);
        Assert.Equal(TxInvalidReason.NonceTooHigh, rejection?.TransactionReason);
    }

    [Fact]
    public void A_transaction_signed_for_another_chain_rejects_the_block()
    {
        var fixture = new BlockFixture();
        var block = fixture.Seal();
        var bad = block with { Transactions = [BlockFixture.Transfer(0, chainId: 5)] };

        var rejection = fixture.Execute(bad).Result.Rejection;

        Assert.Equal(BlockInvalidReason.InvalidTransaction, rejection?.Reason);
        Assert.Equal(TxError.InvalidChainId, rejection?.TransactionError);
    }

    [Fact]
    public void Blob_transactions_beyond_the_blocks_blob_gas_reject_the_block()
    {
        var fixture = new BlockFixture();
        var block = fixture.Seal([BlockFixture.BlobTransfer(0, 4)]);
        Assert.Equal((ulong?)(4 * 131_072), block.Header.BlobGasUsed);
        var bad = block with { Transactions = [BlockFixture.BlobTransfer(0, 4), BlockFixture.BlobTransfer(1, 3)] };

        var rejection = fixture.Execute(bad).Result.Rejection;

        Assert.Equal(BlockInvalidReason.BlobGasAllowanceExceeded, rejection?.Reason);
        Assert.Equal(1, rejection?.TransactionIndex);
    }

    [Fact]
    public void A_header_that_breaks_a_header_rule_is_rejected_before_execution()
    {
        var fixture = new BlockFixture();
        var block = BlockFixture.WithHeader(fixture.Seal([BlockFixture.Transfer(0)]), h => h with { Timestamp = fixture.Genesis.Timestamp });

        var (result, state) = fixture.Execute(block);

        Assert.Equal(BlockInvalidReason.TimestampNotAfterParent, result.Rejection?.Reason);
        Assert.Empty(result.Receipts);
        Assert.Equal(0UL, state.GetNonce(BlockFixture.Sender));
    }

    [Fact]
    public void Proof_of_work_forks_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new BlockExecutor(Forks.London, PrecompileMap.Empty));
    }
}
