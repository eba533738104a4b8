using Glow.Core;
using Glow.Core.Crypto;
using Glow.Core.Numerics;
using Glow.Core.Transactions;
using Glow.Evm.Execution;
using Glow.Evm.Gas;
using Glow.Evm.Instructions;
using Glow.Evm.Processing;

namespace Glow.Evm.Tests.Processing;

public class TransactionProcessorTests
{
    private static readonly Address Recipient = Address.Parse("0x5000000000000000000000000000000000000005");

    private static Transaction Transfer(ulong nonce = 0, ulong gas = 21_000, UInt256? value = null, UInt256? maxFee = null, UInt256? tip = null) => new()
    {
        Type = TxType.DynamicFee,
        ChainId = 1,
        Nonce = nonce,
        MaxFeePerGas = maxFee ?? 10,
        MaxPriorityFeePerGas = tip ?? 2,
        GasLimit = gas,
        To = Recipient,
        Value = value ?? 1000,
    };

    [Fact]
    public void A_transfer_moves_value_pays_the_tip_to_the_coinbase_and_burns_the_base_fee()
    {
        var evm = new EvmHarness();
        var before = evm.State.GetBalance(EvmHarness.Sender);

        var result = evm.Processor.Execute(evm.State, evm.Block, Transfer(), EvmHarness.Sender);

        // Base fee 7, tip 2: the sender pays 9 per gas; the coinbase gets 2 per gas; 7 per gas is burned.
        Assert.True(result.Success);
        Assert.Equal(21_000UL, result.GasUsed);
        Assert.Equal(before - 1000 - (21_000 * 9), evm.State.GetBalance(EvmHarness.Sender));
        Assert.Equal((UInt256)1000, evm.State.GetBalance(Recipient));
        Assert.Equal((UInt256)(21_000 * 2), evm.State.GetBalance(EvmHarness.Coinbase));
        Assert.Equal(1UL, evm.State.GetNonce(EvmHarness.Sender));
    }

    [Fact]
    public void The_tip_is_capped_by_the_max_fee_minus_the_base_fee()
    {
        var evm = new EvmHarness();
        var result = evm.Processor.Execute(evm.State, evm.Block, Transfer(maxFee: 8, tip: 5), EvmHarness.Sender);

        Assert.True(result.Success);
        Assert.Equal((UInt256)21_000, evm.State.GetBalance(EvmHarness.Coinbase));
    }

    [Fact]
    public void A_legacy_transaction_pays_its_gas_price()
    {
        var evm = new EvmHarness();
        var before = evm.State.GetBalance(EvmHarness.Sender);
        var tx = new Transaction { Type = TxType.Legacy, GasPrice = 10, GasLimit = 21_000, To = Recipient, Value = 1 };

        Assert.True(evm.Processor.Execute(evm.State, evm.Block, tx, EvmHarness.Sender).Success);
        Assert.Equal(before - 1 - (21_000 * 10), evm.State.GetBalance(EvmHarness.Sender));
        Assert.Equal((UInt256)(21_000 * 3), evm.State.GetBalance(EvmHarness.Coinbase));
    }

    [Theory]
    [InlineData(1UL, 21_000UL, 10UL, 2UL, TxInvalidReason.NonceTooHigh)]
    [InlineData(0UL, 20_999UL, 10UL, 2UL, TxInvalidReason.IntrinsicGasTooLow)]
    [InlineData(0UL, 21_000UL, 6UL, 2UL, TxInvalidReason.InsufficientMaxFeePerGas)]
    [InlineData(0UL, 21_000UL, 10UL, 11UL, TxInvalidReason.PriorityGreaterThanMaxFee)]
    [InlineData(0UL, 40_000_000UL, 10UL, 2UL, TxInvalidReason.GasAllowanceExceeded)]
    public void An_invalid_transaction_is_rejected_and_leaves_the_state_alone(ulong nonce, ulong gas, ulong maxFee, ulong tip, TxInvalidReason reason)
    {
        var evm = new EvmHarness();
        var root = evm.State.ComputeStateRoot();

        var result = evm.Processor.Execute(evm.State, evm.Block, Transfer(nonce, gas, maxFee: maxFee, tip: tip), EvmHarness.Sender);

        Assert.Equal(reason, result.Invalid);
        Assert.Equal(root, evm.State.ComputeStateRoot());
    }

    [Fact]
    public void A_sender_that_cannot_pay_the_maximum_fee_and_value_is_rejected()
    {
        var evm = new EvmHarness();
        var balance = evm.State.GetBalance(EvmHarness.Sender);

        var result = evm.Processor.Execute(evm.State, evm.Block, Transfer(value: balance - (21_000 * 10) + 1), EvmHarness.Sender);

        Assert.Equal(TxInvalidReason.InsufficientAccountFunds, result.Invalid);
    }

    [Fact]
    public void A_sender_with_code_is_rejected()
    {
        var evm = new EvmHarness().WithCode(EvmHarness.Sender, "0x00");
        Assert.Equal(TxInvalidReason.SenderNotEoa, evm.Processor.Execute(evm.State, evm.Block, Transfer(), EvmHarness.Sender).Invalid);
    }

