using Glow.Core;

namespace Glow.State;

/// <summary>The latest committed state: the block it belongs to and its root.</summary>
/// <param name="BlockNumber">The block whose post-state this is.</param>
/// <param name="Root">The state root.</param>
public readonly record struct StateHead(ulong BlockNumber, Hash256 Root);
