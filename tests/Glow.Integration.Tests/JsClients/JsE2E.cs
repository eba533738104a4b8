using Glow.TestKit;

namespace Glow.Integration.Tests.JsClients;

/// <summary>The npm project <c>tests/js-e2e</c> (ethers, viem, solc-js, OpenZeppelin, Hardhat) the client tests run.</summary>
internal static class JsE2E
{
    /// <summary>The project's folder under the repository root.</summary>
    public static string Directory => Path.Combine(RepoPaths.Root, "tests", "js-e2e");

    /// <summary>
    /// The project's folder, after checking that its packages are installed: when <c>node_modules</c> is missing the test
    /// fails (never skips) with the command that installs them.
    /// </summary>
    public static string Installed(string directory)
    {
        Assert.True(File.Exists(Path.Combine(directory, "package-lock.json")), $"no npm project at {directory}");
        var modules = Path.Combine(directory, "node_modules");
        if (!System.IO.Directory.Exists(modules))
        {
            Assert.Fail($"The JavaScript client tests need their npm packages: {modules} is missing. Run `npm ci` in {directory} "
                + "(from the repository root: npm ci --prefix tests/js-e2e); .ci/run does this before the tests.");
        }

        return directory;
    }
}
