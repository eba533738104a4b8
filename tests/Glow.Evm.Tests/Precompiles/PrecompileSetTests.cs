using Glow.Core;
using Glow.Core.Specs;
using Glow.Evm.Precompiles;

namespace Glow.Evm.Tests.Precompiles;

public class PrecompileSetTests
{
    [Theory]
    [InlineData("Frontier", 4)]
    [InlineData("Homestead", 4)]
    [InlineData("EIP158", 4)]
    [InlineData("Byzantium", 8)]
    [InlineData("ConstantinopleFix", 8)]
    [InlineData("Istanbul", 9)]
    [InlineData("Berlin", 9)]
    [InlineData("London", 9)]
    [InlineData("Shanghai", 9)]
    [InlineData("Cancun", 10)]
    public void Each_fork_has_the_addresses_its_EIPs_define(string fork, int count)
    {
        var set = PrecompileSet.For(Forks.FindByName(fork)!, new RecordingPrecompile());
        Assert.Equal(Enumerable.Range(1, count).Select(i => PrecompileSet.AddressOf((byte)i)), set.Addresses);
        Assert.All(set.Addresses, address => Assert.NotNull(set.Find(address)));
        Assert.False(set.Contains(PrecompileSet.AddressOf((byte)(count + 1))));
        Assert.Null(set.Find(PrecompileSet.AddressOf((byte)(count + 1))));
        Assert.False(set.Contains(PrecompileSet.AddressOf(0)));
    }

    [Fact]
    public void Prices_change_with_Istanbul_and_Berlin()
    {
        var modexpInput = new byte[96];
        modexpInput[31] = 1;
        modexpInput[63] = 32;
        modexpInput[95] = 32;
        Assert.Equal(40_000, Get(Forks.Byzantium, 0x07).GasCost([]));
        Assert.Equal(6_000, Get(Forks.Istanbul, 0x07).GasCost([]));
        Assert.Equal(150, Get(Forks.Cancun, 0x06).GasCost([]));
        Assert.Equal(45_000, Get(Forks.Cancun, 0x08).GasCost([]));
        Assert.Same(ModExpPrecompile.Byzantium, Get(Forks.Istanbul, 0x05));
        Assert.Same(ModExpPrecompile.Berlin, Get(Forks.Berlin, 0x05));
    }

    [Fact]
    public void Point_evaluation_is_registered_at_0x0a_from_Cancun_when_supplied()
    {
        var kzg = new RecordingPrecompile();
        var cancun = PrecompileSet.For(Forks.Cancun, kzg);
        Assert.True(cancun.TryGet(PrecompileSet.PointEvaluationAddress, out var found));
        Assert.Same(kzg, found);
        Assert.Equal(10, cancun.Addresses.Count);

        Assert.False(PrecompileSet.For(Forks.Shanghai, kzg).Contains(PrecompileSet.PointEvaluationAddress));
        Assert.DoesNotContain(PrecompileSet.PointEvaluationAddress, PrecompileSet.For(Forks.Shanghai, kzg).Addresses);
    }

    [Fact]
    public void Without_an_implementation_0x0a_is_still_a_warm_precompile_address_in_Cancun_but_has_nothing_to_run()
    {
        var cancun = PrecompileSet.For(Forks.Cancun);
        Assert.False(cancun.Contains(PrecompileSet.PointEvaluationAddress));
        Assert.Null(cancun.Find(PrecompileSet.PointEvaluationAddress));
        Assert.Contains(PrecompileSet.PointEvaluationAddress, cancun.Addresses);
    }

    [Fact]
    public void Addresses_with_any_high_byte_set_are_not_precompiles()
    {
        var set = PrecompileSet.For(Forks.Cancun);
        var bytes = new byte[20];
        bytes[19] = 1;
        bytes[0] = 1;
        Assert.False(set.Contains(new Address(bytes)));
        bytes[0] = 0;
        bytes[18] = 1;
        Assert.False(set.Contains(new Address(bytes)));
        Assert.True(set.Contains(PrecompileSet.EcRecoverAddress));
        Assert.Equal("0x0000000000000000000000000000000000000009", PrecompileSet.Blake2FAddress.ToString());
    }

    private static IPrecompile Get(ReleaseSpec spec, byte index)
    {
        Assert.True(PrecompileSet.For(spec).TryGet(PrecompileSet.AddressOf(index), out var precompile));
        return precompile;
    }

    private sealed class RecordingPrecompile : IPrecompile
    {
        public long GasCost(ReadOnlySpan<byte> input) => 50_000;

        public bool TryRun(ReadOnlySpan<byte> input, out byte[] output)
        {
            output = [];
            return true;
        }
    }
}
