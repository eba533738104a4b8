using Glow.Core;
using Glow.Core.Blocks;

namespace Glow.Node.Processing;

/// <summary>A chain sealed by one key only: dev mode (protocol.md §2: "Dev mode fills only version, cycle and the seal").</summary>
/// <param name="signer">The only key allowed to seal.</param>
public sealed class SingleSignerAuthority(Address signer) : IBlockAuthority
{
    /// <summary>The only key allowed to seal.</summary>
    public Address Signer { get; } = signer;

    /// <inheritdoc />
    public string? CheckProducer(BlockHeader parent, BlockHeader header, in Address signer) =>
        signer == Signer ? null : $"sealed by {signer}, but only {Signer} produces blocks on this chain";
}
