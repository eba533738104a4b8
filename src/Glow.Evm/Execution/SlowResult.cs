namespace Glow.Evm.Execution;

/// <summary>What an instruction run outside the interpreter's hot loop asks the loop to do next.</summary>
internal enum SlowResult : byte
{
    /// <summary>Go on with the next instruction (the frame's machine state has been updated).</summary>
    Continue,

    /// <summary>The frame ended normally: STOP, RETURN, REVERT or SELFDESTRUCT; status and output are set.</summary>
    Halted,

    /// <summary>A call or create entered a child frame that must run first.</summary>
    Suspended,

    /// <summary>The instruction failed; the error is in the frame's status.</summary>
    Failed,
}
