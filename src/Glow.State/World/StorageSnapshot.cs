using Glow.Core.Numerics;
using Glow.State.Trie;

namespace Glow.State.World;

/// <summary>An account's storage as it was before a reset, for the journal to restore.</summary>
internal sealed record StorageSnapshot(
    Dictionary<UInt256, SlotState>? Slots,
    List<UInt256>? WrittenSlots,
    PatriciaTrie? StorageTrie,
    bool StorageCleared);
