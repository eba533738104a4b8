using System.Reflection;
using System.Runtime.InteropServices;
using Glow.Core.Crypto;

namespace Glow.JsonRpc.Modules;

/// <summary>The <c>web3_</c> namespace: <c>web3_clientVersion</c> and <c>web3_sha3</c>.</summary>
public static class Web3Module
{
    /// <summary>
    /// The client version in geth's shape, <c>UltronGlow/v{version}/{os}-{arch}/dotnet{runtime}</c>, for example
    /// <c>UltronGlow/v0.1.0/linux-x64/dotnet10.0.0</c>.
    /// </summary>
    public static string ClientVersion { get; } = BuildClientVersion();

    /// <summary>Registers the methods of the namespace.</summary>
    public static void Register(RpcMethodRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        var version = RpcResult.String(ClientVersion);
        registry.Add("web3_clientVersion", (_, _) => ValueTask.FromResult(version), maxParameters: 0);
        registry.Add("web3_sha3", (parameters, _) =>
        {
            var data = parameters.Data(0);
            return ValueTask.FromResult(RpcResult.Hash(Keccak256.Compute(data)));
        }, maxParameters: 1);
    }

    private static string BuildClientVersion()
    {
        string version = typeof(Web3Module).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        int plus = version.IndexOf('+', StringComparison.Ordinal);
        if (plus >= 0)
        {
            version = version[..plus];
        }

        string os = OperatingSystem.IsLinux() ? "linux" : OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsMacOS() ? "darwin" : "unknown";
        string arch = RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant();
        return $"UltronGlow/v{version}/{os}-{arch}/dotnet{Environment.Version}";
    }
}
