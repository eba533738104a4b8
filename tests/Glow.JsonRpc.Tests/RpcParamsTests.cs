using Glow.Core;
using Glow.Core.Numerics;

namespace Glow.JsonRpc.Tests;

public class RpcParamsTests
{
    private static RpcParams Params(string json) => new(TestMethods.Parse(json));

    private static string ErrorOf(Action read)
    {
        var e = Assert.Throws<RpcErrorException>(read);
        Assert.Equal(RpcErrorCodes.InvalidParams, e.Error.Code);
        return e.Error.Message;
    }

    [Theory]
    [InlineData("[\"0x0\"]", 0UL)]
    [InlineData("[\"0x1\"]", 1UL)]
    [InlineData("[\"0xAbC\"]", 0xabcUL)]
    [InlineData("[\"0xffffffffffffffff\"]", ulong.MaxValue)]
    public void Reads_64_bit_quantities(string json, ulong expected) => Assert.Equal(expected, Params(json).QuantityUInt64(0));

    [Theory]
    [InlineData("[\"1\"]", "invalid argument 0: hex string without 0x prefix")]
    [InlineData("[\"\"]", "invalid argument 0: empty hex string")]
    [InlineData("[\"0x\"]", "invalid argument 0: hex string \"0x\"")]
    [InlineData("[\"0x0123\"]", "invalid argument 0: hex number with leading zero digits")]
    [InlineData("[\"0x00\"]", "invalid argument 0: hex number with leading zero digits")]
    [InlineData("[\"0xg1\"]", "invalid argument 0: invalid hex string")]
    [InlineData("[\"0x10000000000000000\"]", "invalid argument 0: hex number > 64 bits")]
    [InlineData("[1]", "invalid argument 0: json: cannot unmarshal non-string into Go value of type hexutil.Uint64")]
    [InlineData("[]", "missing value for required argument 0")]
    [InlineData("[null]", "missing value for required argument 0")]
    public void Rejects_bad_64_bit_quantities_with_geths_words(string json, string message) =>
        Assert.Equal(message, ErrorOf(() => Params(json).QuantityUInt64(0)));

    [Fact]
    public void Reads_256_bit_quantities_and_rejects_larger_ones()
    {
        Assert.Equal(UInt256.MaxValue, Params("[\"0x" + new string('f', 64) + "\"]").Quantity(0));
        Assert.Equal(new UInt256(0, 1), Params("[\"0x10000000000000000\"]").Quantity(0));
        Assert.Equal("invalid argument 0: hex number > 256 bits", ErrorOf(() => Params("[\"0x1" + new string('0', 64) + "\"]").Quantity(0)));
        Assert.Equal("invalid argument 0: hex number with leading zero digits", ErrorOf(() => Params("[\"0x01\"]").Quantity(0)));
    }

    [Fact]
    public void Reads_data_of_any_even_length()
    {
        Assert.Empty(Params("[\"0x\"]").Data(0));
        Assert.Equal(new byte[] { 0x00, 0xab }, Params("[\"0x00AB\"]").Data(0));
        Assert.Equal("invalid argument 0: hex string of odd length", ErrorOf(() => Params("[\"0x123\"]").Data(0)));
        Assert.Equal("invalid argument 0: hex string without 0x prefix", ErrorOf(() => Params("[\"1234\"]").Data(0)));
        Assert.Equal("invalid argument 0: invalid hex string", ErrorOf(() => Params("[\"0xzz\"]").Data(0)));
    }

    [Fact]
    public void Reads_addresses_in_any_case_and_names_the_wanted_length()
    {
        var expected = Address.Parse("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed");
        Assert.Equal(expected, Params("[\"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed\"]").Address(0));
        Assert.Equal(expected, Params("[\"0x5AAEB6053F3E94C9B9A09F33669435E7EF1BEAED\"]").Address(0));
        Assert.Equal("invalid argument 0: hex string has length 38, want 40 for common.Address",
            ErrorOf(() => Params("[\"0x5aaeb6053f3e94c9b9a09f33669435e7ef1bea\"]").Address(0)));
    }

    [Fact]
    public void Reads_hashes_and_names_the_wanted_length()
    {
        var text = "0x" + new string('a', 64);
        Assert.Equal(Hash256.Parse(text), Params($"[\"{text}\"]").Hash(0));
        Assert.Equal("invalid argument 1: hex string has length 62, want 64 for common.Hash",
            ErrorOf(() => Params($"[null, \"0x{new string('a', 62)}\"]").Hash(1)));
    }

    [Fact]
    public void Reads_booleans_and_strings_strictly()
    {
        Assert.True(Params("[true]").Bool(0));
        Assert.False(Params("[false]").Bool(0));
        Assert.True(Params("[]").OptionalBool(0, true));
        Assert.Equal("invalid argument 0: json: cannot unmarshal string into Go value of type bool", ErrorOf(() => Params("[\"true\"]").Bool(0)));
        Assert.Equal("x", Params("[\"x\"]").String(0));
        Assert.Equal("invalid argument 0: json: cannot unmarshal number into Go value of type string", ErrorOf(() => Params("[1]").String(0)));
    }

    [Fact]
    public void Counts_arguments_and_refuses_too_many()
    {
        var parameters = Params("[1, 2, 3]");
        Assert.Equal(3, parameters.Count);
        Assert.Equal("too many arguments, want at most 2", ErrorOf(() => parameters.AtMost(2)));
        Assert.Equal(0, RpcParams.Empty.Count);
        Assert.True(RpcParams.Empty.IsMissing(0));
        Assert.Equal(0, new RpcParams(default).Count);
    }

    [Fact]
    public void Reads_objects_through_source_generated_metadata()
    {
        var call = Params("[{\"to\":\"0xab\",\"gas\":21000}]").Object(0, TestJsonContext.Default.TestCallObject);
        Assert.Equal(new TestCallObject("0xab", 21000), call);
        var message = ErrorOf(() => Params("[{\"to\":1}]").Object(0, TestJsonContext.Default.TestCallObject));
        Assert.StartsWith("invalid argument 0: ", message, StringComparison.Ordinal);
        Assert.Null(Params("[]").OptionalObject(0, TestJsonContext.Default.TestCallObject));
    }

    [Theory]
    [InlineData("[10]", 10UL)]
    [InlineData("[\"10\"]", 10UL)]
    [InlineData("[\"0x0a\"]", 10UL)]
    [InlineData("[\"0xA\"]", 10UL)]
    public void Reads_hex_or_decimal_counts_like_geth(string json, ulong expected) =>
        Assert.Equal(expected, Params(json).HexOrDecimalUInt64(0));

    [Theory]
    [InlineData("[-1]")]
    [InlineData("[\"ten\"]")]
    [InlineData("[\"0x\"]")]
    [InlineData("[true]")]
    public void Rejects_bad_hex_or_decimal_counts(string json) =>
        Assert.StartsWith("invalid argument 0: ", ErrorOf(() => Params(json).HexOrDecimalUInt64(0)), StringComparison.Ordinal);

    [Fact]
    public void Escaped_hex_strings_are_read_like_plain_ones() =>
        Assert.Equal(0x12UL, Params("[\"\\u0030x12\"]").QuantityUInt64(0));
}
