using Glow.Core.Numerics;
using Glow.Evm.Execution;
using Glow.Evm.Instructions;

namespace Glow.Evm.Tests.Execution;

public class ArithmeticAndBitwiseTests
{
    private static readonly UInt256 Max = UInt256.MaxValue;
    private static readonly UInt256 MinSigned = UInt256.SignedMinValue;

    public static TheoryData<string, UInt256, UInt256, Opcode, UInt256> BinaryCases => new()
    {
        // name, a (top of stack), b (second), opcode, expected
        { "add wraps", Max, 2, Opcode.ADD, 1 },
        { "sub wraps", 1, 2, Opcode.SUB, Max },
        { "mul", 7, 6, Opcode.MUL, 42 },
        { "div by zero is zero", 7, 0, Opcode.DIV, 0 },
        { "div rounds down", 7, 2, Opcode.DIV, 3 },
        { "sdiv min by -1 overflows to min", MinSigned, Max, Opcode.SDIV, MinSigned },
        { "sdiv rounds toward zero", UInt256.Negate(7), 2, Opcode.SDIV, UInt256.Negate(3) },
        { "mod by zero is zero", 7, 0, Opcode.MOD, 0 },
        { "smod takes the dividend's sign", UInt256.Negate(7), 3, Opcode.SMOD, UInt256.Negate(1) },
        { "exp", 3, 5, Opcode.EXP, 243 },
        { "exp wraps", 2, 256, Opcode.EXP, 0 },
        { "signextend byte 0 of 0xff", 0, 0xff, Opcode.SIGNEXTEND, Max },
        { "signextend beyond 31 keeps", 32, 0xff, Opcode.SIGNEXTEND, 0xff },
        { "lt", 1, 2, Opcode.LT, 1 },
        { "gt", 1, 2, Opcode.GT, 0 },
        { "slt negative below positive", Max, 1, Opcode.SLT, 1 },
        { "sgt", Max, 1, Opcode.SGT, 0 },
        { "eq", 5, 5, Opcode.EQ, 1 },
        { "and", 0b1100, 0b1010, Opcode.AND, 0b1000 },
        { "or", 0b1100, 0b1010, Opcode.OR, 0b1110 },
        { "xor", 0b1100, 0b1010, Opcode.XOR, 0b0110 },
        { "byte 31 is the lowest", 31, 0x1234, Opcode.BYTE, 0x34 },
        { "byte 32 is zero", 32, Max, Opcode.BYTE, 0 },
        { "shl", 4, 1, Opcode.SHL, 16 },
        { "shl by 256 is zero", 256, 1, Opcode.SHL, 0 },
        { "shr", 4, 256, Opcode.SHR, 16 },
        { "sar keeps the sign", 4, UInt256.Negate(32), Opcode.SAR, UInt256.Negate(2) },
        { "sar by 300 of a negative is all ones", 300, MinSigned, Opcode.SAR, Max },
    };

    [Theory]
    [MemberData(nameof(BinaryCases))]
    public void Binary_instruction_gives_the_yellow_paper_result(string name, UInt256 a, UInt256 b, Opcode opcode, UInt256 expected)
    {
        var code = new BytecodeBuilder().Push(b).Push(a).Op(opcode).ReturnTop();
        var evm = new EvmHarness().WithCode(code.ToHex());

        var result = evm.Call();

        Assert.True(result.Success, name);
        Assert.Equal(expected, UInt256.FromBigEndian(result.Output.Span));
    }

    [Theory]
    [InlineData(Opcode.ADDMOD, 10, 10, 8, 4)]
    [InlineData(Opcode.MULMOD, 10, 10, 8, 4)]
    [InlineData(Opcode.ADDMOD, 10, 10, 0, 0)]
    public void Modular_instruction_uses_the_exact_intermediate(Opcode opcode, ulong a, ulong b, ulong m, ulong expected)
    {
        var code = new BytecodeBuilder().Push(m).Push(b).Push(a).Op(opcode).ReturnTop();
        var evm = new EvmHarness().WithCode(code.ToHex());

        Assert.Equal((UInt256)expected, UInt256.FromBigEndian(evm.Call().Output.Span));
    }

    [Fact]
    public void Addmod_of_two_maximal_values_keeps_the_257th_bit()
    {
        var code = new BytecodeBuilder().Push(7).Push(Max).Push(Max).Op(Opcode.ADDMOD).ReturnTop();
        var evm = new EvmHarness().WithCode(code.ToHex());

        var expected = (UInt256)((((System.Numerics.BigInteger)Max * 2) % 7));
        Assert.Equal(expected, UInt256.FromBigEndian(evm.Call().Output.Span));
    }

    [Fact]
    public void Exp_costs_fifty_gas_per_byte_of_the_exponent()
    {
        var small = new EvmHarness().WithCode(new BytecodeBuilder().Push(1).Push(2).Op(Opcode.EXP).Op(Opcode.POP).ToHex()).Call();
        var large = new EvmHarness().WithCode(new BytecodeBuilder().Push(0x010000).Push(2).Op(Opcode.EXP).Op(Opcode.POP).ToHex()).Call();

        // Exponent 1 is one byte, 0x010000 three: two more bytes at 50 gas each; the PUSH3 costs the same as PUSH1.
        Assert.Equal(EvmStatus.Success, large.Status);
        Assert.Equal(100UL, large.GasUsed - small.GasUsed);
    }
}
