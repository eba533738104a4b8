using System.Runtime.CompilerServices;
using Glow.Core.Numerics;
using Glow.Evm.Execution;
using Glow.Evm.Gas;

namespace Glow.Evm.Instructions;

/// <summary>
/// MLOAD, MSTORE, MSTORE8 and MCOPY (EIP-5656). Each returns the gas it costs beyond its static price; when that is
/// more than <c>gasAvailable</c> the instruction did nothing and the interpreter runs out of gas.
/// </summary>
internal static unsafe class MemoryInstructions
{
    /// <summary>The end (exclusive) of a fixed-length access at <paramref name="offset"/>, or −1 when unpayable.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static long End(in UInt256 offset, long length) =>
        (offset.U1 | offset.U2 | offset.U3) != 0 || offset.U0 > GasMath.MaxMemorySize ? -1 : (long)offset.U0 + length;

    /// <summary>MLOAD within the memory already paid for (no expansion); false (nothing done) otherwise.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryMLoadInPlace(EvmMemory memory, UInt256* top)
    {
        ref var offset = ref top[0];
        if ((offset.U1 | offset.U2 | offset.U3) != 0 || offset.U0 > (ulong)memory.Size - 32 || memory.Size < 32)
        {
            return false;
        }

        top[0] = UInt256.FromBigEndian(memory.Slice((long)offset.U0, 32));
        return true;
    }

    /// <summary>MSTORE within the memory already paid for (no expansion); false (nothing done) otherwise.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryMStoreInPlace(EvmMemory memory, UInt256* top)
    {
        ref var offset = ref top[0];
        if ((offset.U1 | offset.U2 | offset.U3) != 0 || offset.U0 > (ulong)memory.Size - 32 || memory.Size < 32)
        {
            return false;
        }

        top[-1].WriteBigEndian(memory.Slice((long)offset.U0, 32));
        return true;
    }

    public static long MLoad(EvmMemory memory, UInt256* top, long gasAvailable)
    {
        var end = End(in top[0], 32);
        if (end < 0)
        {
            return long.MaxValue;
        }

        var cost = memory.ExpansionCost(end, gasAvailable);
        if (cost <= gasAvailable)
        {
            top[0] = UInt256.FromBigEndian(memory.Slice(end - 32, 32));
        }

        return cost;
    }

    public static long MStore(EvmMemory memory, UInt256* top, long gasAvailable)
    {
        var end = End(in top[0], 32);
        if (end < 0)
        {
            return long.MaxValue;
        }

        var cost = memory.ExpansionCost(end, gasAvailable);
        if (cost <= gasAvailable)
        {
            top[-1].WriteBigEndian(memory.Slice(end - 32, 32));
        }

        return cost;
    }

    public static long MStore8(EvmMemory memory, UInt256* top, long gasAvailable)
    {
        var end = End(in top[0], 1);
        if (end < 0)
        {
            return long.MaxValue;
        }

        var cost = memory.ExpansionCost(end, gasAvailable);
        if (cost <= gasAvailable)
        {
            memory.Slice(end - 1, 1)[0] = (byte)top[-1].U0;
        }

        return cost;
    }

    /// <summary>MCOPY: destination, source, length; 3 per word plus the expansion covering both ranges.</summary>
    public static long MCopy(EvmMemory memory, UInt256* top, long gasAvailable)
    {
        ref var length = ref top[-2];
        if (length.IsZero)
        {
            return 0;
        }

        var dest = top[0];
        var source = top[-1];
        if (!length.IsUInt64 || length.U0 > GasMath.MaxMemorySize)
        {
            return long.MaxValue;
        }

        var copy = GasCost.CopyWord * GasMath.Words((long)length.U0);
        var larger = UInt256.Compare(in dest, in source) >= 0 ? dest : source;
        var expansion = memory.ExpansionCost(in larger, in length, gasAvailable - copy);
        if (expansion == long.MaxValue)
        {
            return long.MaxValue;
        }

        var cost = copy + expansion;
        if (cost <= gasAvailable)
        {
            memory.Slice((long)source.U0, (long)length.U0).CopyTo(memory.Slice((long)dest.U0, (long)length.U0));
        }

        return cost;
    }

    /// <summary>
    /// The cost of a copy of <paramref name="length"/> bytes to memory at <paramref name="memoryOffset"/>: 3 per word
    /// plus the expansion, which is made when the total is at most <paramref name="gasAvailable"/>.
    /// </summary>
    public static long CopyCost(EvmMemory memory, in UInt256 memoryOffset, in UInt256 length, long gasAvailable)
    {
        if (length.IsZero)
        {
            return 0;
        }

        if (!length.IsUInt64 || length.U0 > GasMath.MaxMemorySize)
        {
            return long.MaxValue;
        }

        var copy = GasCost.CopyWord * GasMath.Words((long)length.U0);
        var expansion = memory.ExpansionCost(in memoryOffset, in length, gasAvailable - copy);
        return expansion == long.MaxValue ? long.MaxValue : copy + expansion;
    }
}
