using System.Text.Json;
using Glow.Core;
using Glow.Core.Encoding;
using Glow.Evm.Execution;
using Glow.Evm.Instructions;
using Glow.Evm.Tracing;

namespace Glow.Evm.Tests.Tracing;

public class TracerTests
{
    private static readonly Address Callee = Address.Parse("0x3000000000000000000000000000000000000003");

    [Fact]
    public void Struct_logger_writes_one_eip3155_line_per_instruction()
    {
        var evm = new EvmHarness().WithCode(new BytecodeBuilder().Push(2).Push(3).Op(Opcode.ADD).ToHex());
        var output = new StringWriter();

        evm.Send(EvmHarness.Contract, tracer: new StructLogTracer(output));

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(4, lines.Count);
        Assert.Equal("ADD", lines[2].GetProperty("opName").GetString());
        Assert.Equal((int)Opcode.ADD, lines[2].GetProperty("op").GetInt32());
        Assert.Equal(4, lines[2].GetProperty("pc").GetInt32());
        Assert.Equal("0x3", lines[2].GetProperty("gasCost").GetString());
        Assert.Equal(["0x3", "0x2"], lines[2].GetProperty("stack").EnumerateArray().Select(e => e.GetString()).Reverse());
        Assert.Equal(1, lines[2].GetProperty("depth").GetInt32());
        Assert.Equal("STOP", lines[3].GetProperty("opName").GetString());
    }

    [Fact]
    public void Struct_logger_marks_the_failing_instruction_with_its_error()
    {
        var evm = new EvmHarness().WithCode(new BytecodeBuilder().Op(Opcode.ADD).ToHex());
        var output = new StringWriter();

        evm.Send(EvmHarness.Contract, tracer: new StructLogTracer(output));

        var line = JsonDocument.Parse(output.ToString().Trim()).RootElement;
        Assert.Equal("stack underflow", line.GetProperty("error").GetString());
    }

    [Fact]
    public void Tracing_does_not_change_the_outcome()
    {
        var code = new BytecodeBuilder().Push(1).Push(0).Op(Opcode.SSTORE).Call(Callee).StoreTop(1).ToHex();
        var plain = new EvmHarness().WithCode(Callee, "0x600160015500").WithCode(code).Call();
        var traced = new EvmHarness().WithCode(Callee, "0x600160015500").WithCode(code).Send(EvmHarness.Contract, tracer: new StructLogTracer(TextWriter.Null));

        Assert.Equal(plain, traced with { Logs = plain.Logs, Output = plain.Output });
    }

    [Fact]
    public void Call_tracer_records_nested_frames_as_geth_does()
    {
        var evm = new EvmHarness()
            .WithCode(Callee, new BytecodeBuilder().Push(0x2a).ReturnTop().ToHex())
            .WithCode(new BytecodeBuilder().Call(Callee, outLength: 32).Op(Opcode.POP).Push(0).Push(0).Op(Opcode.REVERT).ToHex());
        var tracer = new CallTracer();

        var result = evm.Send(EvmHarness.Contract, "0x1234", gas: 200_000, tracer: tracer);

        var root = tracer.Root!;
        Assert.Equal("CALL", root.Type);
        Assert.Equal(EvmHarness.Sender, root.From);
        Assert.Equal(EvmHarness.Contract, root.To);
        Assert.Equal(200_000, root.Gas);
        Assert.Equal((long)result.GasUsed, root.GasUsed);
        Assert.Equal("execution reverted", root.Error);
        Assert.Equal([0x12, 0x34], root.Input);
        var child = Assert.Single(root.Calls);
        Assert.Equal(Callee, child.To);
        Assert.Null(child.Error);
        Assert.Equal(32, child.Output.Length);

        var json = JsonDocument.Parse(tracer.Root!.ToJson()).RootElement;
        Assert.Equal("0x1234", json.GetProperty("input").GetString());
        Assert.Equal("CALL", json.GetProperty("calls")[0].GetProperty("type").GetString());
    }

    [Fact]
    public void Call_tracer_decodes_a_solidity_revert_reason()
    {
        // Error(string) with "nope": selector, offset 0x20, length 4, "nope".
        var data = Hex.Decode("0x08c379a0" + "0000000000000000000000000000000000000000000000000000000000000020"
            + "0000000000000000000000000000000000000000000000000000000000000004" + "6e6f706500000000000000000000000000000000000000000000000000000000");
        var code = new BytecodeBuilder();
        for (var i = 0; i < data.Length; i++)
        {
            code.Push(data[i]).Push((ulong)i).Op(Opcode.MSTORE8);
        }

        code.Push((ulong)data.Length).Push(0).Op(Opcode.REVERT);
        var tracer = new CallTracer();
        new EvmHarness().WithCode(code.ToHex()).Send(EvmHarness.Contract, tracer: tracer);

        Assert.Equal("nope", tracer.Root!.RevertReason);
    }

    [Fact]
    public void Call_tracer_sees_creates_and_precompile_calls()
    {
        var tracer = new CallTracer();
        var evm = new EvmHarness(precompiles: new PrecompileMap([PrecompileMap.AddressOf(4)], []))
            .WithCode(new BytecodeBuilder().Push(0).Push(0).Push(0).Op(Opcode.CREATE).Op(Opcode.POP).Call(PrecompileMap.AddressOf(4)).ToHex());

        evm.Send(EvmHarness.Contract, tracer: tracer);

        Assert.Equal(["CREATE", "CALL"], tracer.Root!.Calls.Select(c => c.Type));
    }

    [Fact]
    public void Null_tracer_traces_nothing()
    {
        Assert.False(NullTxTracer.Instance.IsTracingInstructions);
        Assert.False(NullTxTracer.Instance.IsTracingCalls);
        Assert.Equal(EvmStatus.Success, new EvmHarness().WithCode("0x00").Send(EvmHarness.Contract, tracer: NullTxTracer.Instance).Status);
    }
}
