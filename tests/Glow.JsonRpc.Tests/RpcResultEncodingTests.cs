using Glow.Core;
using Glow.Core.Numerics;

namespace Glow.JsonRpc.Tests;

public class RpcResultEncodingTests
{
    [Theory]
    [InlineData(0UL, "\"0x0\"")]
    [InlineData(1UL, "\"0x1\"")]
    [InlineData(0xfUL, "\"0xf\"")]
    [InlineData(0x10UL, "\"0x10\"")]
    [InlineData(0x539UL, "\"0x539\"")]
    [InlineData(ulong.MaxValue, "\"0xffffffffffffffff\"")]
    public void Quantity_is_lowercase_hex_without_leading_zeros(ulong value, string expected)
    {
        Assert.Equal(expected, RpcResult.Quantity(value).ToString());
        Assert.Equal(expected, RpcResult.Quantity(new UInt256(value)).ToString());
    }

    [Fact]
    public void Large_quantity_has_no_leading_zeros()
    {
        Assert.Equal("\"0x10000000000000000\"", RpcResult.Quantity(new UInt256(0, 1)).ToString());
        Assert.Equal("\"0x" + new string('f', 64) + "\"", RpcResult.Quantity(UInt256.MaxValue).ToString());
        Assert.Equal("\"0xabc0000000000000000000000000000000000000000000000\"", RpcResult.Quantity(UInt256.Parse("0x0abc0000000000000000000000000000000000000000000000")).ToString());
    }

    [Fact]
    public void Data_has_two_digits_per_byte_and_empty_is_0x()
    {
        Assert.Equal("\"0x\"", RpcResult.Data([]).ToString());
        Assert.Equal("\"0x000a0b\"", RpcResult.Data([0x00, 0x0a, 0x0b]).ToString());
        var big = new byte[5000];
        big[^1] = 0xAB;
        Assert.Equal("\"0x" + new string('0', 9998) + "ab\"", RpcResult.Data(big).ToString());
    }

    [Fact]
    public void Hash_and_address_are_fixed_length_lowercase_data()
    {
        var hash = Hash256.Parse("0x00000000000000000000000000000000000000000000000000000000000000ff");
        Assert.Equal("\"0x00000000000000000000000000000000000000000000000000000000000000ff\"", RpcResult.Hash(hash).ToString());
        var address = Address.Parse("0x00000000000000000000000000000000000000AB");
        Assert.Equal("\"0x00000000000000000000000000000000000000ab\"", RpcResult.Address(address).ToString());
    }

    [Fact]
    public void Bool_string_null_and_json_write_their_values()
    {
        Assert.Equal("true", RpcResult.Bool(true).ToString());
        Assert.Equal("false", RpcResult.Bool(false).ToString());
        Assert.Equal("null", RpcResult.Null.ToString());
        Assert.Equal("\"a\\\"b\"", RpcResult.String("a\"b").ToString());
        Assert.Equal("{\"x\":1}", RpcResult.Json(w => { w.WriteStartObject(); w.WriteNumber("x", 1); w.WriteEndObject(); }).ToString());
        Assert.Equal("[1,2]", RpcResult.RawJson("[1,2]"u8.ToArray()).ToString());
    }

    [Fact]
    public void Error_result_carries_its_error()
    {
        RpcResult result = RpcError.InvalidParams("bad");
        Assert.True(result.IsError);
        Assert.Equal(-32602, result.Error!.Code);
    }
}
