using System.Globalization;
using System.Text.Json;
using Glow.Core;
using Glow.Core.Encoding;
using Glow.Core.Numerics;
using Glow.Evm.Execution;

namespace Glow.Evm.Tracing;

/// <summary>
/// One call or create in a <see cref="CallTracer"/>'s tree, with the fields of geth's <c>callTracer</c>: type, from,
/// to, value, gas, gasUsed, input, output, error, revertReason and the nested calls.
/// </summary>
public sealed class CallTrace
{
    private readonly List<CallTrace> _calls = [];

    internal CallTrace(CallKind kind, Address from, Address to, UInt256 value, long gas, byte[] input)
    {
        Kind = kind;
        From = from;
        To = to;
        Value = value;
        Gas = gas;
        Input = input;
    }

    /// <summary>A copy of this frame without the frames it entered (geth's <c>onlyTopCall</c>).</summary>
    public CallTrace WithoutCalls() => new(Kind, From, To, Value, Gas, Input)
    {
        GasUsed = GasUsed,
        Output = Output,
        Status = Status,
    };

    /// <summary>How the frame was entered.</summary>
    public CallKind Kind { get; }

    /// <summary><c>CALL</c>, <c>CALLCODE</c>, <c>DELEGATECALL</c>, <c>STATICCALL</c>, <c>CREATE</c> or <c>CREATE2</c>.</summary>
    public string Type => Kind switch
    {
        CallKind.Call => "CALL",
        CallKind.CallCode => "CALLCODE",
        CallKind.DelegateCall => "DELEGATECALL",
        CallKind.StaticCall => "STATICCALL",
        CallKind.Create => "CREATE",
        _ => "CREATE2",
    };

    /// <summary>The caller.</summary>
    public Address From { get; }

    /// <summary>The callee, or the new contract's address.</summary>
    public Address To { get; }

    /// <summary>The value sent (the caller's, for DELEGATECALL).</summary>
    public UInt256 Value { get; }

    /// <summary>Gas given to the frame (for the transaction's frame: the transaction's gas limit).</summary>
    public long Gas { get; internal set; }

    /// <summary>Gas the frame used (for the transaction's frame: the transaction's gas used).</summary>
    public long GasUsed { get; internal set; }

    /// <summary>Call data, or init code.</summary>
    public byte[] Input { get; }

    /// <summary>Return or revert data; the deployed code of a creation.</summary>
    public byte[] Output { get; internal set; } = [];

    /// <summary>How the frame ended.</summary>
    public EvmStatus Status { get; internal set; }

    /// <summary>The error in geth's words, or null for success.</summary>
    public string? Error => EvmStatusText.Describe(Status);

    /// <summary>The Solidity <c>Error(string)</c> message of a revert, when the revert data carries one.</summary>
    public string? RevertReason => Status == EvmStatus.Revert ? DecodeRevertReason(Output) : null;

    /// <summary>The frames this one entered, in order.</summary>
    public IReadOnlyList<CallTrace> Calls => _calls;

    internal void Add(CallTrace child) => _calls.Add(child);

    /// <summary>Writes this frame and its calls as geth's <c>callTracer</c> does.</summary>
    public void WriteTo(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("type", Type);
        json.WriteString("from", From.ToString());
        json.WriteString("to", To.ToString());
        if (Kind is not (CallKind.StaticCall or CallKind.DelegateCall))
        {
            json.WriteString("value", Value.ToHexString());
        }

        json.WriteString("gas", "0x" + Gas.ToString("x", CultureInfo.InvariantCulture));
        json.WriteString("gasUsed", "0x" + GasUsed.ToString("x", CultureInfo.InvariantCulture));
        json.WriteString("input", Hex.Encode(Input));
        if (Output.Length > 0)
        {
            json.WriteString("output", Hex.Encode(Output));
        }

        if (Error is { } error)
        {
            json.WriteString("error", error);
        }

        if (RevertReason is { } reason)
        {
            json.WriteString("revertReason", reason);
        }

        if (_calls.Count > 0)
        {
            json.WriteStartArray("calls");
            foreach (var call in _calls)
            {
                call.WriteTo(json);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    /// <summary>This frame and its calls as a JSON string.</summary>
    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            WriteTo(json);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Decodes <c>Error(string)</c> revert data (selector 0x08c379a0, offset, length, bytes); null when it is not that.</summary>
    public static string? DecodeRevertReason(ReadOnlySpan<byte> data)
    {
        if (data.Length < 4 + 64 || data[0] != 0x08 || data[1] != 0xc3 || data[2] != 0x79 || data[3] != 0xa0)
        {
            return null;
        }

        var body = data[4..];
        var offset = UInt256.FromBigEndian(body[..32]);
        if (!offset.IsUInt64 || offset.U0 > (ulong)body.Length - 32)
        {
            return null;
        }

        var length = UInt256.FromBigEndian(body.Slice((int)offset.U0, 32));
        var start = (int)offset.U0 + 32;
        if (!length.IsUInt64 || length.U0 > (ulong)(body.Length - start))
        {
            return null;
        }

        try
        {
            return new System.Text.UTF8Encoding(false, true).GetString(body.Slice(start, (int)length.U0));
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
