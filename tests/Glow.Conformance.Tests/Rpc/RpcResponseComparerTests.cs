using System.Text.Json;
using Glow.Conformance.Rpc;

namespace Glow.Conformance.Tests.Rpc;

public class RpcResponseComparerTests
{
    private static string? Difference(string expected, string actual, bool specOnly = false)
    {
        using var e = JsonDocument.Parse(expected);
        using var a = JsonDocument.Parse(actual);
        return RpcResponseComparer.Difference(e.RootElement, a.RootElement, specOnly);
    }

    [Fact]
    public void Equal_values_in_another_key_order_and_spacing_agree()
    {
        Assert.Null(Difference(
            """{"jsonrpc":"2.0","id":1,"result":{"a":"0x1","b":[1,2]}}""",
            """{ "result": { "b": [1, 2], "a": "0x1" }, "id": 1, "jsonrpc": "2.0" }"""));
    }

    [Theory]
    [InlineData("1", "1.0")]
    [InlineData("0.5", "5e-1")]
    [InlineData("0.007565458319646006", "7.565458319646006E-3")]
    [InlineData("100", "1e2")]
    [InlineData("0", "0.000")]
    public void Numbers_compare_by_value(string expected, string actual)
    {
        Assert.Null(Difference($$"""{"result":[{{expected}}]}""", $$"""{"result":[{{actual}}]}"""));
    }

    [Fact]
    public void Different_numbers_differ_with_the_path()
    {
        Assert.Equal("result.gasUsedRatio[0]: expected 0.5, got 0.25", Difference("""{"result":{"gasUsedRatio":[0.5]}}""", """{"result":{"gasUsedRatio":[0.25]}}"""));
    }

    [Fact]
    public void An_error_message_is_free_but_the_code_and_data_must_agree()
    {
        const string Expected = """{"jsonrpc":"2.0","id":1,"error":{"code":3,"message":"execution reverted: boom","data":"0x08c379a0"}}""";
        Assert.Null(Difference(Expected, """{"jsonrpc":"2.0","id":1,"error":{"code":3,"message":"reverted","data":"0x08c379a0"}}"""));
        Assert.Equal("error.code: expected 3, got -32000", Difference(Expected, """{"jsonrpc":"2.0","id":1,"error":{"code":-32000,"message":"x","data":"0x08c379a0"}}"""));
        Assert.Equal("error.data: missing (expected \"0x08c379a0\")", Difference(Expected, """{"jsonrpc":"2.0","id":1,"error":{"code":3,"message":"x"}}"""));
    }

    [Fact]
    public void A_result_where_an_error_is_expected_differs()
    {
        Assert.Equal(
            "error: missing (expected an object {\"code\":-32602,\"message\":\"bad\"})",
            Difference("""{"id":1,"error":{"code":-32602,"message":"bad"}}""", """{"id":1,"result":"0x1"}"""));
    }

    [Fact]
    public void Missing_and_unexpected_fields_differ()
    {
        Assert.Equal("result.blobGasPrice: missing (expected \"0x1\")", Difference("""{"result":{"blobGasPrice":"0x1"}}""", """{"result":{}}"""));
        Assert.Equal("result.totalDifficulty: not expected (got \"0x0\")", Difference("""{"result":{}}""", """{"result":{"totalDifficulty":"0x0"}}"""));
    }

    [Fact]
    public void Strings_compare_exactly()
    {
        Assert.Equal("result: expected \"0xabc\", got \"0xABC\"", Difference("""{"result":"0xabc"}""", """{"result":"0xABC"}"""));
    }

    [Fact]
    public void Arrays_must_have_the_same_items_in_order()
    {
        Assert.Equal("result: expected 2 items, got 1", Difference("""{"result":[1,2]}""", """{"result":[1]}"""));
        Assert.Equal("result[0]: expected 1, got 2", Difference("""{"result":[1,2]}""", """{"result":[2,1]}"""));
    }

    [Fact]
    public void Null_and_a_value_differ()
    {
        Assert.Equal("result: expected null, got \"0x1\"", Difference("""{"result":null}""", """{"result":"0x1"}"""));
    }

    [Fact]
    public void Spec_only_cases_compare_shapes_not_values()
    {
        const string Expected = """{"result":{"hash":"0x01","number":"0x1","logs":[{"data":"0x"}],"ok":true}}""";
        Assert.Null(Difference(Expected, """{"result":{"hash":"0xff","number":"0x9","logs":[{"data":"0x12"},{"data":"0x"}],"ok":false}}""", specOnly: true));
        Assert.Equal("result.number: expected \"0x1\", got 9", Difference(Expected, """{"result":{"hash":"0xff","number":9,"logs":[],"ok":true}}""", specOnly: true));
        Assert.Equal("result.extra: not expected (got 1)", Difference(Expected, """{"result":{"hash":"0xff","number":"0x9","logs":[],"ok":true,"extra":1}}""", specOnly: true));
        Assert.Equal("result.logs[0].data: missing (expected \"0x\")", Difference(Expected, """{"result":{"hash":"0xff","number":"0x9","logs":[{}],"ok":true}}""", specOnly: true));
    }
}
