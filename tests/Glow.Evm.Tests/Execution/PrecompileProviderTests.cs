using Glow.Core;
using Glow.Core.Specs;
using Glow.Evm.Execution;
using Glow.Evm.Instructions;
using Glow.Evm.Precompiles;
using Glow.Evm.Precompiles.Kzg;

namespace Glow.Evm.Tests.Execution;

public class PrecompileProviderTests
{
    [Fact]
    public void Cancun_provider_finds_all_ten_precompiles_and_warms_their_addresses()
    {
        var provider = new PrecompileSetProvider(PrecompileSet.For(Forks.Cancun, PointEvaluationPrecompile.Instance));

        Assert.Equal(Enumerable.Range(1, 10).Select(PrecompileMap.AddressOf), provider.Addresses);
        Assert.Same(PointEvaluationPrecompile.Instance, provider.Find(PrecompileMap.AddressOf(0x0a)));
        Assert.Null(provider.Find(PrecompileMap.AddressOf(0x0b)));
        Assert.Null(provider.Find(Address.Parse("0x0100000000000000000000000000000000000001")));
    }

    [Fact]
    public void A_call_to_the_identity_precompile_returns_its_input()
    {
        var precompiles = new PrecompileSetProvider(PrecompileSet.For(Forks.Cancun, PointEvaluationPrecompile.Instance));
        var code = new BytecodeBuilder()
            .Push(0x1234).Push(0).Op(Opcode.MSTORE)
            .Push(32).Push(32).Push(32).Push(0).Push(PrecompileMap.AddressOf(4)).Op(Opcode.GAS).Op(Opcode.STATICCALL).Op(Opcode.POP)
            .Push(32).Push(32).Op(Opcode.RETURN);
        var result = new EvmHarness(precompiles: precompiles).WithCode(code.ToHex()).Call();

        Assert.True(result.Success);
        Assert.Equal(Core.Numerics.UInt256.FromBigEndian(result.Output.Span), (Core.Numerics.UInt256)0x1234);
    }
}
