using System.Runtime.CompilerServices;
using Glow.Core;
using Glow.Core.Numerics;

namespace Glow.Evm.Execution;

/// <summary>
/// One call or create in progress: who runs what code on whose behalf, and the machine state (program counter, gas,
/// stack, memory, last return data). Frames are pooled by the <see cref="VirtualMachine"/>: the 32 KiB stack and
/// the memory buffer are reused, so a call allocates nothing for them.
/// </summary>
internal sealed unsafe class CallFrame
{
    private readonly UInt256[] _stack;

    public CallFrame()
    {
        _stack = GC.AllocateUninitializedArray<UInt256>(EvmLimits.StackLimit, pinned: true);
        Stack = (UInt256*)Unsafe.AsPointer(ref _stack[0]);
    }

    /// <summary>The first of the 1024 stack slots, in pinned memory.</summary>
    public UInt256* Stack { get; }

    /// <summary>The frame's memory.</summary>
    public EvmMemory Memory { get; } = new();

    public CallKind Kind;
    public int Depth;
    public bool IsStatic;

    /// <summary>The account whose code runs on behalf of <see cref="Target"/> (CALLER).</summary>
    public Address Caller;

    /// <summary>The account whose storage and balance the code works on (ADDRESS).</summary>
    public Address Target;

    /// <summary>The account the code came from (differs from <see cref="Target"/> for CALLCODE and DELEGATECALL).</summary>
    public Address CodeAddress;

    public UInt256 Value;
    public ReadOnlyMemory<byte> Input;
    public CodeInfo Code = CodeInfo.Empty;

    public int Pc;
    public long Gas;
    public long StartGas;
    public int StackHeight;

    /// <summary>The output of the last call or create this frame made (RETURNDATASIZE, EIP-211).</summary>
    public ReadOnlyMemory<byte> ReturnData;

    /// <summary>Where the parent wants this frame's output copied (calls only).</summary>
    public long OutputOffset;

    /// <summary>How many bytes of output the parent's memory window holds.</summary>
    public long OutputLength;

    public int WorldSnapshot;
    public int SubstateSnapshot;

    /// <summary>How the frame ended, once it has.</summary>
    public EvmStatus Status;

    /// <summary>RETURN or REVERT data, once the frame has ended.</summary>
    public ReadOnlyMemory<byte> Output;

    /// <summary>Clears the frame for reuse and gives back its memory.</summary>
    public void Reset()
    {
        Memory.Reset();
        Input = default;
        Code = CodeInfo.Empty;
        ReturnData = default;
        Output = default;
        Pc = 0;
        StackHeight = 0;
        Status = EvmStatus.Success;
        OutputOffset = 0;
        OutputLength = 0;
    }
}
