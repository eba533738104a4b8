using Glow.Core;
using Glow.Core.Numerics;

namespace Glow.Cli.Bench;

/// <summary>
/// One contract of <c>utg bench evm</c>: its code, the storage it starts with, and the calls made to it per round
/// (call data and gas limit each). The same description drives the ethereumjs run.
/// </summary>
/// <param name="Name">Short name printed in the results.</param>
/// <param name="Description">What the contract exercises.</param>
/// <param name="Code">Runtime code, installed at <see cref="EvmBenchContracts.Address"/>.</param>
/// <param name="Storage">Initial storage of the contract.</param>
/// <param name="Calls">The calls of one round, in order.</param>
internal sealed record EvmBenchContract(string Name, string Description, byte[] Code, IReadOnlyList<(UInt256 Slot, UInt256 Value)> Storage, IReadOnlyList<(byte[] Data, ulong Gas)> Calls)
{
    /// <summary>The account that sends every call.</summary>
    public static Address Caller { get; } = Address.Parse("0x1000000000000000000000000000000000000001");
}
