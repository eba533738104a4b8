using Glow.Core;
using Glow.Core.Numerics;
using Glow.Evm.Execution;

namespace Glow.Evm.Tracing;

/// <summary>
/// Records the tree of calls and creates a transaction makes, as geth's <c>callTracer</c> reports it for
/// <c>debug_traceTransaction</c>: each frame with its input, output, gas and error, children in order. Instructions are
/// not traced, so the interpreter runs its untraced instantiation.
/// </summary>
public sealed class CallTracer : ITxTracer
{
    private readonly Stack<CallTrace> _open = new();

    /// <summary>The transaction's frame, once the transaction has run (null for a rejected one).</summary>
    public CallTrace? Root { get; private set; }

    /// <inheritdoc />
    public bool IsTracingInstructions => false;

    /// <inheritdoc />
    public bool IsTracingCalls => true;

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
        var frame = new CallTrace(kind, from, to, value, gas, input.ToArray());
        if (_open.TryPeek(out var parent))
        {
            parent.Add(frame);
        }
        else
        {
            Root = frame;
        }

        _open.Push(frame);
    }

    /// <inheritdoc />
    public void ExitFrame(EvmStatus status, long gasUsed, ReadOnlySpan<byte> output)
    {
        var frame = _open.Pop();
        frame.Status = status;
        frame.GasUsed = gasUsed;
        frame.Output = output.ToArray();
    }

    /// <inheritdoc />
    public void EndTransaction(ulong gasLimit, ulong gasUsed, EvmStatus status)
    {
        if (Root is { } root)
        {
            // As geth reports the outermost frame: the transaction's own gas limit and gas used.
            root.Gas = (long)gasLimit;
            root.GasUsed = (long)gasUsed;
        }
    }
}
