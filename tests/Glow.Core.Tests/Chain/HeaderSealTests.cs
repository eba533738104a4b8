using Glow.Core.Blocks;
using Glow.Core.Chain;
using Glow.Core.Crypto;
using Glow.Core.Encoding;
using Glow.Core.Numerics;

namespace Glow.Core.Tests.Chain;

public class HeaderSealTests
{
    private static readonly byte[] Key = Hex.Decode("0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318");
    private static readonly UInt256 GroupOrder = UInt256.Parse("0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141");

    [Fact]
    public void A_sealed_header_recovers_the_address_of_the_key_that_sealed_it()
    {
        var unsealed = Unsealed();

        var sealedHeader = HeaderSeal.Seal(unsealed, Key);

        Assert.True(Secp256k1.TryDeriveAddressFromPrivateKey(Key, out var expected));
        Assert.True(HeaderSeal.TryRecoverSigner(sealedHeader, out var signer));
        Assert.Equal(expected, signer);
        Assert.Equal(unsealed.ExtraData.Length + HeaderSeal.SealLength, sealedHeader.ExtraData.Length);
        Assert.Equal(Keccak256.Compute(BlockHeaderCodec.Encode(unsealed)), HeaderSeal.SealHash(sealedHeader));
    }

    [Fact]
    public void The_seal_is_r_s_v_with_v_0_or_1_and_low_s()
    {
        var seal = HeaderSeal.Seal(Unsealed(), Key).ExtraData.Span[^HeaderSeal.SealLength..];

        Assert.InRange(seal[64], 0, 1);
        Assert.True(Secp256k1.IsLowS(seal.Slice(32, 32)));
    }

    [Fact]
    public void A_sealed_header_splits_into_its_glow_extra_and_its_seal_and_survives_rlp()
    {
        var sealedHeader = BlockHeaderCodec.Decode(BlockHeaderCodec.Encode(HeaderSeal.Seal(Unsealed(), Key)));

        Assert.True(HeaderSeal.TrySplit(sealedHeader, out var extra, out var seal));
        Assert.Equal(Extra(), extra);
        Assert.Equal(HeaderSeal.SealLength, seal.Length);
        Assert.True(HeaderSeal.TryRecoverSigner(sealedHeader, out _));
    }

    [Fact]
    public void Sealing_is_deterministic() =>
        Assert.Equal(HeaderSeal.Seal(Unsealed(), Key).Hash, HeaderSeal.Seal(Unsealed(), Key).Hash);

    [Fact]
    public void A_tampered_header_no_longer_recovers_the_signer()
    {
        var sealedHeader = HeaderSeal.Seal(Unsealed(), Key);
        Assert.True(HeaderSeal.TryRecoverSigner(sealedHeader, out var signer));

        var otherNumber = WithExtraData(sealedHeader, sealedHeader.ExtraData, number: 8);
        var extraData = sealedHeader.ExtraData.ToArray();
        extraData[2] ^= 1;
        var otherExtra = WithExtraData(sealedHeader, extraData);

        Assert.False(HeaderSeal.TryRecoverSigner(otherNumber, out var first) && first == signer);
        Assert.False(HeaderSeal.TryRecoverSigner(otherExtra, out var second) && second == signer);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(64)]
    public void Extra_data_shorter_than_a_seal_has_no_signer(int length)
    {
        var header = WithExtraData(Unsealed(), new byte[length]);

        Assert.False(HeaderSeal.TryRecoverSigner(header, out var signer));
        Assert.Equal(Address.Zero, signer);
        Assert.False(HeaderSeal.TrySplit(header, out _, out _));
        Assert.Throws<ArgumentException>(() => HeaderSeal.SealHash(header));
    }

