namespace Glow.Evm.Execution;

/// <summary>The interpreter runs without tracing code.</summary>
internal readonly struct TraceOff : ITraceMode
{
    /// <inheritdoc />
    public static bool Enabled => false;
}
