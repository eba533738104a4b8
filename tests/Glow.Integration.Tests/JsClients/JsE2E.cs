using System.ComponentModel;
using System.Diagnostics;
using Glow.TestKit;

namespace Glow.Integration.Tests.JsClients;

/// <summary>The npm project <c>tests/js-e2e</c> (ethers, viem, solc-js, OpenZeppelin, Hardhat) the client tests run.</summary>
internal static class JsE2E
{
    private static readonly Lock Gate = new();

    /// <summary>The project's folder under the repository root.</summary>
    public static string Directory => Path.Combine(RepoPaths.Root, "tests", "js-e2e");

    /// <summary>
    /// The project's folder with its packages installed: when <c>node_modules</c> is missing, <c>npm ci</c> installs
    /// them from the lock file first (so the README's test command needs no other set-up); when that fails the test
    /// fails (never skips) with npm's output and the command to run by hand.
    /// </summary>
    public static string Installed(string directory)
    {
        Assert.True(File.Exists(Path.Combine(directory, "package-lock.json")), $"no npm project at {directory}");
        var modules = Path.Combine(directory, "node_modules");
        lock (Gate)
        {
            if (!System.IO.Directory.Exists(modules))
            {
                var (exitCode, output) = NpmCi(directory);
                if (exitCode != 0 || !System.IO.Directory.Exists(modules))
                {
                    Assert.Fail($"The JavaScript client tests need their npm packages in {modules}; `npm ci` there failed (exit code {exitCode}): "
                        + $"{output.Trim()}. Run it by hand from the repository root: npm ci --prefix tests/js-e2e");
                }
            }
        }

        return directory;
    }

    private static (int ExitCode, string Output) NpmCi(string directory)
    {
        var start = new ProcessStartInfo("npm", "ci --no-audit --no-fund --loglevel=error")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        try
        {
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
            {
                process.Kill(entireProcessTree: true);
                return (-1, "npm ci did not finish within 10 minutes");
            }

            var text = stdout.Result + stderr.Result;
            return (process.ExitCode, text.Length > 2000 ? text[^2000..] : text);
        }
        catch (Win32Exception e)
        {
            return (-1, $"npm is not on PATH ({e.Message}); install Node.js 20 or later");
        }
    }
}
