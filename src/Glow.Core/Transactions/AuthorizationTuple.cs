using Glow.Core.Numerics;

namespace Glow.Core.Transactions;

/// <summary>An EIP-7702 authorization: the signer lets <paramref name="Address"/>'s code run as its own.</summary>
/// <param name="ChainId">The chain the authorization is for (0: any chain).</param>
/// <param name="Address">The account whose code is delegated to.</param>
/// <param name="Nonce">The signer's nonce at the time of use.</param>
/// <param name="YParity">Signature parity, 0 or 1.</param>
/// <param name="R">Signature r.</param>
/// <param name="S">Signature s.</param>
public sealed record AuthorizationTuple(UInt256 ChainId, Address Address, ulong Nonce, UInt256 YParity, UInt256 R, UInt256 S);
