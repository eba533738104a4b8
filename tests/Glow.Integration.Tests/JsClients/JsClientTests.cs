using Xunit.Sdk;

namespace Glow.Integration.Tests.JsClients;

/// <summary>
/// Real JavaScript clients end to end against a running <c>utg dev</c> (issue 6, acceptance 4): the scripts of
/// <c>tests/js-e2e</c> with ethers v6 and with viem (transfers, an OpenZeppelin ERC-20 compiled by solc-js, events
/// through eth_getLogs, filters and subscriptions, a custom-error revert, estimateGas, nonce and funds errors), and a
/// Hardhat project's <c>hardhat test</c> against the node as the external network <c>glow</c>. Each test starts its own
/// in-memory node on a free port. Without <c>tests/js-e2e/node_modules</c> they install it with <c>npm ci</c>, and fail naming the command when that fails.
/// </summary>
public sealed class JsClientTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);

    [Fact]
    public void Ethers_v6_passes_every_check_against_utg_dev()
    {
        var run = RunScript("ethers.mjs");

        Assert.Matches(@"(?m)^ethers: all \d+ checks passed$", run.Output);
    }

    [Fact]
    public void Viem_passes_every_check_against_utg_dev()
    {
        var run = RunScript("viem.mjs");

        Assert.Matches(@"(?m)^viem: all \d+ checks passed$", run.Output);
    }

    [Fact]
    public void Hardhat_test_passes_against_utg_dev_as_an_external_network()
    {
        var directory = Path.Combine(JsE2E.Installed(JsE2E.Directory), "hardhat");
        using var node = DevNode.Start();

        var run = ScriptRun.Start(node, directory, Limit, "npx", "--no", "hardhat", "test", "--network", "glow");

        run.AssertSucceeded(node);
        Assert.Matches(@"(?m)^\s*2 passing", run.Output);
        Assert.DoesNotContain("failing", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failed_npm_install_fails_the_tests_with_the_npm_ci_command()
    {
        var directory = Directory.CreateTempSubdirectory("glow-js-e2e-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(directory, "package-lock.json"), "{}");

            var failure = Assert.Throws<FailException>(() => JsE2E.Installed(directory));

            Assert.Contains("`npm ci` there failed", failure.Message, StringComparison.Ordinal);
            Assert.Contains("npm ci --prefix tests/js-e2e", failure.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void The_npm_project_pins_every_dependency_with_a_lock_file()
    {
        var directory = JsE2E.Directory;
        var manifest = File.ReadAllText(Path.Combine(directory, "package.json"));

        Assert.True(File.Exists(Path.Combine(directory, "package-lock.json")), "tests/js-e2e/package-lock.json is missing");
        Assert.DoesNotMatch("\"[~^][0-9]", manifest);
        Assert.Contains("\"ethers\": \"6.", manifest, StringComparison.Ordinal);
        Assert.Contains("\"viem\": \"2.", manifest, StringComparison.Ordinal);
    }

    private static ScriptRun RunScript(string script)
    {
        var directory = JsE2E.Installed(JsE2E.Directory);
        using var node = DevNode.Start();

        var run = ScriptRun.Start(node, directory, Limit, "node", script);

        run.AssertSucceeded(node);
        return run;
    }
}
