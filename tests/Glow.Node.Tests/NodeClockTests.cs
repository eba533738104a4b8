namespace Glow.Node.Tests;

public sealed class NodeClockTests
{
    [Fact]
    public void Reads_unix_seconds_from_the_injected_clock()
    {
        var time = new FixedTime(DateTimeOffset.FromUnixTimeSeconds(1_700_000_123).AddMilliseconds(999));
        Assert.Equal(1_700_000_123UL, NodeClock.UnixSeconds(time));
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
