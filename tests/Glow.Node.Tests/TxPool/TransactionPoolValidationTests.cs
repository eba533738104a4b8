using Glow.Core;
using Glow.Core.Numerics;
using Glow.Core.Specs;
using Glow.Core.Transactions;
using Glow.Node.TxPool;

namespace Glow.Node.Tests.TxPool;

/// <summary>Each rejection, worded as geth words it (rpc.md rule 6).</summary>
public sealed class TransactionPoolValidationTests
{
    private static readonly UInt256 Gwei = PoolHarness.Gwei;

    private static void AssertRejected(TxPoolResult result, TxPoolError error, string message)
    {
        Assert.False(result.IsAccepted);
        Assert.Equal(error, result.Error);
        Assert.Equal(message, result.Message);
    }

    [Fact]
    public void Accepts_legacy_access_list_and_dynamic_fee_transactions()
    {
        var harness = new PoolHarness();
        Assert.True(harness.Pool.Add(PoolHarness.Legacy(0, 0, 2 * Gwei)).IsAccepted);
        Assert.True(harness.Pool.Add(PoolHarness.Legacy(1, 0, 2 * Gwei, replayProtected: false)).IsAccepted);
        Assert.True(harness.Pool.Add(PoolHarness.AccessList(2, 0, 2 * Gwei)).IsAccepted);
        Assert.True(harness.Pool.Add(PoolHarness.Eip1559(3, 0, 2 * Gwei, Gwei)).IsAccepted);
        Assert.Equal(new TxPoolStatus(4, 0), harness.Pool.Status);
    }

    [Fact]
    public void Rejects_a_transaction_it_already_holds_as_already_known()
    {
        var harness = new PoolHarness();
        var tx = PoolHarness.Eip1559(0, 0, 2 * Gwei, Gwei);
        Assert.True(harness.Pool.Add(tx).IsAccepted);
        AssertRejected(harness.Pool.Add(tx), TxPoolError.AlreadyKnown, "already known");
    }

    private static Transaction Blob(int account, UInt256 maxFeePerBlobGas, int blobs = 1)
    {
        var hashes = new Hash256[blobs];
        for (var i = 0; i < blobs; i++)
        {
            var hash = new byte[32];
            hash[0] = TransactionValidator.BlobHashVersionKzg;
            hash[31] = (byte)i;
            hashes[i] = new Hash256(hash);
        }

        return TransactionSigner.Sign(
            new Transaction
            {
                Type = TxType.Blob,
                ChainId = PoolHarness.ChainId,
                MaxFeePerGas = 2 * Gwei,
                MaxPriorityFeePerGas = Gwei,
                MaxFeePerBlobGas = maxFeePerBlobGas,
                BlobVersionedHashes = hashes,
                GasLimit = 21_000,
                To = TestAccounts.Address(5),
            },
            TestAccounts.Key(account));
    }

    [Fact]
    public void A_pool_that_accepts_blob_transactions_takes_them_and_counts_their_blob_gas_in_the_cost()
    {
        var harness = new PoolHarness(new TxPoolOptions { AcceptBlobTransactions = true });

        Assert.True(harness.Pool.Add(Blob(0, Gwei, blobs: 2)).IsAccepted);

        // Enough for gas (21,000 × 2 gwei) but not for one blob (131,072 blob gas × 1 gwei) on top.
        harness.State.Set(TestAccounts.Address(1), 0, 21_000 * 2 * Gwei + 131_071 * Gwei);
        harness.UpdateHead(Gwei);
        AssertRejected(harness.Pool.Add(Blob(1, Gwei)), TxPoolError.InsufficientFunds, "insufficient funds for gas * price + value");
        harness.State.Set(TestAccounts.Address(2), 0, 21_000 * 2 * Gwei + 131_072 * Gwei);
        harness.UpdateHead(Gwei);
        Assert.True(harness.Pool.Add(Blob(2, Gwei)).IsAccepted);
        Assert.Equal(new TxPoolStatus(2, 0), harness.Pool.Status);
    }

    [Fact]
    public void A_blob_fee_cap_so_large_its_cost_overflows_is_insufficient_funds()
    {
        var harness = new PoolHarness(new TxPoolOptions { AcceptBlobTransactions = true });

        AssertRejected(harness.Pool.Add(Blob(0, UInt256.MaxValue)), TxPoolError.InsufficientFunds, "insufficient funds for gas * price + value");
    }

