namespace Glow.Core.Blocks;

/// <summary>An EIP-4895 withdrawal: a credit to <paramref name="Address"/> of <paramref name="AmountGwei"/> gwei, outside the EVM.</summary>
/// <param name="Index">Monotonic index of the withdrawal.</param>
/// <param name="ValidatorIndex">The validator it comes from.</param>
/// <param name="Address">The recipient.</param>
/// <param name="AmountGwei">The amount in gwei (10^9 wei).</param>
public sealed record Withdrawal(ulong Index, ulong ValidatorIndex, Address Address, ulong AmountGwei);
