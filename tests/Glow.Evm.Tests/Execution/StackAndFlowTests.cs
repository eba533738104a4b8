using Glow.Core.Numerics;
using Glow.Core.Specs;
using Glow.Evm.Execution;
using Glow.Evm.Instructions;

namespace Glow.Evm.Tests.Execution;

public class StackAndFlowTests
{
    [Fact]
    public void Push32_cut_short_by_the_end_of_the_code_reads_zeros()
    {
        // The whole contract is PUSH32 followed by a single byte: the missing 31 bytes read as zeros.
        var evm = new EvmHarness().WithCode("0x7fff");
        var seen = new List<UInt256>();
        var result = evm.Send(EvmHarness.Contract, tracer: new StackSpy(seen));

        Assert.True(result.Success);
        Assert.Equal(UInt256.FromBigEndian([0xff, .. new byte[31]]), Assert.Single(seen));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(15)]
    [InlineData(16)]
    [InlineData(17)]
    [InlineData(24)]
    [InlineData(25)]
    [InlineData(31)]
    [InlineData(32)]
    public void PushN_at_the_start_of_the_code_pushes_exactly_its_n_bytes(int n)
    {
        var data = Enumerable.Range(0, n).Select(i => (byte)(0xa1 + i)).ToArray();
        var code = new BytecodeBuilder().Raw([(byte)((int)Opcode.PUSH1 + n - 1), .. data]).ReturnTop();
        var result = new EvmHarness().WithCode(code.ToHex()).Call();

        Assert.Equal(UInt256.FromBigEndian(data), UInt256.FromBigEndian(result.Output.Span));
    }

    [Fact]
    public void Push0_pushes_zero_for_two_gas()
    {
        var withPush0 = new EvmHarness().WithCode(new BytecodeBuilder().Op(Opcode.PUSH0).ToHex()).Call();
        var withPush1 = new EvmHarness().WithCode(new BytecodeBuilder().Push(0).ToHex()).Call();

        Assert.True(withPush0.Success);
        Assert.Equal(1UL, withPush1.GasUsed - withPush0.GasUsed);
    }

    [Fact]
    public void Push0_is_an_invalid_opcode_before_Shanghai()
    {
        var evm = new EvmHarness(Forks.Paris).WithCode(new BytecodeBuilder().Op(Opcode.PUSH0).ToHex());
        Assert.Equal(EvmStatus.InvalidOpcode, evm.Call(gas: 100_000).Status);
    }

    [Fact]
    public void Jump_to_a_jumpdest_byte_inside_push_data_is_invalid()
    {
        // PUSH1 3, JUMP, PUSH1 0x5b (a JUMPDEST byte as data at offset 4), STOP.
        var evm = new EvmHarness().WithCode("0x600456605b00");
        var result = evm.Call(gas: 100_000);

        Assert.Equal(EvmStatus.InvalidJump, result.Status);
        Assert.Equal(100_000UL, result.GasUsed);
    }

    [Fact]
    public void Jumpi_jumps_only_when_the_condition_is_non_zero()
    {
        // PUSH1 1 PUSH1 8 JUMPI, PUSH1 0xaa ... JUMPDEST at 8: returns 0x2a when taken.
        var code = new BytecodeBuilder().Push(1).Push(8).Op(Opcode.JUMPI).Op(Opcode.INVALID).Op(Opcode.INVALID).Op(Opcode.INVALID)
            .Op(Opcode.JUMPDEST).Push(42).ReturnTop();
        var result = new EvmHarness().WithCode(code.ToHex()).Call();

        Assert.Equal((UInt256)42, UInt256.FromBigEndian(result.Output.Span));
    }

    [Fact]
    public void Stack_underflow_fails_the_frame_and_consumes_all_gas()
    {
        var result = new EvmHarness().WithCode(new BytecodeBuilder().Op(Opcode.ADD).ToHex()).Call(gas: 50_000);

        Assert.Equal(EvmStatus.StackUnderflow, result.Status);
        Assert.Equal(50_000UL, result.GasUsed);
    }