    [Fact]
    public void Rejects_blob_transactions_as_transaction_type_not_supported()
    {
        var harness = new PoolHarness();
        var blobHash = new byte[32];
        blobHash[0] = TransactionValidator.BlobHashVersionKzg;
        var blob = TransactionSigner.Sign(
            new Transaction
            {
                Type = TxType.Blob,
                ChainId = PoolHarness.ChainId,
                MaxFeePerGas = 2 * Gwei,
                MaxPriorityFeePerGas = Gwei,
                MaxFeePerBlobGas = Gwei,
                BlobVersionedHashes = [new Hash256(blobHash)],
                GasLimit = 21_000,
                To = TestAccounts.Address(5),
            },
            TestAccounts.Key(0));
        AssertRejected(harness.Pool.Add(blob), TxPoolError.TypeNotSupported, "transaction type not supported");
    }

    [Fact]
    public void Rejects_set_code_transactions_as_transaction_type_not_supported()
    {
        var harness = new PoolHarness();
        var setCode = TransactionSigner.Sign(
            new Transaction
            {
                Type = TxType.SetCode,
                ChainId = PoolHarness.ChainId,
                MaxFeePerGas = 2 * Gwei,
                MaxPriorityFeePerGas = Gwei,
                GasLimit = 100_000,
                To = TestAccounts.Address(5),
            },
            TestAccounts.Key(0));
        AssertRejected(harness.Pool.Add(setCode), TxPoolError.TypeNotSupported, "transaction type not supported");
    }

    [Fact]
    public void Rejects_a_transaction_larger_than_128_KiB_as_oversized_data()
    {
        var harness = new PoolHarness();
        var tx = PoolHarness.Eip1559(0, 0, 2 * Gwei, Gwei, gas: 10_000_000, data: new byte[(128 * 1024) + 1]);
        AssertRejected(harness.Pool.Add(tx), TxPoolError.OversizedData, "oversized data");
    }

    [Fact]
    public void Accepts_data_just_under_the_size_limit()
    {
        var harness = new PoolHarness();
        var tx = PoolHarness.Eip1559(0, 0, 2 * Gwei, Gwei, gas: 10_000_000, data: new byte[(128 * 1024) - 200]);
        Assert.True(harness.Pool.Add(tx).IsAccepted);
    }

    [Fact]
    public void Rejects_gas_above_the_block_gas_limit_as_exceeds_block_gas_limit()
    {
        var harness = new PoolHarness();
        var tx = PoolHarness.Eip1559(0, 0, 2 * Gwei, Gwei, gas: PoolHarness.BlockGasLimit + 1);
        AssertRejected(harness.Pool.Add(tx), TxPoolError.ExceedsBlockGasLimit, "exceeds block gas limit");
    }

