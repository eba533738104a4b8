using Glow.Core.Crypto;
using Glow.Core.Numerics;
using Glow.Evm.Execution;

namespace Glow.Evm.Tests.Execution;

public class CodeInfoTests
{
    [Fact]
    public void Jumpdest_analysis_skips_push_data()
    {
        // 0: JUMPDEST, 1: PUSH2 0x5b5b, 4: JUMPDEST, 5: PUSH1 (cut short).
        var info = new CodeInfo([0x5b, 0x61, 0x5b, 0x5b, 0x5b, 0x60]);

        Assert.True(info.IsJumpDestination(0));
        Assert.False(info.IsJumpDestination(2));
        Assert.False(info.IsJumpDestination(3));
        Assert.True(info.IsJumpDestination(4));
        Assert.False(info.IsJumpDestination(6));
        Assert.False(info.IsJumpDestination(UInt256.One << 64));
    }

    [Fact]
    public void Cache_returns_the_same_analysis_for_the_same_hash_and_stays_bounded()
    {
        var cache = new CodeInfoCache(capacity: 2);
        byte[] code = [0x5b, 0x00];
        var hash = Keccak256.Compute(code);

        var first = cache.Add(hash, code);
        Assert.True(cache.TryGet(hash, out var again));
        Assert.Same(first, again);

        cache.Add(Keccak256.Compute([1]), [1]);
        cache.Add(Keccak256.Compute([2]), [2]);
        Assert.False(cache.TryGet(hash, out _));
    }
}
