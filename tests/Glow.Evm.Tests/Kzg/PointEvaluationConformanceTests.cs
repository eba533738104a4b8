using System.Text.Json;
using System.Text.RegularExpressions;
using Glow.Evm.Precompiles.Kzg;
using Glow.TestKit;

namespace Glow.Evm.Tests.Kzg;

/// <summary>
/// Runs our precompile on the inputs of the Cancun EIP-4844 tests that call 0x0a and compares the verdict with the
/// expected post-state. The general-state fillers of these tests (GeneralStateTests/Pyspecs/cancun/eip4844_blobs)
/// record only state roots; their blockchain fillings (BlockchainTests/GeneralStateTests/…, same transactions) record
/// the full post-state, where the calling contract stores the CALL's success flag in slot 0.
/// </summary>
public sealed partial class PointEvaluationConformanceTests
{
    private const string Caller = "0x0000000000000000000000000000000000000100";

    [Theory]
    [InlineData("point_evaluation_precompile_calls.json", 8, 4)]
    [InlineData("point_evaluation_precompile_external_vectors.json", 122, 54)]
    [InlineData("invalid_precompile_calls.json", 12, 0)]
    [InlineData("valid_precompile_calls.json", 1, 1)]
    public void Verdicts_match_the_expected_post_state(string file, int expectedCases, int expectedSuccesses)
    {
        var path = RepoPaths.EthereumTests("BlockchainTests", "GeneralStateTests", "Pyspecs", "cancun", "eip4844_blobs", file);
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var cases = 0;
        var successes = 0;
        var mismatches = new List<string>();
        foreach (var test in document.RootElement.EnumerateObject())
        {
            var code = test.Value.GetProperty("pre").TryGetProperty(Caller, out var caller) ? caller.GetProperty("code").GetString()! : "";
            if (!CallsWithFullGasAndStoresSuccess().IsMatch(code))
            {
                continue;
            }

            var input = Convert.FromHexString(SingleTransactionData(test.Value)[2..]);
            var storage = test.Value.GetProperty("postState").GetProperty(Caller).GetProperty("storage");
            var expected = storage.TryGetProperty("0x00", out var slot0) && slot0.GetString() == "0x01";
            var actual = PointEvaluationPrecompile.Instance.TryRun(input, out var output);
            cases++;
            successes += expected ? 1 : 0;
            if (actual != expected)
            {
                mismatches.Add($"{test.Name}: expected {(expected ? "success" : "failure")}");
                continue;
            }

            if (actual)
            {
                // Slots 1 and 2 hold the two returned words.
                Assert.Equal("0x1000", storage.GetProperty("0x01").GetString());
                Assert.Equal("0x" + Convert.ToHexStringLower(output.AsSpan(32)), storage.GetProperty("0x02").GetString());
            }
        }

        Assert.Empty(mismatches);
        Assert.Equal(expectedCases, cases);
        Assert.Equal(expectedSuccesses, successes);
    }

    [Theory]
    [InlineData("point_evaluation_precompile_calls.json")]
    [InlineData("point_evaluation_precompile_external_vectors.json")]
    [InlineData("invalid_precompile_calls.json")]
    [InlineData("valid_precompile_calls.json")]
    public void General_state_fillers_hold_the_same_inputs_as_the_blockchain_fillings(string file)
    {
        var directory = new[] { "Pyspecs", "cancun", "eip4844_blobs", file };
        using var blockchain = JsonDocument.Parse(File.ReadAllText(RepoPaths.EthereumTests(["BlockchainTests", "GeneralStateTests", .. directory])));
        using var state = JsonDocument.Parse(File.ReadAllText(RepoPaths.EthereumTests(["GeneralStateTests", .. directory])));
        var checkedInputs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var test in blockchain.RootElement.EnumerateObject())
        {
            checkedInputs.Add(SingleTransactionData(test.Value));
        }

        var stateInputs = 0;
        foreach (var test in state.RootElement.EnumerateObject())
        {
            foreach (var data in test.Value.GetProperty("transaction").GetProperty("data").EnumerateArray())
            {
                Assert.Contains(data.GetString()!, checkedInputs);
                stateInputs++;
            }
        }

        Assert.True(stateInputs > 0);
    }

    private static string SingleTransactionData(JsonElement test)
    {
        var data = new List<string>();
        foreach (var block in test.GetProperty("blocks").EnumerateArray())
        {
            Assert.False(block.TryGetProperty("expectException", out _));
            foreach (var tx in block.GetProperty("transactions").EnumerateArray())
            {
                if (tx.GetProperty("to").GetString() == Caller)
                {
                    data.Add(tx.GetProperty("data").GetString()!);
                }
            }
        }

        return Assert.Single(data);
    }

    /// <summary>
    /// The caller used by these tests: CALLDATACOPY the whole input, CALL/CALLCODE/DELEGATECALL/STATICCALL 0x0a with
    /// exactly 50,000 gas (0xc350), SSTORE the success flag at 0 and the return data at 1…5. Variants that pass less
    /// gas test gas accounting, not verification, and are left out.
    /// </summary>
    [GeneratedRegex("^0x36600060003760406000366000(6000)?600a61c350f[124a]6000556000516001556020516002553d6003553d600060003e600051600455602051600555$")]
    private static partial Regex CallsWithFullGasAndStoresSuccess();
}
