using Glow.Core;
using Glow.Core.Numerics;
using Glow.Evm.Execution;

namespace Glow.Evm.Tracing;

/// <summary>The tracer that traces nothing; with it the interpreter runs its untraced instantiation.</summary>
public sealed class NullTxTracer : ITxTracer
{
    private NullTxTracer()
    {
    }

    /// <summary>The single instance.</summary>
    public static NullTxTracer Instance { get; } = new();

    /// <inheritdoc />
    public bool IsTracingInstructions => false;

    /// <inheritdoc />
    public bool IsTracingCalls => false;

    /// <inheritdoc />
    public void StartStep(in EvmStep step)
    {
    }

    /// <inheritdoc />
    public void EndStep(long gasLeft, EvmStatus status)
    {
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
}
