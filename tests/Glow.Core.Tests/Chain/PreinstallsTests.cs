using Glow.Core.Chain;
using Glow.Core.Crypto;
using Glow.Core.Numerics;

namespace Glow.Core.Tests.Chain;

public class PreinstallsTests
{
    [Fact]
    public void The_create2_deployer_code_hashes_to_its_published_mainnet_code_hash()
    {
        var deployer = Preinstalls.Create2Deployer;

        Assert.Equal(69, deployer.Code.Length);
        Assert.Equal(Hash256.Parse("0x2fa86add0aed31f33a762c9d88e807c475bd51d0f52bd0955754b2608f7e4989"), Keccak256.Compute(deployer.Code.Span));
        Assert.True(deployer.IsCodeHashValid);
    }

    [Fact]
    public void The_multicall3_code_hashes_to_its_published_mainnet_code_hash()
    {
        var multicall = Preinstalls.Multicall3;

        Assert.Equal(3808, multicall.Code.Length);
        Assert.Equal(Hash256.Parse("0xd5c15df687b16f2ff992fc8d767b4216323184a2bbc6ee2f9c398c318e770891"), Keccak256.Compute(multicall.Code.Span));
        Assert.True(multicall.IsCodeHashValid);
    }

    [Fact]
    public void Preinstalls_sit_at_their_mainnet_addresses_in_address_order()
    {
        Assert.Equal(Address.Parse("0x4e59b44847b379578588920ca78fbf26c0b4956c"), Preinstalls.Create2Deployer.Address);
        Assert.Equal(Address.Parse("0xcA11bde05977b3631167028862bE2a173976CA11"), Preinstalls.Multicall3.Address);
        Assert.Equal(Preinstalls.All.Select(p => p.Address).Order(), Preinstalls.All.Select(p => p.Address));
    }

    [Fact]
    public void A_preinstall_becomes_an_account_with_nonce_1_its_code_and_nothing_else()
    {
        var account = Preinstalls.Multicall3.ToGenesisAccount();

        Assert.Equal(UInt256.Zero, account.Balance);
        Assert.Equal(1UL, account.Nonce);
        Assert.Equal(Preinstalls.Multicall3.Code.ToArray(), account.Code);
        Assert.Empty(account.Storage);
    }

    [Fact]
    public void Apply_adds_the_preinstalls_and_leaves_the_allocation_given_unchanged()
    {
        var other = Address.Parse("0x00000000000000000000000000000000000000aa");
        var alloc = new SortedDictionary<Address, GenesisAccount> { [other] = new GenesisAccount(UInt256.One, 0, [], []) };

        var result = Preinstalls.Apply(alloc, Preinstalls.All);

        Assert.Equal([other, Preinstalls.Create2Deployer.Address, Preinstalls.Multicall3.Address], result.Keys);
        Assert.Single(alloc);
    }

    [Fact]
    public void Apply_rejects_an_allocation_that_already_has_an_account_at_a_preinstall_address()
    {
        var alloc = new SortedDictionary<Address, GenesisAccount> { [Preinstalls.Multicall3.Address] = new GenesisAccount(UInt256.One, 0, [], []) };

        var e = Assert.Throws<ArgumentException>(() => Preinstalls.Apply(alloc, Preinstalls.All));
        Assert.Contains("Multicall3", e.Message, StringComparison.Ordinal);
    }
}
