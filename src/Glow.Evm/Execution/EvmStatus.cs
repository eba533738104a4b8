namespace Glow.Evm.Execution;

/// <summary>How a call frame (or a whole transaction's execution) ended.</summary>
public enum EvmStatus : byte
{
    /// <summary>STOP, RETURN, SELFDESTRUCT or running off the end of the code.</summary>
    Success,

    /// <summary>REVERT: state changes undone, the remaining gas returned, the output kept as revert data.</summary>
    Revert,

    /// <summary>Not enough gas for an instruction, a memory expansion, a code deposit, or a precompile.</summary>
    OutOfGas,

    /// <summary>An instruction the fork does not have, or the designated INVALID (0xfe).</summary>
    InvalidOpcode,

    /// <summary>An instruction needed more stack items than there were.</summary>
    StackUnderflow,

    /// <summary>An instruction would have left more than 1024 items on the stack.</summary>
    StackOverflow,

    /// <summary>JUMP or JUMPI to a position that is not a JUMPDEST.</summary>
    InvalidJump,

    /// <summary>A state change (SSTORE, LOG, CREATE, SELFDESTRUCT, TSTORE, a call with value) in a static context (EIP-214).</summary>
    StaticStateChange,

    /// <summary>RETURNDATACOPY read past the end of the return data (EIP-211).</summary>
    ReturnDataOutOfBounds,

    /// <summary>A creation returned code starting with 0xEF (EIP-3541).</summary>
    InvalidCodePrefix,

    /// <summary>A creation returned code longer than the EIP-170 limit.</summary>
    CodeSizeExceeded,

    /// <summary>A creation targeted an address that already has code, a nonce or storage (EIP-684, EIP-7610).</summary>
    AddressCollision,

    /// <summary>A precompile rejected its input.</summary>
    PrecompileFailure,

    /// <summary>Init code longer than the EIP-3860 limit given to CREATE or CREATE2.</summary>
    InitCodeSizeExceeded,
}