    [Fact]
    public void The_1025th_stack_item_overflows()
    {
        var fill = new BytecodeBuilder();
        for (var i = 0; i < 1024; i++)
        {
            fill.Op(Opcode.PUSH0);
        }

        Assert.True(new EvmHarness().WithCode(fill.ToHex()).Call().Success);
        Assert.Equal(EvmStatus.StackOverflow, new EvmHarness().WithCode(fill.Op(Opcode.PUSH0).ToHex()).Call().Status);
    }

    [Fact]
    public void Dup16_and_swap16_reach_the_sixteenth_and_seventeenth_items()
    {
        var code = new BytecodeBuilder();
        for (ulong i = 17; i >= 1; i--)
        {
            code.Push(i);
        }

        // Stack, top first: 1, 2, ..., 17. DUP16 copies the 16th item; SWAP16 swaps the top with the 17th.
        code.Op(Opcode.DUP16).ReturnTop();
        Assert.Equal((UInt256)16, UInt256.FromBigEndian(new EvmHarness().WithCode(code.ToHex()).Call().Output.Span));

        var swap = new BytecodeBuilder();
        for (ulong i = 17; i >= 1; i--)
        {
            swap.Push(i);
        }

        swap.Op(Opcode.SWAP16).ReturnTop();
        Assert.Equal((UInt256)17, UInt256.FromBigEndian(new EvmHarness().WithCode(swap.ToHex()).Call().Output.Span));
    }

    [Fact]
    public void Invalid_consumes_all_gas()
    {
        var result = new EvmHarness().WithCode(new BytecodeBuilder().Op(Opcode.INVALID).ToHex()).Call(gas: 70_000);

        Assert.Equal(EvmStatus.InvalidOpcode, result.Status);
        Assert.Equal(70_000UL, result.GasUsed);
    }

    [Fact]
    public void Running_off_the_end_of_the_code_stops()
    {
        var result = new EvmHarness().WithCode(new BytecodeBuilder().Push(1).ToHex()).Call();

        Assert.True(result.Success);
        Assert.Equal(21_003UL, result.GasUsed);
    }

    [Fact]
    public void Pc_and_gas_report_the_position_and_the_gas_left_after_their_own_charge()
    {
        var pc = new EvmHarness().WithCode(new BytecodeBuilder().Op(Opcode.JUMPDEST).Op(Opcode.PC).ReturnTop().ToHex()).Call();
        Assert.Equal((UInt256)1, UInt256.FromBigEndian(pc.Output.Span));

        var gas = new EvmHarness().WithCode(new BytecodeBuilder().Op(Opcode.GAS).ReturnTop().ToHex()).Call(gas: 100_000);
        Assert.Equal((UInt256)(100_000 - 21_000 - 2), UInt256.FromBigEndian(gas.Output.Span));
    }

    /// <summary>Records the stack top seen at each STOP.</summary>
    private sealed class StackSpy(List<UInt256> seen) : Glow.Evm.Tracing.ITxTracer
    {
        public bool IsTracingInstructions => true;

        public bool IsTracingCalls => false;

        public void StartStep(in Glow.Evm.Tracing.EvmStep step)
        {
            if (step.Opcode == (byte)Opcode.STOP && step.Stack.Length > 0)
            {
                seen.Add(step.Stack[^1]);
            }
        }

        public void EndStep(long gasLeft, EvmStatus status)
        {
        }

        public void EnterFrame(CallKind kind, in Glow.Core.Address from, in Glow.Core.Address to, in UInt256 value, long gas, ReadOnlySpan<byte> input)
        {
        }

        public void ExitFrame(EvmStatus status, long gasUsed, ReadOnlySpan<byte> output)
        {
        }

        public void EndTransaction(ulong gasLimit, ulong gasUsed, EvmStatus status)
        {
        }
    }
}