    [Fact]
    public void A_failed_transaction_still_pays_for_all_its_gas_and_keeps_the_nonce()
    {
        var evm = new EvmHarness().WithCode(new BytecodeBuilder().Op(Opcode.INVALID).ToHex());
        var before = evm.State.GetBalance(EvmHarness.Sender);

        var result = evm.Call(gas: 100_000);

        Assert.Equal(EvmStatus.InvalidOpcode, result.Status);
        Assert.Equal(100_000UL, result.GasUsed);
        Assert.Equal(before - (100_000 * 9), evm.State.GetBalance(EvmHarness.Sender));
        Assert.Equal(1UL, evm.State.GetNonce(EvmHarness.Sender));
    }

    [Fact]
    public void Logs_carry_address_topics_and_data_and_fill_the_receipt_bloom()
    {
        var code = new BytecodeBuilder().Push(0xabcd).Push(0).Op(Opcode.MSTORE).Push(0x22).Push(0x11).Push(2).Push(30).Op(Opcode.LOG2);
        var evm = new EvmHarness().WithCode(code.ToHex());

        var result = evm.Call();
        var log = Assert.Single(result.Logs);
        var receipt = result.ToReceipt(TxType.DynamicFee, result.GasUsed);

        Assert.Equal(EvmHarness.Contract, log.Address);
        Assert.Equal([Words.ToHash(0x11), Words.ToHash(0x22)], log.Topics);
        Assert.Equal([0xab, 0xcd], log.Data.ToArray());
        Assert.True(receipt.Success);
        Assert.True(receipt.Bloom.MightContain(EvmHarness.Contract));
        Assert.True(receipt.Bloom.MightContain(Words.ToHash(0x22)));
    }

    [Fact]
    public void Logs_of_a_reverted_frame_are_dropped()
    {
        var code = new BytecodeBuilder().Push(0).Push(0).Op(Opcode.LOG0).Push(0).Push(0).Op(Opcode.REVERT);
        var result = new EvmHarness().WithCode(code.ToHex()).Call();

        Assert.Equal(EvmStatus.Revert, result.Status);
        Assert.Empty(result.Logs);
        Assert.False(result.ToReceipt(TxType.DynamicFee, result.GasUsed).Success);
    }

    [Fact]
    public void A_zero_value_call_to_an_empty_account_deletes_it()
    {
        var evm = new EvmHarness();
        evm.State.CreateAccount(Recipient);
        evm.State.FinishTransaction(false);
        Assert.True(evm.State.AccountExists(Recipient));

        Assert.True(evm.Processor.Execute(evm.State, evm.Block, Transfer(value: 0), EvmHarness.Sender).Success);
        Assert.False(evm.State.AccountExists(Recipient));
    }

    [Fact]
    public void Blob_transaction_pays_blob_gas_and_exposes_its_hashes_to_blobhash()
    {
        var hash = new Hash256([0x01, .. Keccak256.Compute([1]).Bytes[1..]]);
        var evm = new EvmHarness().WithCode(new BytecodeBuilder().Push(0).Op(Opcode.BLOBHASH).StoreTop(0).Op(Opcode.BLOBBASEFEE).StoreTop(1).ToHex());
        evm.Block = evm.Block with { ExcessBlobGas = 10_000_000 };
        var before = evm.State.GetBalance(EvmHarness.Sender);
        var tx = new Transaction
        {
            Type = TxType.Blob,
            ChainId = 1,
            MaxFeePerGas = 10,
            MaxPriorityFeePerGas = 2,
            GasLimit = 100_000,
            To = EvmHarness.Contract,
            MaxFeePerBlobGas = 100,
            BlobVersionedHashes = [hash],
        };

        var result = evm.Processor.Execute(evm.State, evm.Block, tx, EvmHarness.Sender);

        var blobBaseFee = BlobGas.BaseFeePerBlobGas(10_000_000);
        Assert.True(result.Success);
        Assert.Equal(GasCost.BlobGasPerBlob, result.BlobGasUsed);
        Assert.Equal(Words.FromHash(hash), evm.Storage(0));
        Assert.Equal(blobBaseFee, evm.Storage(1));
        Assert.Equal(before - (result.GasUsed * 9) - (blobBaseFee * GasCost.BlobGasPerBlob), evm.State.GetBalance(EvmHarness.Sender));
    }

    [Theory]
    [InlineData(0UL, 1UL)]
    [InlineData(3_338_477UL, 2UL)]
    [InlineData(10_000_000UL, 19UL)]
    public void Blob_base_fee_is_the_fake_exponential_of_the_excess(ulong excess, ulong expected) =>
        Assert.Equal((UInt256)expected, BlobGas.BaseFeePerBlobGas(excess));

    [Fact]
    public void Blob_transaction_whose_max_blob_fee_is_below_the_blob_base_fee_is_rejected()
    {
        var evm = new EvmHarness();
        evm.Block = evm.Block with { ExcessBlobGas = 10_000_000 };
        var tx = new Transaction
        {
            Type = TxType.Blob,
            ChainId = 1,
            MaxFeePerGas = 10,
            GasLimit = 21_000,
            To = Recipient,
            MaxFeePerBlobGas = 18,
            BlobVersionedHashes = [new Hash256([0x01, .. new byte[31]])],
        };

        Assert.Equal(TxInvalidReason.InsufficientMaxFeePerBlobGas, evm.Processor.Execute(evm.State, evm.Block, tx, EvmHarness.Sender).Invalid);
    }

    [Fact]
    public void Receipt_of_a_rejected_transaction_does_not_exist()
    {
        var result = TransactionResult.Rejected(TxInvalidReason.NonceTooLow, "nonce too low");
        Assert.Throws<InvalidOperationException>(() => result.ToReceipt(TxType.Legacy, 0));
    }
}
