using Glow.Core.Specs;

namespace Glow.Core.Tests.Specs;

public class ForksTests
{
    [Fact]
    public void Each_fork_keeps_every_rule_of_the_one_before_except_Petersburgs_removal_of_EIP1283()
    {
        var flags = typeof(ReleaseSpec).GetProperties().Where(p => p.PropertyType == typeof(bool) && p.CanWrite).ToList();
        for (var i = 1; i < Forks.All.Count; i++)
        {
            var before = Forks.All[i - 1];
            var after = Forks.All[i];
            foreach (var flag in flags)
            {
                if ((bool)flag.GetValue(before)! && !(bool)flag.GetValue(after)!)
                {
                    Assert.Equal(("ConstantinopleFix", nameof(ReleaseSpec.IsEip1283Enabled)), (after.Name, flag.Name));
                }
            }
        }
    }

    [Fact]
    public void Cancun_has_the_rules_UltronGlow_runs()
    {
        var cancun = Forks.Cancun;

        Assert.True(cancun.IsEip1559Enabled && cancun.IsEip2929Enabled && cancun.IsEip3860Enabled);
        Assert.True(cancun.IsEip1153Enabled && cancun.IsEip4844Enabled && cancun.IsEip5656Enabled && cancun.IsEip6780Enabled);
        Assert.False(cancun.IsEip1283Enabled);
        Assert.Equal(16, cancun.TxDataNonZeroGas);
        Assert.Equal(68, Forks.Byzantium.TxDataNonZeroGas);
    }

    [Theory]
    [InlineData("Cancun", "Cancun")]
    [InlineData("ConstantinopleFix", "ConstantinopleFix")]
    [InlineData("Petersburg", "ConstantinopleFix")]
    [InlineData("EIP150", "EIP150")]
    [InlineData("SpuriousDragon", "EIP158")]
    [InlineData("merge", "Paris")]
    public void Finds_forks_by_suite_name_and_alias(string name, string expected) =>
        Assert.Equal(expected, Forks.FindByName(name)?.Name);

    [Fact]
    public void Unknown_fork_names_are_not_found() => Assert.Null(Forks.FindByName("Prague"));
}
