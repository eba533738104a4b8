using Glow.Core.Blocks;
using Glow.Core.Crypto;
using Glow.Core.Encoding;
using Glow.Core.Transactions;

namespace Glow.Core.Tests.Blocks;

public class ReceiptCodecTests
{
    private static readonly Log TransferLog = new(
        Address.Parse("0x095e7baea6a6c7c4c2dfeb977efac326af552d87"),
        [Hash256.Parse("0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef")],
        new byte[] { 0, 0, 0, 7 });

    [Fact]
    public void Legacy_receipt_is_the_plain_four_field_list()
    {
        var receipt = new Receipt(TxType.Legacy, true, 21_000, default, []);

        var bytes = ReceiptCodec.Encode(receipt);

        // [0x01, 0x5208, bloom(256 zero bytes), []]: list header f9 0108, then 01, 82 5208, b9 0100 + 256 zeros, c0.
        Assert.Equal("0xf9010801825208b90100" + new string('0', 512) + "c0", Hex.Encode(bytes));
        Assert.Equal(receipt, ReceiptCodec.Decode(bytes));
    }

    [Fact]
    public void Typed_receipt_is_prefixed_with_its_type_and_failure_is_the_empty_string()
    {
        var receipt = new Receipt(TxType.DynamicFee, false, 50_000, Bloom.Of([TransferLog]), [TransferLog]);

        var bytes = ReceiptCodec.Encode(receipt);

        Assert.Equal(0x02, bytes[0]);
        Assert.True(bytes[1] >= 0xf8);
        Assert.Equal(0x80, bytes[4]);
        Assert.Equal(receipt, ReceiptCodec.Decode(bytes));
    }

    [Fact]
    public void Pre_Byzantium_receipt_carries_the_intermediate_state_root()
    {
        var receipt = new Receipt(TxType.Legacy, false, 1, default, [], Keccak256.OfEmpty);

        Assert.Equal(receipt, ReceiptCodec.Decode(ReceiptCodec.Encode(receipt)));
    }

    [Fact]
    public void Logs_encode_as_address_topics_and_data()
    {
        var encoded = ReceiptCodec.EncodeLogs([TransferLog]);

        Assert.Equal(
            "0xf83ef83c94095e7baea6a6c7c4c2dfeb977efac326af552d87e1a0ddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef8400000007",
            Hex.Encode(encoded));
        Assert.Equal("0x1dcc4de8dec75d7aab85b567b6ccd41ad312451b948a7413f0a142fd40d49347", Keccak256.Compute(ReceiptCodec.EncodeLogs([])).ToString());
    }

    [Fact]
    public void Rejects_a_status_that_is_neither_a_flag_nor_a_root() =>
        Assert.Throws<Core.Rlp.RlpException>(() => ReceiptCodec.Decode(Hex.Decode("0xf9010802825208b90100" + new string('0', 512) + "c0")));
}
