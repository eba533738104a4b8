namespace Glow.Core.Chain;

/// <summary>
/// Where the system contracts live (protocol.md §4 and §8). Their logic is native and arrives with their issues; a
/// chainspec's genesis allocation may not use these addresses.
/// </summary>
/// <param name="Staking">The Staking contract: pools, delegation, elections (default <c>0x…1000</c>).</param>
/// <param name="Srt">The SRT storage token (default <c>0x…1001</c>).</param>
public sealed record SystemContracts(Address Staking, Address Srt)
{
    /// <summary>The addresses of protocol.md: Staking at <c>0x…1000</c>, SRT at <c>0x…1001</c>.</summary>
    public static SystemContracts Default { get; } = new(
        Address.Parse("0x0000000000000000000000000000000000001000"),
        Address.Parse("0x0000000000000000000000000000000000001001"));

    /// <summary>Every system contract address, in a fixed order (Staking, SRT).</summary>
    public IReadOnlyList<Address> All => [Staking, Srt];
}
