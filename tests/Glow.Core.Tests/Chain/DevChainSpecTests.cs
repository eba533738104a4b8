using Glow.Core.Chain;
using Glow.Core.Crypto.Hd;
using Glow.Core.Numerics;

namespace Glow.Core.Tests.Chain;

public class DevChainSpecTests
{
    [Fact]
    public void The_embedded_dev_chainspec_is_chain_1337_with_the_protocol_defaults()
    {
        var spec = ChainSpecLoader.Dev();

        Assert.Equal("UltronGlow dev", spec.Name);
        Assert.Equal(1337UL, spec.ChainId);
        Assert.Equal(ChainSpec.DefaultGasLimit, spec.GasLimit);
        Assert.Equal(BaseFeeParameters.Default, spec.BaseFee);
        Assert.Same(BlockRewardSchedule.Default, spec.Rewards);
        Assert.Equal(Preinstalls.All, spec.Preinstalls);
        Assert.Equal(SystemContracts.Default, spec.SystemContracts);
    }

    [Fact]
    public void The_dev_accounts_are_the_first_ten_of_the_public_test_mnemonic_with_10000_utg_each()
    {
        var spec = ChainSpecLoader.Dev();
        var seed = Bip39.ToSeed("test test test test test test test test test test test junk");
        var expected = Enumerable.Range(0, 10)
            .Select(i => ExtendedPrivateKey.FromSeed(seed).Derive($"m/44'/60'/0'/0/{i}").Address)
            .Order()
            .ToList();

        Assert.Equal(expected, spec.Genesis.Alloc.Keys);
        Assert.All(spec.Genesis.Alloc.Values, account => Assert.Equal(UInt256.Parse("10000000000000000000000"), account.Balance));
        Assert.Equal(UInt256.Parse("100000000000000000000000"), spec.Genesis.TotalBalance());
    }
}
