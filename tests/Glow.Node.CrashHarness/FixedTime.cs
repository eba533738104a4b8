namespace Glow.Node.CrashHarness;

/// <summary>A clock that moves only when told to, so that every run generates the same blocks.</summary>
public sealed class FixedTime(ulong unixSeconds) : TimeProvider
{
    private long _seconds = (long)unixSeconds;

    /// <summary>The current time in Unix seconds.</summary>
    public ulong Now => (ulong)Interlocked.Read(ref _seconds);

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => DateTimeOffset.FromUnixTimeSeconds(Interlocked.Read(ref _seconds));

    /// <summary>Moves the clock forward.</summary>
    public void Advance(ulong seconds) => Interlocked.Add(ref _seconds, (long)seconds);
}
