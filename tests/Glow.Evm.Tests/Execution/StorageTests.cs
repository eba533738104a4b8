using Glow.Core;
using Glow.Core.Numerics;
using Glow.Core.Transactions;
using Glow.Evm.Gas;
using Glow.Evm.Instructions;

namespace Glow.Evm.Tests.Execution;

public class StorageTests
{
    [Theory]
    // original, current, new, cold, expected cost, expected refund (EIP-2200 with EIP-2929 prices and EIP-3529 refunds)
    [InlineData(0, 0, 0, true, 2_200, 0)]
    [InlineData(0, 0, 1, true, 22_100, 0)]
    [InlineData(0, 0, 1, false, 20_000, 0)]
    [InlineData(1, 1, 2, false, 2_900, 0)]
    [InlineData(1, 1, 0, false, 2_900, 4_800)]
    [InlineData(1, 2, 0, false, 100, 4_800)]
    [InlineData(1, 0, 1, false, 100, -4_800 + 2_800)]
    [InlineData(1, 0, 2, false, 100, -4_800)]
    [InlineData(0, 1, 0, false, 100, 19_900)]
    [InlineData(1, 2, 1, false, 100, 2_800)]
    [InlineData(1, 1, 1, false, 100, 0)]
    public void Sstore_is_priced_by_original_current_and_new_value(ulong original, ulong current, ulong value, bool cold, long cost, long refund)
    {
        Assert.Equal(cost, SstoreCost.Compute(Core.Specs.Forks.Cancun, original, current, value, cold, out var actualRefund));
        Assert.Equal(refund, actualRefund);
    }

    [Fact]
    public void Setting_a_cold_slot_costs_22100_and_rewriting_it_100()
    {
        var once = new EvmHarness().WithCode(new BytecodeBuilder().Push(1).Push(0).Op(Opcode.SSTORE).ToHex()).Call();
        var twice = new EvmHarness().WithCode(new BytecodeBuilder().Push(1).Push(0).Op(Opcode.SSTORE).Push(1).Push(0).Op(Opcode.SSTORE).ToHex()).Call();

        Assert.Equal(21_000UL + 6 + 22_100, once.GasUsed);
        Assert.Equal(once.GasUsed + 6 + 100, twice.GasUsed);
    }

    [Fact]
    public void Sload_costs_2100_cold_then_100_warm()
    {
        var code = new BytecodeBuilder().Push(5).Op(Opcode.SLOAD).Op(Opcode.POP).Push(5).Op(Opcode.SLOAD).Op(Opcode.POP);
        var result = new EvmHarness().WithCode(code.ToHex()).Call();

        Assert.Equal(21_000UL + (2 * (3 + 2)) + 2_100 + 100, result.GasUsed);
    }

    [Fact]
    public void A_slot_in_the_access_list_is_warm_from_the_start()
    {
        var evm = new EvmHarness().WithCode(new BytecodeBuilder().Push(5).Op(Opcode.SLOAD).Op(Opcode.POP).ToHex());
        var slot = new Hash256(((UInt256)5).ToBigEndian());
        var result = evm.Send(EvmHarness.Contract, accessList: [new AccessListEntry(EvmHarness.Contract, [slot])]);

        // Intrinsic: 21000 + 2400 per address + 1900 per key; the SLOAD is then warm.
        Assert.Equal(21_000UL + 2_400 + 1_900 + 3 + 100 + 2, result.GasUsed);
    }

    [Fact]
    public void Clearing_a_slot_refunds_at_most_a_fifth_of_the_gas_used()
    {
        var evm = new EvmHarness().WithCode(new BytecodeBuilder().Push(0).Push(0).Op(Opcode.SSTORE).ToHex());
        evm.State.SetStorage(EvmHarness.Contract, 0, 1);
        evm.State.FinishTransaction(false);

        var result = evm.Call();

        // Cost before refund: 21000 + 6 + 2100 (cold) + 2900 = 26006; the 4800 refund is below 26006 / 5 = 5201.
        Assert.Equal(26_006UL - 4_800, result.GasUsed);
        Assert.Equal(4_800UL, result.GasRefunded);
        Assert.Equal(UInt256.Zero, evm.Storage(0));
    }

    [Fact]
    public void Sstore_with_only_the_call_stipend_left_fails()
    {
        // The caller forwards exactly 2300 gas via a value call; the callee's SSTORE must fail (EIP-2200 sentry).
        var callee = Address.Parse("0x3000000000000000000000000000000000000003");
        var evm = new EvmHarness()
            .WithCode(callee, new BytecodeBuilder().Push(1).Push(0).Op(Opcode.SSTORE).ToHex())
            .WithCode(new BytecodeBuilder().Push(0).Push(0).Push(0).Push(0).Push(1).Push(callee).Push(0).Op(Opcode.CALL).StoreTop(0).ToHex());
        evm.State.AddBalance(EvmHarness.Contract, 10);
        evm.State.FinishTransaction(false);

        var result = evm.Call();

        Assert.True(result.Success);
        Assert.Equal(UInt256.Zero, evm.Storage(0));
        Assert.Equal(UInt256.Zero, evm.Storage(0, callee));
    }

    [Fact]
    public void Transient_storage_is_shared_by_calls_and_gone_after_the_transaction()
    {
        // First call: TSTORE(1, 42) then call self with data to TLOAD(1) into storage.
        var code = new BytecodeBuilder()
            .Op(Opcode.CALLDATASIZE).Push(23).Op(Opcode.JUMPI)
            .Push(42).Push(1).Op(Opcode.TSTORE)
            .Push(0).Push(0).Push(1).Push(0).Push(0).Op(Opcode.ADDRESS).Op(Opcode.GAS).Op(Opcode.CALL).Op(Opcode.STOP);
        code.Op(Opcode.JUMPDEST).Push(1).Op(Opcode.TLOAD).StoreTop(7);
        Assert.Equal(23, code.ToArray().AsSpan().IndexOf((byte)Opcode.JUMPDEST));
        var evm = new EvmHarness().WithCode(code.ToHex());

        Assert.True(evm.Call().Success);
        Assert.Equal((UInt256)42, evm.Storage(7));

        // A new transaction sees no transient value.
        Assert.True(evm.Call("0x01").Success);
        Assert.Equal(UInt256.Zero, evm.Storage(7));
    }

    [Fact]
    public void Tstore_in_a_static_context_fails()
    {
        var callee = Address.Parse("0x3000000000000000000000000000000000000003");
        var evm = new EvmHarness()
            .WithCode(callee, new BytecodeBuilder().Push(1).Push(1).Op(Opcode.TSTORE).ToHex())
            .WithCode(new BytecodeBuilder().Call(callee, kind: Opcode.STATICCALL).StoreTop(0).Push(1).StoreTop(1).ToHex());

        // The failed static call burns the 63/64 it was given; enough is left for the two stores.
        Assert.True(evm.Call(gas: 5_000_000).Success);
        Assert.Equal(UInt256.Zero, evm.Storage(0));
        Assert.Equal(UInt256.One, evm.Storage(1));
    }
}
