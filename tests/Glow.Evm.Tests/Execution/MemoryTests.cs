using Glow.Core.Numerics;
using Glow.Evm.Execution;
using Glow.Evm.Gas;
using Glow.Evm.Instructions;

namespace Glow.Evm.Tests.Execution;

public class MemoryTests
{
    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 3)]
    [InlineData(32, 96 + 2)]
    [InlineData(724, (724 * 3) + (724 * 724 / 512))]
    public void Memory_cost_is_linear_plus_quadratic_in_words(long words, long expected) =>
        Assert.Equal(expected, GasMath.MemoryCost(words));

    [Fact]
    public void Mstore_pays_for_the_words_it_touches_once()
    {
        // MSTORE at offset 0x3e0 touches words 0..31 (32 words, 98 gas); the second MSTORE below it pays nothing more.
        var once = new EvmHarness().WithCode(new BytecodeBuilder().Push(1).Push(0x3e0).Op(Opcode.MSTORE).ToHex()).Call();
        var twice = new EvmHarness().WithCode(new BytecodeBuilder().Push(1).Push(0x3e0).Op(Opcode.MSTORE).Push(1).Push(0).Op(Opcode.MSTORE).ToHex()).Call();

        Assert.Equal(21_000UL + 3 + 3 + 3 + 98, once.GasUsed);
        Assert.Equal(once.GasUsed + 3 + 3 + 3, twice.GasUsed);
    }

    [Fact]
    public void Msize_is_a_multiple_of_32()
    {
        var code = new BytecodeBuilder().Push(7).Push(33).Op(Opcode.MSTORE8).Op(Opcode.MSIZE).ReturnTop();
        var result = new EvmHarness().WithCode(code.ToHex()).Call();

        Assert.Equal((UInt256)64, UInt256.FromBigEndian(result.Output.Span));
    }

    [Fact]
    public void An_offset_beyond_any_payable_memory_runs_out_of_gas()
    {
        var code = new BytecodeBuilder().Push(UInt256.One << 40).Op(Opcode.MLOAD);
        var result = new EvmHarness().WithCode(code.ToHex()).Call(gas: 1_000_000);

        Assert.Equal(EvmStatus.OutOfGas, result.Status);
        Assert.Equal(1_000_000UL, result.GasUsed);
    }

    [Fact]
    public void A_zero_length_access_at_a_huge_offset_costs_no_memory()
    {
        var code = new BytecodeBuilder().Push(0).Push(UInt256.MaxValue).Op(Opcode.KECCAK256).ReturnTop();
        var result = new EvmHarness().WithCode(code.ToHex()).Call();

        Assert.True(result.Success);
        Assert.Equal(Words.FromHash(Core.Crypto.Keccak256.OfEmpty), UInt256.FromBigEndian(result.Output.Span));
    }

    [Fact]
    public void Mcopy_copies_overlapping_ranges_as_if_through_a_buffer()
    {
        // Memory 0..32 = 0x0102…20; MCOPY(dest 1, src 0, len 31) shifts it right by one byte (EIP-5656).
        var bytes = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();
        var code = new BytecodeBuilder().Push(UInt256.FromBigEndian(bytes)).Push(0).Op(Opcode.MSTORE)
            .Push(31).Push(0).Push(1).Op(Opcode.MCOPY)
            .Push(32).Push(0).Op(Opcode.RETURN);
        var result = new EvmHarness().WithCode(code.ToHex()).Call();

        Assert.Equal([1, .. bytes[..31]], result.Output.ToArray());
    }

    [Fact]
    public void Mcopy_charges_three_per_word_plus_expansion()
    {
        var small = new EvmHarness().WithCode(new BytecodeBuilder().Push(32).Push(0).Push(0).Op(Opcode.MCOPY).ToHex()).Call();
        var grown = new EvmHarness().WithCode(new BytecodeBuilder().Push(32).Push(0).Push(32).Op(Opcode.MCOPY).ToHex()).Call();

        // 32 bytes: one word copied (3) plus one word of memory (3); copying to 32 needs a second word (3 more).
        Assert.Equal(21_000UL + 9 + 3 + 3 + 3, small.GasUsed);
        Assert.Equal(small.GasUsed + 3, grown.GasUsed);
    }

    [Fact]
    public void Calldatacopy_pads_with_zeros_past_the_end_of_the_input()
    {
        var code = new BytecodeBuilder().Push(32).Push(2).Push(0).Op(Opcode.CALLDATACOPY).Push(32).Push(0).Op(Opcode.RETURN);
        var result = new EvmHarness().WithCode(code.ToHex()).Call("0xaabbccdd");

        Assert.Equal([0xcc, 0xdd, .. new byte[30]], result.Output.ToArray());
    }

    [Fact]
    public void Calldataload_reads_zeros_past_the_end()
    {
        var code = new BytecodeBuilder().Push(1).Op(Opcode.CALLDATALOAD).ReturnTop();
        var result = new EvmHarness().WithCode(code.ToHex()).Call("0x11223344");

        Assert.Equal([0x22, 0x33, 0x44, .. new byte[29]], result.Output.ToArray());
    }
}
