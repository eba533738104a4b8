using Glow.Core;
using Glow.Core.Numerics;
using Glow.Core.State;

namespace Glow.State.World;

/// <summary>Where committed state is read from: the flat tables (latest state) or the tries under a root (any stored state).</summary>
internal interface IStateReader
{
    /// <summary>The state root this reader reads.</summary>
    Hash256 Root { get; }

    /// <summary>Reads an account; false when none exists.</summary>
    bool TryReadAccount(in Address address, out Account account);

    /// <summary>Reads a storage slot of an existing account whose storage root is <paramref name="storageRoot"/>.</summary>
    UInt256 ReadStorage(in Address address, in Hash256 storageRoot, in UInt256 slot);
}