    [Fact]
    public void Rejects_a_seal_with_high_s_even_though_the_signature_recovers()
    {
        var sealedHeader = HeaderSeal.Seal(Unsealed(), Key);
        var extraData = sealedHeader.ExtraData.ToArray();
        var seal = extraData.AsSpan(extraData.Length - HeaderSeal.SealLength);

        // (r, n − s) with the other recovery id is the same signature's high-s twin.
        (GroupOrder - UInt256.FromBigEndian(seal.Slice(32, 32))).WriteBigEndian(seal.Slice(32, 32));
        seal[64] ^= 1;
        var highS = WithExtraData(sealedHeader, extraData);

        Assert.True(Secp256k1.TryRecoverAddress(HeaderSeal.SealHash(highS).Bytes, seal[..64], seal[64], out var twin));
        Assert.True(HeaderSeal.TryRecoverSigner(sealedHeader, out var signer));
        Assert.Equal(signer, twin);
        Assert.False(HeaderSeal.TryRecoverSigner(highS, out _));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(27)]
    [InlineData(28)]
    public void Rejects_a_recovery_id_other_than_0_or_1(byte v)
    {
        var extraData = HeaderSeal.Seal(Unsealed(), Key).ExtraData.ToArray();
        extraData[^1] = v;

        Assert.False(HeaderSeal.TryRecoverSigner(WithExtraData(Unsealed(), extraData), out _));
    }

    [Fact]
    public void Rejects_a_seal_whose_r_is_zero()
    {
        var extraData = HeaderSeal.Seal(Unsealed(), Key).ExtraData.ToArray();
        extraData.AsSpan(extraData.Length - HeaderSeal.SealLength, 32).Clear();

        Assert.False(HeaderSeal.TryRecoverSigner(WithExtraData(Unsealed(), extraData), out _));
    }

    [Fact]
    public void Split_fails_when_what_precedes_the_seal_is_not_a_glow_extra()
    {
        var header = WithExtraData(Unsealed(), new byte[3 + HeaderSeal.SealLength]);

        Assert.False(HeaderSeal.TrySplit(header, out var extra, out var seal));
        Assert.Null(extra);
        Assert.True(seal.IsEmpty);
    }

    [Fact]
    public void Sealing_with_an_invalid_key_is_an_error()
    {
        Assert.Throws<ArgumentException>(() => HeaderSeal.Seal(Unsealed(), new byte[32]));
        Assert.Throws<ArgumentException>(() => HeaderSeal.Seal(Unsealed(), new byte[31]));
    }

    private static GlowExtra Extra() => new() { Cycle = 3, RandomCommit = Keccak256.Compute([1]) };

    private static BlockHeader Unsealed() => new()
    {
        ParentHash = Keccak256.Compute([7]),
        Coinbase = Address.Parse("0x00000000000000000000000000000000000000aa"),
        StateRoot = Keccak256.Compute([8]),
        Number = 7,
        GasLimit = 100_000_000,
        Timestamp = 70,
        ExtraData = GlowExtraCodec.Encode(Extra()),
        MixHash = Keccak256.Compute([9]),
        BaseFeePerGas = (UInt256)1_000_000_000UL,
        WithdrawalsRoot = Keccak256.OfEmptyString,
        BlobGasUsed = 0,
        ExcessBlobGas = 0,
        ParentBeaconBlockRoot = Hash256.Zero,
    };

    private static BlockHeader WithExtraData(BlockHeader h, ReadOnlyMemory<byte> extraData, ulong? number = null) => new()
    {
        ParentHash = h.ParentHash,
        Coinbase = h.Coinbase,
        StateRoot = h.StateRoot,
        Number = number ?? h.Number,
        GasLimit = h.GasLimit,
        Timestamp = h.Timestamp,
        ExtraData = extraData,
        MixHash = h.MixHash,
        BaseFeePerGas = h.BaseFeePerGas,
        WithdrawalsRoot = h.WithdrawalsRoot,
        BlobGasUsed = h.BlobGasUsed,
        ExcessBlobGas = h.ExcessBlobGas,
        ParentBeaconBlockRoot = h.ParentBeaconBlockRoot,
    };
}
