using Glow.Core;
using Glow.Core.Blocks;
using Glow.Core.Specs;
using Glow.Evm.Processing;

namespace Glow.Evm.Tests.Processing;

public class EthereumBlockValidatorTests
{
    private static readonly BlockHeader Parent = new HeaderFields
    {
        Number = 7,
        GasLimit = 30_000_000,
        GasUsed = 12_000_000,
        Timestamp = 1000,
        BaseFeePerGas = 1000,
        WithdrawalsRoot = OrderedTrie.RootOf([]),
        BlobGasUsed = 131_072,
        ExcessBlobGas = 393_216,
        ParentBeaconBlockRoot = Hash256.Zero,
    }.ToHeader();

    private static HeaderFields Child() => new()
    {
        ParentHash = Parent.Hash,
        Number = 8,
        GasLimit = 30_000_000,
        Timestamp = 1012,
        BaseFeePerGas = BlockFeeRules.NextBaseFee(Parent),
        WithdrawalsRoot = OrderedTrie.RootOf([]),
        BlobGasUsed = 0,
        ExcessBlobGas = BlockFeeRules.NextExcessBlobGas(Parent),
        ParentBeaconBlockRoot = Hash256.Zero,
    };

    private static BlockInvalidReason? Check(HeaderFields child) =>
        EthereumBlockValidator.ValidateHeader(child.ToHeader(), Parent, Forks.Cancun)?.Reason;

    [Fact]
    public void Accepts_a_header_that_follows_its_parent()
    {
        Assert.Null(EthereumBlockValidator.ValidateHeader(Child().ToHeader(), Parent, Forks.Cancun));
    }

    [Fact]
    public void Rejects_a_header_whose_parent_hash_is_not_the_parent()
    {
        Assert.Equal(BlockInvalidReason.UnknownParent, Check(Child() with { ParentHash = Hash256.Zero }));
    }

    [Theory]
    [InlineData(7UL)]
    [InlineData(9UL)]
    [InlineData(0UL)]
    public void Rejects_a_number_that_is_not_the_parents_plus_one(ulong number)
    {
        Assert.Equal(BlockInvalidReason.InvalidBlockNumber, Check(Child() with { Number = number }));
    }

    [Fact]
    public void Rejects_a_gas_limit_above_2_to_the_63_minus_1()
    {
        Assert.Equal(BlockInvalidReason.GasLimitTooBig, Check(Child() with { GasLimit = 1UL << 63 }));
    }

    [Theory]
    [InlineData(30_000_000UL + 29_296UL)]
    [InlineData(30_000_000UL - 29_296UL)]
    [InlineData(0UL)]
    public void Rejects_a_gas_limit_that_moves_by_a_1024th_of_the_parents_or_more(ulong gasLimit)
    {
        // 30,000,000 / 1024 = 29,296 (rounded down): a move of that much is one too many.
        Assert.Equal(BlockInvalidReason.InvalidGasLimit, Check(Child() with { GasLimit = gasLimit }));
    }

    [Theory]
    [InlineData(30_000_000UL + 29_295UL)]
    [InlineData(30_000_000UL - 29_295UL)]
    public void Accepts_a_gas_limit_that_moves_by_less_than_a_1024th(ulong gasLimit)
    {
        Assert.Null(Check(Child() with { GasLimit = gasLimit }));
    }

    [Fact]
    public void Gas_limit_bounds_are_strict_on_both_sides_and_floor_at_5000()
    {
        Assert.True(EthereumBlockValidator.IsGasLimitWithinBounds(1_024_000, 1_024_999));
        Assert.False(EthereumBlockValidator.IsGasLimitWithinBounds(1_024_000, 1_025_000));
        Assert.True(EthereumBlockValidator.IsGasLimitWithinBounds(1_024_000, 1_023_001));
        Assert.False(EthereumBlockValidator.IsGasLimitWithinBounds(1_024_000, 1_023_000));
        Assert.True(EthereumBlockValidator.IsGasLimitWithinBounds(5_000, 5_000));
        Assert.False(EthereumBlockValidator.IsGasLimitWithinBounds(5_000, 4_999));
    }

