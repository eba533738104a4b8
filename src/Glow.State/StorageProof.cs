using Glow.Core.Numerics;

namespace Glow.State;

/// <summary>The proof of one storage slot: its value (zero when unset) and the storage trie nodes down to it.</summary>
/// <param name="Slot">The slot.</param>
/// <param name="Value">Its value in the proven state.</param>
/// <param name="Nodes">The RLP of the storage trie nodes from the storage root down to the slot.</param>
public sealed record StorageProof(UInt256 Slot, UInt256 Value, IReadOnlyList<byte[]> Nodes);
