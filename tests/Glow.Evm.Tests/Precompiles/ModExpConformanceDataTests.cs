using System.Numerics;
using System.Text.Json;
using System.Text.RegularExpressions;
using Glow.Core.Encoding;
using Glow.Evm.Precompiles;
using Glow.TestKit;

namespace Glow.Evm.Tests.Precompiles;

/// <summary>
/// The modexp inputs of the execution-spec-tests state tests (<c>Pyspecs/byzantium/eip198_modexp_precompile</c>),
/// whose contract forwards the transaction data to 0x05 unchanged. The generated cases name their expected
/// return data; the EIP-198 cases are the EIP's own examples.
/// </summary>
public partial class ModExpConformanceDataTests
{
    [Fact]
    public void Every_named_case_returns_the_data_its_name_states()
    {
        var cases = 0;
        foreach (var (name, input) in Cases())
        {
            var match = NamedCase().Match(name);
            if (!match.Success)
            {
                continue;
            }

            cases++;
            Assert.Equal("0x01", match.Groups["code"].Value);
            Assert.True(ModExpPrecompile.Berlin.TryRun(input, out var output), name);
            Assert.Equal(match.Groups["data"].Value, Hex.Encode(output));
        }

        Assert.True(cases >= 11, $"only {cases} named cases found");
    }

    [Fact]
    public void The_EIP_198_example_cases_return_the_values_the_EIP_derives()
    {
        var power = Hex32(BigInteger.ModPow(3, 65535, BigInteger.One << 255));
        var expected = new Dictionary<string, string>
        {
            ["EIP-198-case1"] = Hex32(BigInteger.One),
            ["EIP-198-case2"] = Hex32(BigInteger.Zero),
            ["EIP-198-case4-extra-data_07"] = power,
            ["EIP-198-case5-raw-input"] = power,
        };
        var seen = new HashSet<string>();
        foreach (var (name, input) in Cases())
        {
            if (expected.TryGetValue(name, out var value))
            {
                Assert.True(ModExpPrecompile.Berlin.TryRun(input, out var output), name);
                Assert.Equal(value, Hex.Encode(output, prefix: false));
                seen.Add(name);
            }
        }

        Assert.Equal(expected.Keys.Order(), seen.Order());
    }

    // Distinct (case name, transaction data) pairs; each case appears once per fork.
    private static List<(string Name, byte[] Input)> Cases()
    {
        var file = RepoPaths.EthereumTests("GeneralStateTests", "Pyspecs", "byzantium", "eip198_modexp_precompile", "modexp.json");
        using var document = JsonDocument.Parse(File.ReadAllText(file));
        var seen = new HashSet<string>();
        var result = new List<(string Name, byte[] Input)>();
        foreach (var test in document.RootElement.EnumerateObject())
        {
            var name = test.Name[(test.Name.IndexOf("state_test-", StringComparison.Ordinal) + "state_test-".Length)..].TrimEnd(']');
            if (seen.Add(name))
            {
                result.Add((name, Hex.Decode(test.Value.GetProperty("transaction").GetProperty("data")[0].GetString()!)));
            }
        }

        return result;
    }

    private static string Hex32(BigInteger value) => value.ToString("x64", System.Globalization.CultureInfo.InvariantCulture)[^64..];

    [GeneratedRegex("^ModExpInput_base_[0-9a-f]*-exponent_[0-9a-f]*-modulus_[0-9a-f]*-ExpectedOutput_call_return_code_(?<code>0x[0-9a-f]+)-returned_data_(?<data>0x[0-9a-f]*)$")]
    private static partial Regex NamedCase();
}
