using Glow.Core;
using Glow.Core.Numerics;

namespace Glow.Evm.Execution;

/// <summary>One storage slot of one account, the key of the warm-slot set (EIP-2929).</summary>
/// <param name="Address">The account.</param>
/// <param name="Slot">The slot.</param>
public readonly record struct StorageCell(Address Address, UInt256 Slot);
