namespace Glow.Evm.Execution;

/// <summary>The fixed limits of the EVM (yellow paper §9).</summary>
public static class EvmLimits
{
    /// <summary>The most items the stack holds.</summary>
    public const int StackLimit = 1024;

    /// <summary>The deepest call or create nesting: a frame at this depth cannot call further.</summary>
    public const int CallDepthLimit = 1024;
}
