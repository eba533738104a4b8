using System.ComponentModel;
using System.Diagnostics;

namespace Glow.Integration.Tests.JsClients;

/// <summary>A finished run of a JavaScript tool (<c>node script.mjs</c>, <c>npx hardhat test</c>) against a dev node.</summary>
internal sealed record ScriptRun(string Command, int ExitCode, string Output, TimeSpan Elapsed)
{
    /// <summary>
    /// Runs <paramref name="program"/> with <paramref name="arguments"/> in <paramref name="directory"/>, with the node's
    /// URLs in <c>RPC_URL</c> and <c>WS_URL</c>; kills it and fails the test after <paramref name="limit"/>.
    /// </summary>
    public static ScriptRun Start(DevNode node, string directory, TimeSpan limit, string program, params string[] arguments)
    {
        var command = string.Join(' ', [program, .. arguments]);
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["RPC_URL"] = node.HttpUrl.ToString();
        start.Environment["WS_URL"] = node.WebSocketUrl.ToString();
        // Plain, non-interactive output: no colours, no telemetry question from Hardhat, no npm update notice.
        start.Environment["NO_COLOR"] = "1";
        start.Environment["FORCE_COLOR"] = "0";
        start.Environment["HARDHAT_DISABLE_TELEMETRY_PROMPT"] = "true";
        start.Environment["npm_config_update_notifier"] = "false";

        var output = new ProcessOutput();
        var clock = Stopwatch.StartNew();
        Process process;
        try
        {
            process = output.Start(start);
        }
        catch (Win32Exception e)
        {
            Assert.Fail($"cannot start `{command}` ({e.Message}): Node.js (v20 or later, with npm) must be on PATH");
            throw;
        }

        using (process)
        {
            if (!process.WaitForExit(limit))
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                Assert.Fail($"`{command}` did not finish within {limit}; its output:\n{output.Text}\n--- utg dev, last lines ---\n{node.RecentOutput}");
            }

            // The parameterless wait also waits for the end of both redirected streams.
            process.WaitForExit();
            return new ScriptRun(command, process.ExitCode, output.Text, clock.Elapsed);
        }
    }

    /// <summary>Fails the test unless the run exited with 0, showing its whole output and the node's last lines.</summary>
    public void AssertSucceeded(DevNode node) =>
        Assert.True(
            ExitCode == 0,
            $"`{Command}` exited with code {ExitCode} after {Elapsed.TotalSeconds:F1} s; its output:\n{Output}\n--- utg dev, last lines ---\n{node.RecentOutput}");
}
