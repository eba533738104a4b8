using System.Text.Json;
using Glow.Core;
using Glow.Core.Encoding;
using Glow.Core.Numerics;
using Glow.Evm.Execution;
using Glow.Evm.Instructions;

namespace Glow.Evm.Tracing;

/// <summary>
/// geth's default tracer for <c>debug_traceTransaction</c> / <c>debug_traceCall</c>: one entry per executed instruction
/// (pc, op, gas, gasCost, depth, stack, optionally memory, the storage touched so far in the current contract), then
/// <c>{gas, failed, returnValue, structLogs}</c>. Bounded by <see cref="MaxSteps"/> so one request cannot exhaust memory.
/// </summary>
public sealed class GethStructLogTracer : ITxTracer
{
    private readonly List<Step> _steps = [];
    private readonly Stack<SortedDictionary<UInt256, UInt256>> _storage = new();
    private Step? _open;
    private ulong _gasUsed;
    private EvmStatus _status;
    private byte[] _output = [];

    /// <summary>A tracer with geth's options (memory off by default; stack and storage on).</summary>
    public GethStructLogTracer(bool enableMemory = false, bool disableStack = false, bool disableStorage = false, int maxSteps = 1_000_000)
    {
        EnableMemory = enableMemory;
        DisableStack = disableStack;
        DisableStorage = disableStorage;
        MaxSteps = maxSteps;
    }

    /// <summary>Record memory at each step.</summary>
    public bool EnableMemory { get; }

    /// <summary>Leave out the stack.</summary>
    public bool DisableStack { get; }

    /// <summary>Leave out storage.</summary>
    public bool DisableStorage { get; }

    /// <summary>The most steps recorded; beyond it tracing stops with <see cref="Truncated"/> set.</summary>
    public int MaxSteps { get; }

    /// <summary>True when the trace passed <see cref="MaxSteps"/>.</summary>
    public bool Truncated { get; private set; }

    /// <inheritdoc />
    public bool IsTracingInstructions => true;

    /// <inheritdoc />
    public bool IsTracingCalls => true;

    /// <summary>Sets the transaction's result (gas used, outcome, return data) for the summary fields.</summary>
    public void SetResult(ulong gasUsed, EvmStatus status, ReadOnlySpan<byte> output)
    {
        _gasUsed = gasUsed;
        _status = status;
        _output = output.ToArray();
    }

    /// <inheritdoc />
    public void StartStep(in EvmStep step)
    {
        if (_steps.Count >= MaxSteps)
        {
            Truncated = true;
            _open = null;
            return;
        }

        var entry = new Step
        {
            Pc = step.Pc,
            Op = step.Opcode,
            Gas = step.Gas,
            Depth = step.Depth,
            Refund = step.Refund,
            Stack = DisableStack ? null : step.Stack.ToArray(),
            Memory = EnableMemory ? step.Memory.ToArray() : null,
        };
        if (!DisableStorage && _storage.Count > 0 && step.Stack.Length >= 1)
        {
            var storage = _storage.Peek();
            if ((Opcode)step.Opcode == Opcode.SSTORE && step.Stack.Length >= 2)
            {
                storage[step.Stack[^1]] = step.Stack[^2];
                entry.Storage = new SortedDictionary<UInt256, UInt256>(storage);
            }
            else if ((Opcode)step.Opcode == Opcode.SLOAD)
            {
                entry.PendingSload = step.Stack[^1];
            }
        }

        // The value an SLOAD read is on the stack of the next step at the same depth.
        if (_open is { PendingSload: { } slot } previous && _storage.Count > 0 && step.Depth == previous.Depth && step.Stack.Length >= 1)
        {
            var storage = _storage.Peek();
            storage[slot] = step.Stack[^1];
            previous.Storage = new SortedDictionary<UInt256, UInt256>(storage);
        }

        _steps.Add(entry);
        _open = entry;
    }

    /// <inheritdoc />
    public void EndStep(long gasLeft, EvmStatus status)
    {
        if (_open is null)
        {
            return;
        }

        _open.GasCost = Math.Max(0, _open.Gas - gasLeft);
        if (status is not EvmStatus.Success and not EvmStatus.Revert)
        {
            _open.Error = EvmStatusText.Describe(status);
        }
    }

    /// <inheritdoc />
    public void EnterFrame(CallKind kind, in Address from, in Address to, in UInt256 value, long gas, ReadOnlySpan<byte> input) =>
        _storage.Push([]);

    /// <inheritdoc />
    public void ExitFrame(EvmStatus status, long gasUsed, ReadOnlySpan<byte> output)
    {
        if (_storage.Count > 0)
        {
            _storage.Pop();
        }
    }

    /// <inheritdoc />
    public void EndTransaction(ulong gasLimit, ulong gasUsed, EvmStatus status)
    {
    }

    /// <summary>Writes <c>{gas, failed, returnValue, structLogs}</c>.</summary>
    public void WriteTo(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteNumber("gas", _gasUsed);
        writer.WriteBoolean("failed", _status != EvmStatus.Success);
        writer.WriteString("returnValue", Hex.Encode(_output, prefix: false));
        writer.WriteStartArray("structLogs");
        Span<byte> word = stackalloc byte[32];
        foreach (var step in _steps)
        {
            writer.WriteStartObject();
            writer.WriteNumber("pc", step.Pc);
            writer.WriteString("op", OpcodeTable.NameOf(step.Op));
            writer.WriteNumber("gas", step.Gas);
            writer.WriteNumber("gasCost", step.GasCost);
            writer.WriteNumber("depth", step.Depth);
            if (step.Refund != 0)
            {
                writer.WriteNumber("refund", step.Refund);
            }

            if (step.Error is { } error)
            {
                writer.WriteString("error", error);
            }

            if (step.Stack is { } stack)
            {
                writer.WriteStartArray("stack");
                foreach (var item in stack)
                {
                    writer.WriteStringValue(item.ToHexString());
                }

                writer.WriteEndArray();
            }

            if (step.Memory is { } memory)
            {
                writer.WriteStartArray("memory");
                for (var offset = 0; offset < memory.Length; offset += 32)
                {
                    writer.WriteStringValue(Hex.Encode(memory.AsSpan(offset, Math.Min(32, memory.Length - offset)), prefix: false));
                }

                writer.WriteEndArray();
            }

            if (step.Storage is { } storage)
            {
                writer.WriteStartObject("storage");
                foreach (var (slot, value) in storage)
                {
                    slot.WriteBigEndian(word);
                    var key = Hex.Encode(word, prefix: false);
                    value.WriteBigEndian(word);
                    writer.WriteString(key, Hex.Encode(word, prefix: false));
                }

                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private sealed class Step
    {
        public int Pc { get; init; }

        public byte Op { get; init; }

        public long Gas { get; init; }

        public long GasCost { get; set; }

        public int Depth { get; init; }

        public long Refund { get; init; }

        public UInt256[]? Stack { get; init; }

        public byte[]? Memory { get; init; }

        public SortedDictionary<UInt256, UInt256>? Storage { get; set; }

        public UInt256? PendingSload { get; set; }

        public string? Error { get; set; }
    }
}
