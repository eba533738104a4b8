using Glow.Core;
using Glow.Core.Numerics;
using Glow.Evm.Instructions;

namespace Glow.Evm.Tests.Execution;

public class SelfDestructTests
{
    private static readonly Address Beneficiary = Address.Parse("0x4000000000000000000000000000000000000004");

    [Fact]
    public void Selfdestruct_of_a_contract_from_an_earlier_transaction_only_moves_its_balance()
    {
        var evm = new EvmHarness().WithCode(new BytecodeBuilder().Push(Beneficiary).Op(Opcode.SELFDESTRUCT).ToHex());
        evm.State.AddBalance(EvmHarness.Contract, 100);
        evm.State.FinishTransaction(false);

        Assert.True(evm.Call().Success);
        Assert.True(evm.State.GetCode(EvmHarness.Contract).Length > 0);
        Assert.Equal(UInt256.Zero, evm.State.GetBalance(EvmHarness.Contract));
        Assert.Equal((UInt256)100, evm.State.GetBalance(Beneficiary));
    }

    [Fact]
    public void Selfdestruct_in_the_creating_transaction_deletes_the_account()
    {
        // Init code that self-destructs to the beneficiary, sent with value.
        var evm = new EvmHarness();
        var result = evm.Send(null, new BytecodeBuilder().Push(Beneficiary).Op(Opcode.SELFDESTRUCT).ToHex(), value: 50);

        Assert.True(result.Success);
        Assert.False(evm.State.AccountExists(result.ContractAddress!.Value));
        Assert.Equal((UInt256)50, evm.State.GetBalance(Beneficiary));
    }

    [Fact]
    public void Selfdestruct_to_itself_in_the_creating_transaction_burns_the_balance()
    {
        var evm = new EvmHarness();
        var result = evm.Send(null, new BytecodeBuilder().Op(Opcode.ADDRESS).Op(Opcode.SELFDESTRUCT).ToHex(), value: 50);

        Assert.True(result.Success);
        Assert.False(evm.State.AccountExists(result.ContractAddress!.Value));
    }

    [Fact]
    public void Selfdestruct_to_a_cold_dead_account_with_a_balance_costs_5000_2600_and_25000()
    {
        var evm = new EvmHarness().WithCode(new BytecodeBuilder().Push(Beneficiary).Op(Opcode.SELFDESTRUCT).ToHex());
        evm.State.AddBalance(EvmHarness.Contract, 1);
        evm.State.FinishTransaction(false);

        Assert.Equal(21_000UL + 3 + 5_000 + 2_600 + 25_000, evm.Call().GasUsed);
    }

    [Fact]
    public void Selfdestruct_in_a_static_context_fails()
    {
        var callee = Address.Parse("0x3000000000000000000000000000000000000003");
        var evm = new EvmHarness()
            .WithCode(callee, new BytecodeBuilder().Push(Beneficiary).Op(Opcode.SELFDESTRUCT).ToHex())
            .WithCode(new BytecodeBuilder().Call(callee, kind: Opcode.STATICCALL).StoreTop(0).ToHex());

        Assert.True(evm.Call(gas: 5_000_000).Success);
        Assert.Equal(UInt256.Zero, evm.Storage(0));
    }
}
