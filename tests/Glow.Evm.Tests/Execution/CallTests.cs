using Glow.Core;
using Glow.Core.Numerics;
using Glow.Evm.Execution;
using Glow.Evm.Instructions;

namespace Glow.Evm.Tests.Execution;

public class CallTests
{
    private static readonly Address Callee = Address.Parse("0x3000000000000000000000000000000000000003");

    [Fact]
    public void Call_copies_the_callees_output_into_memory_and_return_data()
    {
        var evm = new EvmHarness()
            .WithCode(Callee, new BytecodeBuilder().Push(0xbeef).ReturnTop().ToHex())
            .WithCode(new BytecodeBuilder().Call(Callee, outLength: 32).StoreTop(0)
                .Push(0).Op(Opcode.MLOAD).StoreTop(1)
                .Op(Opcode.RETURNDATASIZE).StoreTop(2).ToHex());

        Assert.True(evm.Call().Success);
        Assert.Equal(UInt256.One, evm.Storage(0));
        Assert.Equal((UInt256)0xbeef, evm.Storage(1));
        Assert.Equal((UInt256)32, evm.Storage(2));
    }

    [Fact]
    public void A_reverting_callee_returns_its_data_and_unused_gas_and_its_changes_are_undone()
    {
        var evm = new EvmHarness()
            .WithCode(Callee, new BytecodeBuilder().Push(1).Push(0).Op(Opcode.SSTORE).Push(0xdead).Push(0).Op(Opcode.MSTORE).Push(32).Push(0).Op(Opcode.REVERT).ToHex())
            .WithCode(new BytecodeBuilder().Call(Callee).StoreTop(0)
                .Push(32).Push(0).Push(0).Op(Opcode.RETURNDATACOPY).Push(0).Op(Opcode.MLOAD).StoreTop(1).ToHex());

        var result = evm.Call();

        Assert.True(result.Success);
        Assert.Equal(UInt256.Zero, evm.Storage(0));
        Assert.Equal((UInt256)0xdead, evm.Storage(1));
        Assert.Equal(UInt256.Zero, evm.Storage(0, Callee));
        Assert.True(result.GasUsed < 100_000, "a revert returns the callee's unused gas");
    }

    [Fact]
    public void Returndatacopy_past_the_end_of_the_return_data_fails_the_frame()
    {
        var evm = new EvmHarness().WithCode(new BytecodeBuilder().Push(1).Push(0).Push(0).Op(Opcode.RETURNDATACOPY).ToHex());
        Assert.Equal(EvmStatus.ReturnDataOutOfBounds, evm.Call().Status);
    }

    [Fact]
    public void Staticcall_forbids_storage_writes_in_the_callee()
    {
        var evm = new EvmHarness()
            .WithCode(Callee, new BytecodeBuilder().Push(1).Push(0).Op(Opcode.SSTORE).ToHex())
            .WithCode(new BytecodeBuilder().Call(Callee, kind: Opcode.STATICCALL).StoreTop(0).ToHex());

        Assert.True(evm.Call(gas: 5_000_000).Success);
        Assert.Equal(UInt256.Zero, evm.Storage(0));
        Assert.Equal(UInt256.Zero, evm.Storage(0, Callee));
    }

    [Fact]
    public void Delegatecall_runs_the_callees_code_on_the_callers_storage_with_the_callers_caller()
    {
        var evm = new EvmHarness()
            .WithCode(Callee, new BytecodeBuilder().Op(Opcode.CALLER).StoreTop(5).ToHex())
            .WithCode(new BytecodeBuilder().Call(Callee, kind: Opcode.DELEGATECALL).StoreTop(0).ToHex());

        Assert.True(evm.Call().Success);
        Assert.Equal(UInt256.One, evm.Storage(0));
        Assert.Equal(Words.FromAddress(EvmHarness.Sender), evm.Storage(5));
        Assert.Equal(UInt256.Zero, evm.Storage(5, Callee));
    }

