using Glow.Core.Encoding;
using Glow.Core.Numerics;
using Glow.Core.Rlp;
using Glow.Core.Transactions;

namespace Glow.Core.Tests.Transactions;

public class TransactionCodecTests
{
    private static readonly byte[] Key = Hex.Decode("0x4646464646464646464646464646464646464646464646464646464646464646");
    private static readonly Address Recipient = Address.Parse("0x3535353535353535353535353535353535353535");

    // The example of EIP-155: nonce 9, 20 gwei, 21000 gas, 1 ether to 0x3535…35, chain id 1.
    private static readonly Transaction Eip155Example = new()
    {
        Type = TxType.Legacy,
        ChainId = 1,
        Nonce = 9,
        GasPrice = 20_000_000_000UL,
        GasLimit = 21_000,
        To = Recipient,
        Value = 1_000_000_000_000_000_000UL,
    };

    [Fact]
    public void Reproduces_the_EIP155_example_signing_hash_and_signed_bytes()
    {
        Assert.Equal(
            "0xdaf5a779ae972f972197303d7b574746c7ef83eadac0f2791ad23db92e4c8e53",
            TransactionEncoder.SigningHash(Eip155Example).ToString());

        var signed = TransactionSigner.Sign(Eip155Example, Key);

        Assert.Equal(
            "0xf86c098504a817c800825208943535353535353535353535353535353535353535880de0b6b3a76400008025a028ef61340bd939bc2195fe537567866003e1a15d3c71ff63e1590620aa636276a067cbe9d8997f761aecb703304b3800ccf555c9f3dc64214b297fb1966a3b6d83",
            Hex.Encode(TransactionEncoder.Encode(signed)));
        Assert.Equal(37, (int)(ulong)signed.V);
        Assert.Equal(Address.Parse("0x9d8A62f656a8d1615C1294fd71e9CFb3E4855A4F"), signed.RecoverSender());
    }

    public static TheoryData<TxType> Types => [TxType.Legacy, TxType.AccessList, TxType.DynamicFee, TxType.Blob];

