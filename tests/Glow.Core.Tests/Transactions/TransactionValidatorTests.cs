using Glow.Core.Numerics;
using Glow.Core.Specs;
using Glow.Core.Transactions;

namespace Glow.Core.Tests.Transactions;

public class TransactionValidatorTests
{
    private static readonly byte[] Key = Core.Encoding.Hex.Decode("0x4646464646464646464646464646464646464646464646464646464646464646");
    private static readonly UInt256 ChainId = 1;

    private static Transaction Signed(TxType type = TxType.DynamicFee) =>
        TransactionSigner.Sign(TransactionCodecTests.Sample(type), Key);

    [Fact]
    public void Accepts_well_formed_signed_transactions_of_every_Cancun_type()
    {
        foreach (var type in new[] { TxType.Legacy, TxType.AccessList, TxType.DynamicFee, TxType.Blob })
        {
            Assert.Null(TransactionValidator.Validate(Signed(type), Forks.Cancun, ChainId));
        }
    }

    [Fact]
    public void Rejects_typed_transactions_before_their_fork()
    {
        Assert.Equal(TxError.TypeNotSupported, TransactionValidator.Validate(Signed(TxType.AccessList), Forks.Istanbul, ChainId)?.Error);
        Assert.Equal(TxError.TypeNotSupported, TransactionValidator.Validate(Signed(TxType.DynamicFee), Forks.Berlin, ChainId)?.Error);
        Assert.Equal(TxError.TypeNotSupported, TransactionValidator.Validate(Signed(TxType.Blob), Forks.Shanghai, ChainId)?.Error);
    }

    [Fact]
    public void Rejects_a_signature_for_another_chain()
    {
        var rejection = TransactionValidator.Validate(Signed(), Forks.Cancun, 1337);

        Assert.Equal(TxError.InvalidChainId, rejection?.Error);
        Assert.Equal("invalid chain id for signer", rejection?.Message);
    }

    [Fact]
    public void Rejects_high_s_from_Homestead_on_but_not_in_Frontier()
    {
        var low = TransactionSigner.Sign(new Transaction { GasPrice = 1, GasLimit = 21_000, To = Address.Zero }, Key);
        var high = low.WithSignature(low.V == 27 ? 28UL : 27UL, low.R, TransactionValidator.SecpN - low.S);

        Assert.Equal(low.RecoverSender(), high.RecoverSender());
        Assert.Null(TransactionValidator.Validate(high, Forks.Frontier, ChainId));
        Assert.Equal(TxError.InvalidSignature, TransactionValidator.Validate(high, Forks.Homestead, ChainId)?.Error);
    }

    [Fact]
    public void Rejects_r_or_s_of_zero_or_at_least_the_curve_order()
    {
        var tx = Signed();

        Assert.Equal(TxError.InvalidSignature, TransactionValidator.Validate(tx.WithSignature(tx.V, 0, tx.S), Forks.Cancun, ChainId)?.Error);
        Assert.Equal(TxError.InvalidSignature, TransactionValidator.Validate(tx.WithSignature(tx.V, tx.R, 0), Forks.Cancun, ChainId)?.Error);
        Assert.Equal(TxError.InvalidSignature, TransactionValidator.Validate(tx.WithSignature(tx.V, TransactionValidator.SecpN, tx.S), Forks.Cancun, ChainId)?.Error);
        Assert.Equal(TxError.InvalidSignature, TransactionValidator.Validate(tx.WithSignature(2, tx.R, tx.S), Forks.Cancun, ChainId)?.Error);
    }

    [Fact]
    public void Rejects_a_priority_fee_above_the_max_fee()
    {
        var tx = TransactionSigner.Sign(
            new Transaction { Type = TxType.DynamicFee, ChainId = 1, MaxFeePerGas = 1, MaxPriorityFeePerGas = 2, GasLimit = 21_000, To = Address.Zero },
            Key);

        Assert.Equal(TxError.PriorityGreaterThanMaxFee, TransactionValidator.Validate(tx, Forks.Cancun, ChainId)?.Error);
    }

