namespace Glow.Evm.Execution;

/// <summary>
/// Selects the interpreter's instantiation: the JIT compiles <c>Interpret&lt;TraceOff&gt;</c> with every tracing
/// branch removed, so tracing costs nothing when it is off.
/// </summary>
internal interface ITraceMode
{
    /// <summary>True when instructions are traced.</summary>
    static abstract bool Enabled { get; }
}