    [Fact]
    public void Rejects_gas_below_the_intrinsic_cost_as_intrinsic_gas_too_low()
    {
        var harness = new PoolHarness();
        var result = harness.Pool.Add(PoolHarness.Eip1559(0, 0, 2 * Gwei, Gwei, gas: 20_999));
        Assert.Equal(TxPoolError.IntrinsicGasTooLow, result.Error);
        Assert.StartsWith("intrinsic gas too low", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_a_tip_above_the_fee_cap()
    {
        var harness = new PoolHarness();
        AssertRejected(
            harness.Pool.Add(PoolHarness.Eip1559(0, 0, Gwei, 2 * Gwei)),
            TxPoolError.TipAboveFeeCap,
            "max priority fee per gas higher than max fee per gas");
    }

    [Fact]
    public void Rejects_another_chains_transaction_as_invalid_chain_id()
    {
        var harness = new PoolHarness();
        AssertRejected(
            harness.Pool.Add(PoolHarness.Eip1559(0, 0, 2 * Gwei, Gwei, chainId: 1)),
            TxPoolError.InvalidChainId,
            "invalid chain id for signer");
    }

    [Fact]
    public void Rejects_a_signature_that_recovers_no_key_as_invalid_sender()
    {
        var harness = new PoolHarness();
        var unsigned = new Transaction
        {
            Type = TxType.DynamicFee,
            ChainId = PoolHarness.ChainId,
            MaxFeePerGas = 2 * Gwei,
            MaxPriorityFeePerGas = Gwei,
            GasLimit = 21_000,
            To = TestAccounts.Address(5),
        };

        // About half of all r values are not the x coordinate of a curve point; the first such r recovers nothing.
        var tx = unsigned.WithSignature(UInt256.Zero, UInt256.One, UInt256.One);
        for (ulong r = 2; tx.RecoverSender() is not null; r++)
        {
            tx = unsigned.WithSignature(UInt256.Zero, r, UInt256.One);
        }

        AssertRejected(harness.Pool.Add(tx), TxPoolError.InvalidSender, "invalid sender");
    }

    [Fact]
    public void Rejects_a_high_s_signature_as_invalid_v_r_s_values()
    {
        var harness = new PoolHarness();
        var tx = PoolHarness.Eip1559(0, 0, 2 * Gwei, Gwei);
        var highS = tx.WithSignature(tx.V == 0 ? UInt256.One : UInt256.Zero, tx.R, TransactionValidator.SecpN - tx.S);
        AssertRejected(harness.Pool.Add(highS), TxPoolError.InvalidSignature, "invalid transaction v, r, s values");
    }

    [Fact]
    public void Rejects_a_tip_below_the_configured_floor_as_transaction_underpriced()
    {
        var harness = new PoolHarness(TxPoolOptions.Default with { MinTipWei = Gwei });
        AssertRejected(harness.Pool.Add(PoolHarness.Eip1559(0, 0, 2 * Gwei, Gwei - 1)), TxPoolError.Underpriced, "transaction underpriced");
        AssertRejected(harness.Pool.Add(PoolHarness.Legacy(1, 0, Gwei - 1)), TxPoolError.Underpriced, "transaction underpriced");
        Assert.True(harness.Pool.Add(PoolHarness.Eip1559(2, 0, 2 * Gwei, Gwei)).IsAccepted);
    }

    [Fact]
    public void Rejects_a_nonce_below_the_state_nonce_as_nonce_too_low()
    {
        var harness = new PoolHarness();
        harness.State.Set(TestAccounts.Address(0), 5, PoolHarness.Rich);
        harness.UpdateHead(Gwei);
        AssertRejected(harness.Pool.Add(PoolHarness.Eip1559(0, 4, 2 * Gwei, Gwei)), TxPoolError.NonceTooLow, "nonce too low");
        Assert.True(harness.Pool.Add(PoolHarness.Eip1559(0, 5, 2 * Gwei, Gwei)).IsAccepted);
    }

    [Fact]
    public void Rejects_a_nonce_beyond_the_senders_window_as_nonce_too_high()
    {
        var harness = new PoolHarness();
        AssertRejected(harness.Pool.Add(PoolHarness.Eip1559(0, 64, 2 * Gwei, Gwei)), TxPoolError.NonceTooHigh, "nonce too high");
        Assert.True(harness.Pool.Add(PoolHarness.Eip1559(0, 63, 2 * Gwei, Gwei)).IsAccepted);
    }

    [Fact]
    public void Rejects_a_sender_who_cannot_pay_gas_times_fee_cap_plus_value_as_insufficient_funds()
    {
        var harness = new PoolHarness();
        var poor = 100;
        harness.State.Set(TestAccounts.Address(poor), 0, (21_000 * 2 * Gwei) + 99);
        harness.UpdateHead(Gwei);
        AssertRejected(
            harness.Pool.Add(PoolHarness.Eip1559(poor, 0, 2 * Gwei, Gwei, value: 100)),
            TxPoolError.InsufficientFunds,
            "insufficient funds for gas * price + value");
        Assert.True(harness.Pool.Add(PoolHarness.Eip1559(poor, 0, 2 * Gwei, Gwei, value: 99)).IsAccepted);
    }

    [Fact]
    public void Rejects_an_underpaying_replacement_as_replacement_transaction_underpriced()
    {
        var harness = new PoolHarness();
        Assert.True(harness.Pool.Add(PoolHarness.Eip1559(0, 0, 2 * Gwei, Gwei)).IsAccepted);
        AssertRejected(
            harness.Pool.Add(PoolHarness.Eip1559(0, 0, 2 * Gwei, Gwei, value: 1)),
            TxPoolError.ReplacementUnderpriced,
            "replacement transaction underpriced");
    }

    [Fact]
    public void Accepts_a_fee_cap_below_the_base_fee_as_geth_does_but_never_selects_it()
    {
        var harness = new PoolHarness(baseFee: 10 * Gwei);
        var cheap = PoolHarness.Eip1559(0, 0, 5 * Gwei, Gwei);
        Assert.True(harness.Pool.Add(cheap).IsAccepted);
        Assert.Equal(new TxPoolStatus(1, 0), harness.Pool.Status);
        Assert.False(harness.Pool.SelectPending().TryNext(ulong.MaxValue, out _));
        Assert.True(harness.Pool.SelectPending(5 * Gwei).TryNext(ulong.MaxValue, out var selected));
        Assert.Same(cheap, selected);
    }

    [Fact]
    public void Refuses_transactions_before_a_head_is_set()
    {
        var pool = new TransactionPool(Forks.Cancun, PoolHarness.ChainId, TxPoolOptions.Default, new ManualTime());
        Assert.Throws<InvalidOperationException>(() => pool.Add(PoolHarness.Eip1559(0, 0, 2 * Gwei, Gwei)));
    }

    [Fact]
    public void Every_error_has_a_message_and_accepted_has_none()
    {
        foreach (var error in Enum.GetValues<TxPoolError>())
        {
            var message = TxPoolResult.MessageOf(error);
            Assert.Equal(error == TxPoolError.None, message.Length == 0);
        }
    }
}
