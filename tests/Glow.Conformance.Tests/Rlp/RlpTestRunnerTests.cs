using Glow.Conformance.Rlp;
using Glow.TestKit;

namespace Glow.Conformance.Tests.Rlp;

public sealed class RlpTestRunnerTests : IDisposable
{
    private readonly DirectoryInfo _temp = Directory.CreateTempSubdirectory("glow-rlptests-");

    public void Dispose() => _temp.Delete(recursive: true);

    [Fact]
    public void Passes_every_case_of_the_RLPTests_suite()
    {
        var report = RlpTestRunner.Run(RepoPaths.EthereumTests("RLPTests"));

        Assert.True(report.Failures.Count == 0, string.Join(Environment.NewLine, report.Failures));
        Assert.Equal(0, report.Totals.Failed);
        Assert.Equal(0, report.Totals.Skipped);
        Assert.True(report.Totals.Passed > 0, "no RLPTests case ran");
    }

    [Fact]
    public void Runs_every_case_of_every_file_of_the_suite()
    {
        var report = RlpTestRunner.Run(RepoPaths.EthereumTests("RLPTests"));

        var expected = 0;
        foreach (var file in Directory.GetFiles(RepoPaths.EthereumTests("RLPTests"), "*.json", SearchOption.AllDirectories))
        {
            using var document = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(file));
            expected += document.RootElement.EnumerateObject().Count();
        }

        Assert.Equal(expected, report.Totals.Passed + report.Totals.Failed);
    }

    [Fact]
    public void Reports_a_case_whose_encoding_differs_with_file_test_and_reason()
    {
        var file = Write("cases.json", """{ "dog": { "in": "dog", "out": "0x83646f68" } }""");

        var report = RlpTestRunner.Run(file);

        var failure = Assert.Single(report.Failures);
        Assert.Equal("cases.json", failure.File);
        Assert.Equal("dog", failure.Test);
        Assert.Contains("0x83646f67", failure.Reason, StringComparison.Ordinal);
        Assert.Equal("0 passed, 1 failed", report.Totals.ToString());
    }

    [Fact]
    public void Fails_an_invalid_case_that_decodes()
    {
        var file = Write("invalid.json", """{ "notInvalid": { "in": "INVALID", "out": "0x83646f67" } }""");

        var failure = Assert.Single(RlpTestRunner.Run(file).Failures);

        Assert.Contains("must be rejected", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Fails_a_valid_case_that_does_not_decode()
    {
        var file = Write("valid.json", """{ "notValid": { "in": "VALID", "out": "0x8100" } }""");

        var failure = Assert.Single(RlpTestRunner.Run(file).Failures);

        Assert.Contains("non-canonical single byte", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Encodes_numbers_and_hash_prefixed_big_integers_as_integers()
    {
        var file = Write("ints.json", """
            {
              "zero": { "in": 0, "out": "0x80" },
              "small": { "in": 127, "out": "0x7f" },
              "big": { "in": "#18446744073709551616", "out": "0x89010000000000000000" },
              "list": { "in": [ "zw", [ 4 ], 1 ], "out": "c6827a77c10401" }
            }
            """);

        var report = RlpTestRunner.Run(file);

        Assert.Empty(report.Failures);
        Assert.Equal(4, report.Totals.Passed);
    }

    [Fact]
    public void Fails_a_case_with_an_unsupported_input_instead_of_stopping_the_run()
    {
        var file = Write("odd.json", """{ "object": { "in": { "a": 1 }, "out": "0x80" }, "ok": { "in": "", "out": "0x80" } }""");

        var report = RlpTestRunner.Run(file);

        Assert.Contains("malformed test", Assert.Single(report.Failures).Reason, StringComparison.Ordinal);
        Assert.Equal(1, report.Totals.Passed);
    }

    [Fact]
    public void Runs_a_directory_recursively_in_path_order()
    {
        Write("b.json", """{ "b": { "in": "", "out": "0x81" } }""");
        Write(Path.Combine("a", "z.json"), """{ "az": { "in": "", "out": "0x81" } }""");
        Write("a.json", """{ "a": { "in": "", "out": "0x81" } }""");

        var report = RlpTestRunner.Run(_temp.FullName);

        Assert.Equal(["a.json", "a/z.json", "b.json"], report.Failures.Select(f => f.File));
    }

    [Fact]
    public void Throws_for_malformed_json_naming_the_file()
    {
        var file = Write("broken.json", """{ "a": { "in": "", "out": "0x80" """);

        var error = Assert.Throws<InvalidDataException>(() => RlpTestRunner.Run(file));

        Assert.StartsWith("broken.json: malformed JSON", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Throws_for_a_missing_path() =>
        Assert.Throws<FileNotFoundException>(() => RlpTestRunner.Run(Path.Combine(_temp.FullName, "missing")));

    [Fact]
    public void Throws_for_a_directory_without_test_files() =>
        Assert.Throws<InvalidDataException>(() => RlpTestRunner.Run(_temp.FullName));

    private string Write(string relativePath, string json)
    {
        var path = Path.Combine(_temp.FullName, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, json);
        return path;
    }
}
