namespace Glow.Evm.Execution;

/// <summary>The interpreter reports every instruction to the tracer.</summary>
internal readonly struct TraceOn : ITraceMode
{
    /// <inheritdoc />
    public static bool Enabled => true;
}
