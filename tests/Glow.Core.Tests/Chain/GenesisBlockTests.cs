using Glow.Core.Blocks;
using Glow.Core.Chain;
using Glow.Core.Crypto;
using Glow.Core.Encoding;
using Glow.Core.Numerics;

namespace Glow.Core.Tests.Chain;

public class GenesisBlockTests
{
    private static readonly Hash256 StateRoot = Keccak256.Compute([42]);

    [Fact]
    public void The_genesis_header_has_the_cancun_shape_of_protocol_section_2()
    {
        var spec = ChainSpecLoader.Dev();

        var header = GenesisBlock.Create(spec, StateRoot).Header;

        Assert.Equal(0UL, header.Number);
        Assert.Equal(Hash256.Zero, header.ParentHash);
        Assert.Equal(Keccak256.OfEmptyList, header.OmmersHash);
        Assert.Equal(Address.Zero, header.Coinbase);
        Assert.Equal(StateRoot, header.StateRoot);
        Assert.Equal(Keccak256.OfEmptyString, header.TransactionsRoot);
        Assert.Equal(Keccak256.OfEmptyString, header.ReceiptsRoot);
        Assert.True(header.Bloom.IsEmpty);
        Assert.Equal(UInt256.Zero, header.Difficulty);
        Assert.Equal(100_000_000UL, header.GasLimit);
        Assert.Equal(0UL, header.GasUsed);
        Assert.Equal(0UL, header.Timestamp);
        Assert.Equal(0UL, header.Nonce);
        Assert.Equal((UInt256)1_000_000_000UL, header.BaseFeePerGas);
        Assert.Equal(Keccak256.OfEmptyString, header.WithdrawalsRoot);
        Assert.Equal(0UL, header.BlobGasUsed);
        Assert.Equal(0UL, header.ExcessBlobGas);
        Assert.Equal(Hash256.Zero, header.ParentBeaconBlockRoot);
    }

    [Fact]
    public void Genesis_extra_data_is_glow_extra_version_1_cycle_0_without_a_seal()
    {
        var header = GenesisBlock.Create(ChainSpecLoader.Dev(), StateRoot).Header;

        Assert.Equal("0xc60180808080c0", Hex.Encode(header.ExtraData.Span));
        Assert.Equal(new GlowExtra { Version = 1, Cycle = 0 }, GlowExtraCodec.Decode(header.ExtraData.Span));
        Assert.False(HeaderSeal.TryRecoverSigner(header, out _));
    }

    [Fact]
    public void Genesis_mix_hash_is_the_keccak_of_the_chain_id_as_a_32_byte_word()
    {
        var header = GenesisBlock.Create(ChainSpecLoader.Dev(), StateRoot).Header;

        var word = new byte[32];
        word[30] = 0x05;
        word[31] = 0x39;
        Assert.Equal(Keccak256.Compute(word), header.MixHash);
        Assert.NotEqual(GenesisBlock.InitialBeacon(1), GenesisBlock.InitialBeacon(1337));
    }

    [Fact]
    public void Genesis_has_an_empty_body_with_an_empty_withdrawals_list()
    {
        var block = GenesisBlock.Create(ChainSpecLoader.Dev(), StateRoot);

        Assert.Empty(block.Transactions);
        Assert.Empty(block.Ommers);
        Assert.NotNull(block.Withdrawals);
        Assert.Empty(block.Withdrawals);
    }

    [Fact]
    public void Genesis_takes_timestamp_coinbase_gas_limit_and_base_fee_from_the_chainspec()
    {
        var spec = ChainSpecLoader.Parse("""
            { "name": "t", "chainId": 9, "fork": "cancun",
              "params": { "gasLimit": 30000000, "baseFee": { "initial": 7 } },
              "genesis": { "timestamp": 1700000000, "coinbase": "0x00000000000000000000000000000000000000aa" } }
            """);

        var header = GenesisBlock.Create(spec, StateRoot).Header;

        Assert.Equal(1_700_000_000UL, header.Timestamp);
        Assert.Equal(Address.Parse("0x00000000000000000000000000000000000000aa"), header.Coinbase);
        Assert.Equal(30_000_000UL, header.GasLimit);
        Assert.Equal((UInt256)7UL, header.BaseFeePerGas);
        Assert.Equal(GenesisBlock.InitialBeacon(9), header.MixHash);
    }

    [Fact]
    public void The_genesis_hash_is_deterministic_and_survives_an_rlp_round_trip()
    {
        var first = GenesisBlock.Create(ChainSpecLoader.Dev(), StateRoot);
        var second = GenesisBlock.Create(ChainSpecLoader.Dev(), StateRoot);

        var decoded = BlockHeaderCodec.Decode(BlockHeaderCodec.Encode(first.Header));

        Assert.Equal(first.Hash, second.Hash);
        Assert.Equal(first.Hash, decoded.Hash);
        Assert.NotEqual(first.Hash, GenesisBlock.Create(ChainSpecLoader.Dev(), Keccak256.OfEmptyString).Hash);
    }
}
