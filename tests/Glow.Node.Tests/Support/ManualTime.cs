namespace Glow.Node.Tests.Support;

/// <summary>A clock that moves only when told to.</summary>
internal sealed class ManualTime(ulong unixSeconds) : TimeProvider
{
    private long _seconds = (long)unixSeconds;

    public ulong Now => (ulong)Interlocked.Read(ref _seconds);

    public override DateTimeOffset GetUtcNow() => DateTimeOffset.FromUnixTimeSeconds(Interlocked.Read(ref _seconds));

    public void Advance(ulong seconds) => Interlocked.Add(ref _seconds, (long)seconds);
}
