namespace Glow.Cli.Tests;

public class HelpTests
{
    [Fact]
    public void Root_command_describes_utg() =>
        Assert.Contains("UltronGlow", CommandTree.Build().Description, StringComparison.Ordinal);
}
