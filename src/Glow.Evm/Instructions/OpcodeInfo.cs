using System.Runtime.InteropServices;
using Glow.Evm.Execution;

namespace Glow.Evm.Instructions;

/// <summary>
/// What the interpreter checks before running one instruction: its static gas and the stack heights it accepts.
/// Eight bytes, so the interpreter reads one entry with one load.
/// </summary>
/// <remarks>
/// The stack check is a single unsigned comparison: the instruction may run when
/// <c>(uint)(height − MinStack) ≤ Range</c>, that is <c>MinStack ≤ height ≤ MinStack + Range</c>. An instruction the
/// fork does not have gets a <see cref="MinStack"/> no stack can reach, so it fails the same check and the slow path
/// reports it as an invalid opcode.
/// </remarks>
[StructLayout(LayoutKind.Sequential, Size = 8)]
public readonly struct OpcodeInfo
{
    /// <summary>A stack height no instruction sees: marks an instruction that does not exist in the fork.</summary>
    internal const short Undefined = 4096;

    /// <summary>Gas charged before the instruction runs (the dynamic part is charged by the instruction itself).</summary>
    public readonly int StaticGas;

    /// <summary>Items the instruction reads from the stack.</summary>
    public readonly short MinStack;

    /// <summary>How far above <see cref="MinStack"/> the height may be without the result overflowing 1024 items.</summary>
    public readonly short Range;

    /// <summary>An instruction taking <paramref name="pops"/> items and leaving <paramref name="pushes"/>.</summary>
    public OpcodeInfo(int staticGas, int pops, int pushes)
    {
        StaticGas = staticGas;
        MinStack = (short)pops;
        Range = (short)(EvmLimits.StackLimit - pops - Math.Max(0, pushes - pops));
    }

    private OpcodeInfo(bool _)
    {
        StaticGas = 0;
        MinStack = Undefined;
        Range = 0;
    }

    /// <summary>The entry of an instruction the fork does not have.</summary>
    public static OpcodeInfo Invalid => new(false);

    /// <summary>True when the fork has this instruction.</summary>
    public bool IsDefined => MinStack != Undefined;
}
