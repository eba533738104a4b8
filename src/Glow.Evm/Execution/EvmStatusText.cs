namespace Glow.Evm.Execution;

/// <summary>How an <see cref="EvmStatus"/> is worded in traces and errors, as geth words it (tools compare the strings).</summary>
public static class EvmStatusText
{
    /// <summary>The message for <paramref name="status"/>; null for <see cref="EvmStatus.Success"/>.</summary>
    public static string? Describe(EvmStatus status) => status switch
    {
        EvmStatus.Success => null,
        EvmStatus.Revert => "execution reverted",
        EvmStatus.OutOfGas => "out of gas",
        EvmStatus.InvalidOpcode => "invalid opcode",
        EvmStatus.StackUnderflow => "stack underflow",
        EvmStatus.StackOverflow => "stack limit reached 1024 (1023)",
        EvmStatus.InvalidJump => "invalid jump destination",
        EvmStatus.StaticStateChange => "write protection",
        EvmStatus.ReturnDataOutOfBounds => "return data out of bounds",
        EvmStatus.InvalidCodePrefix => "invalid code: must not begin with 0xef",
        EvmStatus.CodeSizeExceeded => "max code size exceeded",
        EvmStatus.AddressCollision => "contract address collision",
        EvmStatus.PrecompileFailure => "precompiled contract failed",
        EvmStatus.InitCodeSizeExceeded => "max initcode size exceeded",
        _ => status.ToString(),
    };
}