    [Fact]
    public void Rejects_gas_limit_below_intrinsic_gas_with_gethes_wording()
    {
        var tx = TransactionSigner.Sign(new Transaction { GasPrice = 1, GasLimit = 20_999, To = Address.Zero, ChainId = 1 }, Key);

        var rejection = TransactionValidator.Validate(tx, Forks.Cancun, ChainId);

        Assert.Equal(TxError.IntrinsicGasTooLow, rejection?.Error);
        Assert.StartsWith("intrinsic gas too low", rejection?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_init_code_over_the_EIP3860_limit_from_Shanghai_on()
    {
        var tx = TransactionSigner.Sign(
            new Transaction { GasPrice = 1, GasLimit = 30_000_000, Data = new byte[49_153], ChainId = 1 },
            Key);

        Assert.Equal(TxError.InitCodeSizeExceeded, TransactionValidator.Validate(tx, Forks.Shanghai, ChainId)?.Error);
        Assert.Null(TransactionValidator.Validate(tx, Forks.Paris, ChainId));
    }

    [Fact]
    public void Rejects_the_maximum_nonce_as_EIP2681_requires()
    {
        var tx = TransactionSigner.Sign(new Transaction { Nonce = ulong.MaxValue, GasPrice = 1, GasLimit = 21_000, To = Address.Zero, ChainId = 1 }, Key);

        Assert.Equal(TxError.NonceTooBig, TransactionValidator.Validate(tx, Forks.Cancun, ChainId)?.Error);
    }

    [Fact]
    public void Rejects_blob_transactions_without_blobs_or_with_a_wrong_hash_version()
    {
        var none = TransactionSigner.Sign(
            new Transaction { Type = TxType.Blob, ChainId = 1, MaxFeePerGas = 1, GasLimit = 21_000, To = Address.Zero, MaxFeePerBlobGas = 1 },
            Key);
        var wrongVersion = TransactionSigner.Sign(
            new Transaction { Type = TxType.Blob, ChainId = 1, MaxFeePerGas = 1, GasLimit = 21_000, To = Address.Zero, MaxFeePerBlobGas = 1, BlobVersionedHashes = [Hash256.Zero] },
            Key);

        Assert.Equal(TxError.InvalidBlobTransaction, TransactionValidator.Validate(none, Forks.Cancun, ChainId)?.Error);
        Assert.Equal(TxError.InvalidBlobTransaction, TransactionValidator.Validate(wrongVersion, Forks.Cancun, ChainId)?.Error);
    }

    [Fact]
    public void Intrinsic_gas_counts_data_creation_access_list_and_init_code_words()
    {
        var call = new Transaction { To = Address.Zero, Data = new byte[] { 0, 1, 0, 2 } };
        var create = new Transaction { Data = new byte[33] };
        var withList = new Transaction
        {
            Type = TxType.AccessList,
            To = Address.Zero,
            AccessList = [new AccessListEntry(Address.Zero, [Hash256.Zero, Hash256.Zero])],
        };

        Assert.Equal(21_000UL + 4 + 16 + 4 + 16, IntrinsicGas.Of(call, Forks.Cancun));
        Assert.Equal(21_000UL + 4 + 68 + 4 + 68, IntrinsicGas.Of(call, Forks.Byzantium));
        Assert.Equal(53_000UL + (33 * 4) + (2 * 2), IntrinsicGas.Of(create, Forks.Cancun));
        Assert.Equal(21_000UL + (33 * 4), IntrinsicGas.Of(create, Forks.Frontier));
        Assert.Equal(21_000UL + 2_400 + (2 * 1_900), IntrinsicGas.Of(withList, Forks.Cancun));
    }

    [Fact]
    public void Effective_gas_price_is_the_lesser_of_max_fee_and_base_fee_plus_tip()
    {
        var tx = new Transaction { Type = TxType.DynamicFee, MaxFeePerGas = 100, MaxPriorityFeePerGas = 10 };
        var legacy = new Transaction { GasPrice = 50 };

        Assert.Equal((UInt256)60, tx.EffectiveGasPrice(50));
        Assert.Equal((UInt256)100, tx.EffectiveGasPrice(95));
        Assert.Equal((UInt256)50, legacy.EffectiveGasPrice(7));
        Assert.Equal((UInt256)100, tx.EffectiveGasPrice(UInt256.MaxValue));
    }
}