    [Fact]
    public void A_value_call_beyond_the_balance_fails_without_consuming_the_forwarded_gas()
    {
        var evm = new EvmHarness().WithCode(new BytecodeBuilder().Call(Callee, value: 1).StoreTop(0).Push(1).StoreTop(1).ToHex());

        var result = evm.Call();

        Assert.True(result.Success);
        Assert.Equal(UInt256.Zero, evm.Storage(0));
        Assert.Equal(UInt256.One, evm.Storage(1));
        Assert.Equal(UInt256.Zero, evm.State.GetBalance(Callee));
    }

    [Fact]
    public void A_value_call_to_a_new_account_pays_for_it_and_gives_the_stipend()
    {
        var evm = new EvmHarness().WithCode(new BytecodeBuilder().Call(Callee, value: 5).Op(Opcode.POP).ToHex());
        evm.State.AddBalance(EvmHarness.Contract, 5);
        evm.State.FinishTransaction(false);

        var result = evm.Call();

        // Pushes (6 × 3) + GAS (2) + cold access 2600 + value 9000 + new account 25000 + POP (2); the callee has no code,
        // so the 2300 stipend it was given on top comes back as well.
        Assert.True(result.Success);
        Assert.Equal(21_000UL + 18 + 2 + 2_600 + 9_000 + 25_000 + 2 - 2_300, result.GasUsed);
        Assert.Equal((UInt256)5, evm.State.GetBalance(Callee));
    }

    [Fact]
    public void Cold_account_access_costs_2600_then_100()
    {
        var code = new BytecodeBuilder().Push(Callee).Op(Opcode.BALANCE).Op(Opcode.POP).Push(Callee).Op(Opcode.BALANCE).Op(Opcode.POP);
        var result = new EvmHarness().WithCode(code.ToHex()).Call();

        Assert.Equal(21_000UL + (2 * (3 + 2)) + 2_600 + 100, result.GasUsed);
    }

    [Fact]
    public void The_coinbase_and_the_precompiles_are_warm_from_the_start()
    {
        var precompiles = new PrecompileMap([PrecompileMap.AddressOf(1)], []);
        var code = new BytecodeBuilder().Push(EvmHarness.Coinbase).Op(Opcode.BALANCE).Op(Opcode.POP).Push(1).Op(Opcode.BALANCE).Op(Opcode.POP);
        var result = new EvmHarness(precompiles: precompiles).WithCode(code.ToHex()).Call();

        Assert.Equal(21_000UL + (2 * (3 + 2)) + 100 + 100, result.GasUsed);
    }

    [Fact]
    public void Calls_nest_to_the_depth_limit_of_1024_without_recursion_on_the_thread_stack()
    {
        // Each frame counts itself in transient storage and calls itself with all its gas; the transaction's own frame
        // (where CALLER is ORIGIN) finally stores the count. Each level keeps a 64th and spends ~230 gas, so reaching the
        // bottom takes about 1.6·10^11 gas.
        var code = new BytecodeBuilder()
            .Op(Opcode.PUSH0).Op(Opcode.TLOAD).Push(1).Op(Opcode.ADD).Op(Opcode.PUSH0).Op(Opcode.TSTORE)
            .Op(Opcode.PUSH0).Op(Opcode.PUSH0).Op(Opcode.PUSH0).Op(Opcode.PUSH0).Op(Opcode.PUSH0).Op(Opcode.ADDRESS).Op(Opcode.GAS).Op(Opcode.CALL).Op(Opcode.POP)
            .Op(Opcode.CALLER).Op(Opcode.ORIGIN).Op(Opcode.EQ).Op(Opcode.ISZERO);
        var end = code.Length + 2 + 1 + 4;
        code.Push((ulong)end).Op(Opcode.JUMPI).Op(Opcode.PUSH0).Op(Opcode.TLOAD).Op(Opcode.PUSH0).Op(Opcode.SSTORE).Op(Opcode.JUMPDEST);
        Assert.Equal(end, code.Length - 1);
        var evm = new EvmHarness().WithCode(code.ToHex());
        evm.Block = evm.Block with { GasLimit = 10_000_000_000_000 };

        var result = evm.Call(gas: 1_000_000_000_000);

        // The transaction's frame is depth 0; frames 1..1024 run; the frame at 1024 cannot call further.
        Assert.True(result.Success);
        Assert.Equal((UInt256)1025, evm.Storage(0));
    }
}