    [Fact]
    public void Rejects_gas_used_above_the_gas_limit()
    {
        Assert.Equal(BlockInvalidReason.GasUsedOverflow, Check(Child() with { GasUsed = 30_000_001 }));
        Assert.Null(Check(Child() with { GasUsed = 30_000_000 }));
    }

    [Theory]
    [InlineData(1000UL)]
    [InlineData(999UL)]
    public void Rejects_a_timestamp_not_after_the_parents(ulong timestamp)
    {
        Assert.Equal(BlockInvalidReason.TimestampNotAfterParent, Check(Child() with { Timestamp = timestamp }));
    }

    [Fact]
    public void Rejects_more_than_32_bytes_of_extra_data()
    {
        Assert.Equal(BlockInvalidReason.ExtraDataTooBig, Check(Child() with { ExtraData = new byte[33] }));
        Assert.Null(Check(Child() with { ExtraData = new byte[32] }));
    }

    [Fact]
    public void Rejects_a_difficulty_after_the_merge()
    {
        Assert.Equal(BlockInvalidReason.DifficultyNotZero, Check(Child() with { Difficulty = 1 }));
    }

    [Fact]
    public void Rejects_a_proof_of_work_nonce_after_the_merge()
    {
        Assert.Equal(BlockInvalidReason.NonceNotZero, Check(Child() with { Nonce = 1 }));
    }

    [Fact]
    public void Rejects_an_ommers_hash_other_than_the_empty_lists_after_the_merge()
    {
        Assert.Equal(BlockInvalidReason.OmmersNotEmpty, Check(Child() with { OmmersHash = Hash256.Zero }));
    }

    [Fact]
    public void Rejects_a_base_fee_other_than_the_one_the_parent_implies()
    {
        var expected = BlockFeeRules.NextBaseFee(Parent);
        Assert.Equal(BlockInvalidReason.InvalidBaseFee, Check(Child() with { BaseFeePerGas = expected + 1 }));
        Assert.Equal(BlockInvalidReason.InvalidBaseFee, Check(Child() with { BaseFeePerGas = expected - 1 }));
    }

    [Fact]
    public void Rejects_an_excess_blob_gas_other_than_the_one_the_parent_implies()
    {
        Assert.Equal(BlockInvalidReason.IncorrectExcessBlobGas, Check(Child() with { ExcessBlobGas = 0 }));
    }

    [Fact]
    public void Rejects_a_cancun_header_without_a_parent_beacon_block_root()
    {
        Assert.Equal(BlockInvalidReason.InvalidHeaderFields, Check(Child() with { ParentBeaconBlockRoot = null }));
    }

    [Fact]
    public void Rejects_cancun_fields_in_a_shanghai_header()
    {
        var reason = EthereumBlockValidator.ValidateHeader(Child().ToHeader(), Parent, Forks.Shanghai)?.Reason;
        Assert.Equal(BlockInvalidReason.IncorrectBlobGasUsed, reason);
    }

    [Fact]
    public void Rejects_ommers_in_a_body_after_the_merge()
    {
        var block = new Block(Child().ToHeader(), [], [Parent], []);
        Assert.Equal(BlockInvalidReason.OmmersNotEmpty, EthereumBlockValidator.ValidateBody(block, Forks.Cancun)?.Reason);
    }

    [Fact]
    public void Rejects_a_body_without_withdrawals_from_shanghai_on_and_with_them_before()
    {
        var header = Child().ToHeader();
        Assert.Equal(BlockInvalidReason.WithdrawalsMissing, EthereumBlockValidator.ValidateBody(new Block(header, [], [], null), Forks.Cancun)?.Reason);
        Assert.Equal(BlockInvalidReason.WithdrawalsMissing, EthereumBlockValidator.ValidateBody(new Block(header, [], [], []), Forks.Paris)?.Reason);
        Assert.Null(EthereumBlockValidator.ValidateBody(new Block(header, [], [], []), Forks.Cancun));
    }
}
