using Glow.Conformance.Rpc;
using Glow.TestKit;

namespace Glow.Conformance.Tests.Rpc;

public class RpcTestCaseTests
{
    [Fact]
    public void Parses_comments_requests_and_responses_in_order()
    {
        var testCase = RpcTestCase.Parse("eth_x/two", """
            // first comment
            >> {"id":1,"method":"a"}
            << {"id":1,"result":"0x1"}

            >> {"id":2,"method":"b"}
            << {"id":2,"result":"0x2"}
            """);

        Assert.Equal("eth_x/two", testCase.Name);
        Assert.False(testCase.SpecOnly);
        Assert.Equal(
            [new RpcExchange("""{"id":1,"method":"a"}""", """{"id":1,"result":"0x1"}"""), new RpcExchange("""{"id":2,"method":"b"}""", """{"id":2,"result":"0x2"}""")],
            testCase.Exchanges);
    }

    [Fact]
    public void A_speconly_comment_marks_the_case()
    {
        Assert.True(RpcTestCase.Parse("c", "// speconly\n>> {}\n<< {}\n").SpecOnly);
        Assert.False(RpcTestCase.Parse("c", "// not speconly here\n>> {}\n<< {}\n").SpecOnly);
    }

    [Theory]
    [InlineData("<< {}\n", "c, line 1: a response without a request.")]
    [InlineData(">> {}\n>> {}\n<< {}\n", "c, line 2: a request follows a request that has no response.")]
    [InlineData(">> {}\n", "c: the last request has no response.")]
    [InlineData("// only a comment\n", "c: no request in the file.")]
    [InlineData(">> {}\nhello\n", "c, line 2: not a comment, request (>> ) or response (<< ).")]
    public void Malformed_files_are_refused_with_the_line(string text, string message)
    {
        Assert.Equal(message, Assert.Throws<FormatException>(() => RpcTestCase.Parse("c", text)).Message);
    }

    [Fact]
    public void Loads_every_case_of_the_execution_apis_suite_by_name()
    {
        var directory = RepoPaths.ExecutionApis();
        var cases = RpcTestRunner.Load(directory);

        Assert.Equal(Directory.GetFiles(directory, "*.io", SearchOption.AllDirectories).Length, cases.Count);
        Assert.Contains(cases, c => c.Name == "eth_getBlockByNumber/get-genesis");
        Assert.Equal(cases.Select(c => c.Name).Order(StringComparer.Ordinal), cases.Select(c => c.Name));
    }

    [Fact]
    public void Loading_a_missing_directory_fails_loudly()
    {
        Assert.Throws<DirectoryNotFoundException>(() => RpcTestRunner.Load(Path.Combine(Path.GetTempPath(), "no-such-rpc-tests-" + Guid.NewGuid())));
    }

    [Fact]
    public void Every_skip_names_a_case_of_the_suite_and_gives_a_reason()
    {
        var names = RpcTestRunner.Load(RepoPaths.ExecutionApis()).Select(c => c.Name).ToHashSet();
        Assert.All(RpcTestSkipList.Default.Reasons, skip =>
        {
            Assert.Contains(skip.Key, names);
            Assert.False(string.IsNullOrWhiteSpace(skip.Value));
        });
    }

    [Fact]
    public async Task The_runner_reports_passes_failures_and_skips()
    {
        var cases = new[]
        {
            RpcTestCase.Parse("a/pass", ">> {\"id\":1}\n<< {\"id\":1,\"result\":\"0x1\"}\n"),
            RpcTestCase.Parse("a/fail", ">> {\"id\":2}\n<< {\"id\":2,\"result\":\"0x1\"}\n"),
            RpcTestCase.Parse("a/skip", ">> {\"id\":3}\n<< {\"id\":3,\"result\":\"0x1\"}\n"),
            RpcTestCase.Parse("a/notjson", ">> {\"id\":4}\n<< {\"id\":4,\"result\":\"0x1\"}\n"),
        };
        var answers = new Dictionary<string, string>
        {
            ["{\"id\":1}"] = "{\"id\":1,\"result\":\"0x1\"}",
            ["{\"id\":2}"] = "{\"id\":2,\"result\":\"0x2\"}",
            ["{\"id\":4}"] = "<html>",
        };
        var sent = new List<string>();
        var results = new List<RpcTestResult>();

        var report = await RpcTestRunner.RunAsync(
            cases,
            (request, _) =>
            {
                sent.Add(request);
                return Task.FromResult(answers[request]);
            },
            results.Add,
            Glow.Conformance.State.StateTestSkipList.Parse("a/skip: a reason"));

        Assert.Equal("1 passed, 2 failed, 1 skipped", report.Totals.ToString());
        Assert.Equal(["{\"id\":1}", "{\"id\":2}", "{\"id\":4}"], sent);
        Assert.Equal(
            ["PASS a/pass", "FAIL a/fail: result: expected \"0x1\", got \"0x2\"", "SKIP a/skip: a reason", "FAIL a/notjson: the response is not JSON: <html>"],
            results.Select(r => r.ToString()));
    }
}
