using Glow.Core;
using Glow.Core.State;

namespace Glow.State;

/// <summary>An EIP-1186 proof of an account and some of its storage slots (see <see cref="StateView.GetProof"/>).</summary>
/// <param name="Address">The account's address.</param>
/// <param name="Account">The account; null when it does not exist (the proof then proves its absence).</param>
/// <param name="Nodes">The RLP of the account trie nodes from the state root down to the account.</param>
/// <param name="Storage">One proof per requested slot, in the order requested.</param>
public sealed record AccountProof(Address Address, Account? Account, IReadOnlyList<byte[]> Nodes, IReadOnlyList<StorageProof> Storage);
