using System.Globalization;
using System.Text;
using Glow.Core;
using Glow.Core.Encoding;
using Glow.Core.Numerics;
using Glow.Evm.Execution;
using Glow.Evm.Instructions;

namespace Glow.Evm.Tracing;

/// <summary>
/// The EIP-3155 trace: one JSON object per line per instruction (<c>pc</c>, <c>op</c>, <c>gas</c>, <c>gasCost</c>,
/// <c>memSize</c>, <c>stack</c>, <c>depth</c>, <c>refund</c>, <c>opName</c>, and <c>error</c> when it failed), written as
/// each instruction ends, and a summary line (<see cref="WriteSummary"/>) at the end of the transaction. The format
/// geth's and evmone's <c>--json</c> tracers print, so traces can be compared line by line.
/// </summary>
public sealed class StructLogTracer : ITxTracer
{
    private readonly TextWriter _output;
    private readonly StringBuilder _line = new(256);
    private readonly List<UInt256> _stack = [];
    private int _pc;
    private byte _opcode;
    private long _gas;
    private int _depth;
    private long _refund;
    private long _memorySize;
    private bool _open;

    /// <summary>A tracer writing to <paramref name="output"/>.</summary>
    public StructLogTracer(TextWriter output) => _output = output;

    /// <inheritdoc />
    public bool IsTracingInstructions => true;

    /// <inheritdoc />
    public bool IsTracingCalls => false;

    /// <inheritdoc />
    public void StartStep(in EvmStep step)
    {
        _pc = step.Pc;
        _opcode = step.Opcode;
        _gas = step.Gas;
        _depth = step.Depth;
        _refund = step.Refund;
        _memorySize = step.Memory.Length;
        _stack.Clear();
        foreach (var item in step.Stack)
        {
            _stack.Add(item);
        }

        _open = true;
    }

    /// <inheritdoc />
    public void EndStep(long gasLeft, EvmStatus status)
    {
        if (!_open)
        {
            return;
        }

        _open = false;
        var line = _line.Clear();
        line.Append(CultureInfo.InvariantCulture, $"{{\"pc\":{_pc},\"op\":{_opcode},\"gas\":\"0x{_gas:x}\",\"gasCost\":\"0x{Math.Max(0, _gas - gasLeft):x}\",\"memSize\":{_memorySize},\"stack\":[");
        for (var i = 0; i < _stack.Count; i++)
        {
            line.Append(i == 0 ? "\"" : ",\"").Append(_stack[i].ToHexString()).Append('"');
        }

        line.Append(CultureInfo.InvariantCulture, $"],\"depth\":{_depth},\"refund\":{_refund},\"opName\":\"{OpcodeTable.NameOf(_opcode)}\"");
        if (status != EvmStatus.Success && status != EvmStatus.Revert)
        {
            line.Append(",\"error\":\"").Append(EvmStatusText.Describe(status)).Append('"');
        }

        line.Append('}');
        _output.WriteLine(line.ToString());
    }

    /// <inheritdoc />
    public void EnterFrame(CallKind kind, in Address from, in Address to, in UInt256 value, long gas, ReadOnlySpan<byte> input)
    {
    }

    /// <inheritdoc />
    public void ExitFrame(EvmStatus status, long gasUsed, ReadOnlySpan<byte> output)
    {
    }

    /// <inheritdoc />
    public void EndTransaction(ulong gasLimit, ulong gasUsed, EvmStatus status)
    {
    }

    /// <summary>The closing line: state root, output, gas used, whether the test passed, the fork and any error.</summary>
    public void WriteSummary(in Hash256 stateRoot, ReadOnlySpan<byte> output, ulong gasUsed, bool pass, string fork, string? error)
    {
        var line = _line.Clear();
        line.Append(CultureInfo.InvariantCulture, $"{{\"stateRoot\":\"{stateRoot}\",\"output\":\"{Hex.Encode(output)}\",\"gasUsed\":\"0x{gasUsed:x}\",\"pass\":{(pass ? "true" : "false")},\"fork\":\"{fork}\"");
        if (error is not null)
        {
            line.Append(",\"error\":\"").Append(error).Append('"');
        }

        line.Append('}');
        _output.WriteLine(line.ToString());
    }
}
