using Glow.Core.Numerics;

namespace Glow.Evm.Tracing;

/// <summary>The machine state just before one instruction runs, as an instruction tracer sees it. Valid only during the call.</summary>
public readonly ref struct EvmStep
{
    /// <summary>A step at <paramref name="pc"/> about to run <paramref name="opcode"/>.</summary>
    public EvmStep(int pc, byte opcode, long gas, int depth, long refund, ReadOnlySpan<UInt256> stack, ReadOnlySpan<byte> memory, ReadOnlySpan<byte> returnData)
    {
        Pc = pc;
        Opcode = opcode;
        Gas = gas;
        Depth = depth;
        Refund = refund;
        Stack = stack;
        Memory = memory;
        ReturnData = returnData;
    }

    /// <summary>The program counter.</summary>
    public int Pc { get; }

    /// <summary>The instruction byte.</summary>
    public byte Opcode { get; }

    /// <summary>Gas left before the instruction is charged.</summary>
    public long Gas { get; }

    /// <summary>Call depth, 1 for the transaction's own frame (as EIP-3155 counts).</summary>
    public int Depth { get; }

    /// <summary>The transaction's refund counter.</summary>
    public long Refund { get; }

    /// <summary>The stack, bottom first (the top is the last element).</summary>
    public ReadOnlySpan<UInt256> Stack { get; }

    /// <summary>The frame's memory.</summary>
    public ReadOnlySpan<byte> Memory { get; }

    /// <summary>The return data of the frame's last call.</summary>
    public ReadOnlySpan<byte> ReturnData { get; }
}
