namespace Glow.Node;

/// <summary>
/// Where the node's components get the time: the composition root passes <see cref="TimeProvider.System"/>, tests a
/// manual provider. Block timestamps come from here, never from the wall clock directly (architecture.md, style rule 3).
/// </summary>
public static class NodeClock
{
    /// <summary>Seconds since the Unix epoch according to <paramref name="time"/>.</summary>
    /// <param name="time">The clock to read.</param>
    public static ulong UnixSeconds(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return (ulong)time.GetUtcNow().ToUnixTimeSeconds();
    }
}
