using Glow.Evm.Execution;

namespace Glow.Evm.Tests.Execution;

public class InterpreterSmokeTests
{
    [Fact]
    public void Adds_two_numbers_and_stores_the_sum()
    {
        // PUSH1 2, PUSH1 3, ADD, PUSH1 0, SSTORE, STOP
        var evm = new EvmHarness().WithCode("0x600260030160005500");
        var result = evm.Call();

        Assert.Equal(EvmStatus.Success, result.Status);
        Assert.Equal(5UL, (ulong)evm.Storage(0));
    }

    [Fact]
    public void Charges_intrinsic_gas_plus_the_instructions_and_a_cold_storage_write()
    {
        var evm = new EvmHarness().WithCode("0x600260030160005500");
        var result = evm.Call();

        // 21000 + 3 + 3 + 3 + 3 + SSTORE (2100 cold + 20000 set).
        Assert.Equal(21_000UL + 12 + 22_100, result.GasUsed);
    }
}
