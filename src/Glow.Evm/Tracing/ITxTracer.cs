using Glow.Core;
using Glow.Core.Numerics;
using Glow.Evm.Execution;

namespace Glow.Evm.Tracing;

/// <summary>
/// Watches a transaction run. The virtual machine asks <see cref="IsTracingInstructions"/> and
/// <see cref="IsTracingCalls"/> once per transaction and runs an interpreter compiled without any tracing code when
/// both are false, so a tracer that is off costs nothing (<see cref="NullTxTracer"/>).
/// </summary>
public interface ITxTracer
{
    /// <summary>True to receive <see cref="StartStep"/> and <see cref="EndStep"/> for every instruction.</summary>
    bool IsTracingInstructions { get; }

    /// <summary>True to receive <see cref="EnterFrame"/> and <see cref="ExitFrame"/> for every call and create.</summary>
    bool IsTracingCalls { get; }

    /// <summary>An instruction is about to be charged and run.</summary>
    void StartStep(in EvmStep step);

    /// <summary>
    /// The instruction of the last <see cref="StartStep"/> finished (for a call or create: its frame was entered) with
    /// <paramref name="gasLeft"/> remaining; <paramref name="status"/> is <see cref="EvmStatus.Success"/> unless it failed.
    /// </summary>
    void EndStep(long gasLeft, EvmStatus status);

    /// <summary>A call or create frame begins (also the transaction's own, at depth 0).</summary>
    void EnterFrame(CallKind kind, in Address from, in Address to, in UInt256 value, long gas, ReadOnlySpan<byte> input);

    /// <summary>The innermost frame ended with <paramref name="status"/>, having used <paramref name="gasUsed"/>.</summary>
    void ExitFrame(EvmStatus status, long gasUsed, ReadOnlySpan<byte> output);

    /// <summary>
    /// The transaction was executed: its gas limit, the gas it used after refunds (intrinsic gas included), and how its
    /// own frame ended. Not called for a rejected transaction.
    /// </summary>
    void EndTransaction(ulong gasLimit, ulong gasUsed, EvmStatus status);
}
