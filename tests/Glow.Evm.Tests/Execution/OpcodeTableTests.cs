using Glow.Core.Specs;
using Glow.Evm.Instructions;

namespace Glow.Evm.Tests.Execution;

public class OpcodeTableTests
{
    [Fact]
    public void The_table_of_a_release_spec_is_built_once_and_shared()
    {
        Assert.Same(OpcodeTable.For(Forks.Cancun), OpcodeTable.For(Forks.Cancun));
        Assert.NotSame(OpcodeTable.For(Forks.Cancun), OpcodeTable.For(Forks.Shanghai));
        Assert.Same(Forks.Cancun, OpcodeTable.For(Forks.Cancun).Spec);
    }

    [Theory]
    [InlineData(Opcode.TLOAD)]
    [InlineData(Opcode.TSTORE)]
    [InlineData(Opcode.MCOPY)]
    [InlineData(Opcode.BLOBHASH)]
    [InlineData(Opcode.BLOBBASEFEE)]
    public void Cancun_adds_its_instructions_to_Shanghai(Opcode opcode)
    {
        Assert.True(new OpcodeTable(Forks.Cancun)[opcode].IsDefined);
        Assert.False(new OpcodeTable(Forks.Shanghai)[opcode].IsDefined);
    }

    [Fact]
    public void Every_named_opcode_is_defined_in_Cancun_except_invalid()
    {
        var table = new OpcodeTable(Forks.Cancun);
        foreach (var opcode in Enum.GetValues<Opcode>())
        {
            Assert.Equal(opcode != Opcode.INVALID, table[opcode].IsDefined);
        }
    }

    [Fact]
    public void Bytes_without_a_mnemonic_are_undefined_in_every_fork()
    {
        foreach (var spec in Forks.All)
        {
            var table = new OpcodeTable(spec);
            Assert.False(table[(Opcode)0x0c].IsDefined);
            Assert.False(table[(Opcode)0xef].IsDefined);
        }
    }

    [Theory]
    [InlineData(Opcode.SLOAD, 0)]
    [InlineData(Opcode.BALANCE, 0)]
    [InlineData(Opcode.CALL, 0)]
    [InlineData(Opcode.ADD, 3)]
    [InlineData(Opcode.JUMPI, 10)]
    [InlineData(Opcode.LOG4, 375 * 5)]
    [InlineData(Opcode.CREATE2, 32_000)]
    public void Static_gas_under_Cancun(Opcode opcode, int gas) => Assert.Equal(gas, new OpcodeTable(Forks.Cancun)[opcode].StaticGas);

    [Theory]
    [InlineData(Opcode.SLOAD, 800)]
    [InlineData(Opcode.BALANCE, 700)]
    [InlineData(Opcode.CALL, 700)]
    public void Static_gas_before_EIP_2929_includes_the_state_access(Opcode opcode, int gas) =>
        Assert.Equal(gas, new OpcodeTable(Forks.Istanbul)[opcode].StaticGas);

    [Fact]
    public void Stack_bounds_let_dup16_run_with_16_to_1023_items()
    {
        var info = new OpcodeTable(Forks.Cancun)[Opcode.DUP16];
        Assert.Equal(16, info.MinStack);
        Assert.Equal(1023, info.MinStack + info.Range);
    }
}
