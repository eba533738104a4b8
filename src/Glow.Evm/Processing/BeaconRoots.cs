using Glow.Core;

namespace Glow.Evm.Processing;

/// <summary>
/// EIP-4788: at the start of each block from Cancun on, the system address calls the beacon-roots contract with the
/// parent beacon block root, which the contract stores in a ring buffer keyed by the block's timestamp.
/// </summary>
public static class BeaconRoots
{
    /// <summary>SYSTEM_ADDRESS, 0xff…fe: the caller of system calls.</summary>
    public static Address SystemAddress { get; } = Address.Parse("0xfffffffffffffffffffffffffffffffffffffffe");

    /// <summary>BEACON_ROOTS_ADDRESS, where the contract is deployed (by a keyless transaction, not by the fork).</summary>
    public static Address ContractAddress { get; } = Address.Parse("0x000f3df6d732807ef1319fb7b8bb8522d0beac02");

    /// <summary>The gas the system call gets (SYSTEM_TRANSACTION_GAS); none of it is paid for.</summary>
    public const long SystemCallGas = 30_000_000;
}