    [Theory]
    [MemberData(nameof(Types))]
    public void Signed_transactions_of_every_type_round_trip_and_recover_their_sender(TxType type)
    {
        var signed = TransactionSigner.Sign(Sample(type), Key);
        var bytes = TransactionEncoder.Encode(signed);

        var decoded = TransactionDecoder.Decode(bytes);

        Assert.Equal(type, decoded.Type);
        Assert.Equal(bytes, TransactionEncoder.Encode(decoded));
        Assert.Equal(signed.Hash, decoded.Hash);
        Assert.Equal(signed.RecoverSender(), decoded.RecoverSender());
        Assert.Equal(Address.Parse("0x9d8A62f656a8d1615C1294fd71e9CFb3E4855A4F"), decoded.RecoverSender());
        Assert.Equal(signed.AccessList, decoded.AccessList);
        Assert.Equal(signed.Data.ToArray(), decoded.Data.ToArray());
        Assert.Equal(signed.MaxFeePerGas, decoded.MaxFeePerGas);
        Assert.Equal(signed.MaxPriorityFeePerGas, decoded.MaxPriorityFeePerGas);
        Assert.Equal(signed.BlobVersionedHashes, decoded.BlobVersionedHashes);
        Assert.True(type == TxType.Legacy ? bytes[0] >= 0xc0 : bytes[0] == (byte)type);
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void Block_body_form_wraps_typed_envelopes_as_byte_strings(TxType type)
    {
        var signed = TransactionSigner.Sign(Sample(type), Key);
        var item = TransactionEncoder.EncodeForBlock(signed);

        var reader = new RlpReader(item);
        Assert.Equal(type == TxType.Legacy, reader.PeekIsList());
        var decoded = TransactionDecoder.DecodeFromBlock(ref reader);

        Assert.True(reader.IsAtEnd);
        Assert.Equal(signed.Hash, decoded.Hash);
    }

    [Fact]
    public void Unprotected_legacy_signature_uses_v_27_or_28_and_commits_to_six_fields()
    {
        var unsigned = new Transaction { Nonce = 0, GasPrice = 1, GasLimit = 21_000, To = Recipient };
        var signed = TransactionSigner.Sign(unsigned, Key);

        Assert.True(signed.V == 27 || signed.V == 28);
        Assert.Null(signed.ChainId);
        var payload = new RlpReader(TransactionEncoder.EncodeForSigning(unsigned)).ReadList();
        var fields = 0;
        while (!payload.IsAtEnd)
        {
            payload.SkipItem();
            fields++;
        }

        Assert.Equal(6, fields);
    }

    [Fact]
    public void Legacy_chain_id_comes_from_v()
    {
        var signed = TransactionSigner.Sign(Eip155Example, Key);
        var decoded = TransactionDecoder.Decode(TransactionEncoder.Encode(signed));

        Assert.Equal((UInt256?)1, decoded.ChainId);
        Assert.Equal((int)(ulong)signed.V - 37, decoded.RecoveryId);
    }

    [Theory]
    [InlineData("", TxError.RlpMalformed)]
    [InlineData("0x80", TxError.RlpMalformed)]
    [InlineData("0x05c0", TxError.TypeNotSupported)]
    [InlineData("0xc0", TxError.RlpMalformed)]
    [InlineData("0xc88080808080808080", TxError.RlpMalformed)]
    [InlineData("0xca80808080808080808080", TxError.RlpMalformed)]
    [InlineData("0xca81008080808080808080", TxError.RlpMalformed)]
    [InlineData("0xcb820001808080808080808080", TxError.RlpInvalidValue)]
    [InlineData("0xd389010000000000000000808080808080808080", TxError.NonceOverflow)]
    [InlineData("0xcb808082000080808080808080", TxError.RlpInvalidValue)]
    public void Rejects_malformed_bytes_with_the_rule_they_break(string hex, TxError error)
    {
        var e = Assert.Throws<InvalidTransactionException>(() => TransactionDecoder.Decode(Hex.Decode(hex)));
        Assert.Equal(error, e.Error);
    }

    [Fact]
    public void An_all_empty_transaction_decodes_but_its_zero_signature_is_invalid()
    {
        var tx = TransactionDecoder.Decode(Hex.Decode("0xc9808080808080808080"));

        Assert.Null(tx.RecoverSender());
        Assert.Equal(TxError.InvalidSignature, TransactionValidator.Validate(tx, Glow.Core.Specs.Forks.Cancun, 1)?.Error);
    }

    [Fact]
    public void Rejects_a_recipient_that_is_not_twenty_bytes()
    {
        var builder = new RlpBuilder().StartList().AddUInt64(0).AddUInt64(1).AddUInt64(21_000)
            .AddBytes(new byte[19]).AddUInt64(0).AddBytes([]).AddUInt64(27).AddUInt64(1).AddUInt64(1).EndList();

        var e = Assert.Throws<InvalidTransactionException>(() => TransactionDecoder.Decode(builder.ToArray()));

        Assert.Equal(TxError.RlpInvalidValue, e.Error);
        Assert.Contains("20 bytes", e.Message, StringComparison.Ordinal);
    }

    internal static Transaction Sample(TxType type) => new()
    {
        Type = type,
        ChainId = 1,
        Nonce = 7,
        GasPrice = type <= TxType.AccessList ? 3_000_000_000UL : UInt256.Zero,
        MaxPriorityFeePerGas = 1_000_000_000UL,
        MaxFeePerGas = 40_000_000_000UL,
        GasLimit = 100_000,
        To = Recipient,
        Value = 12345,
        Data = new byte[] { 0xa9, 0x05, 0x9c, 0xbb, 0x00, 0x01 },
        AccessList = type == TxType.Legacy ? [] : [new AccessListEntry(Recipient, [Hash256.Zero, Core.Crypto.Keccak256.OfEmpty])],
        MaxFeePerBlobGas = type == TxType.Blob ? 5UL : UInt256.Zero,
        BlobVersionedHashes = type == TxType.Blob ? [Hash256.Parse("0x01" + new string('a', 62))] : [],
    };
}
