using Glow.Core.Numerics;
using Glow.Evm.Execution;
using Glow.Evm.Gas;

namespace Glow.Evm.Instructions;

/// <summary>KECCAK256 (0x20): the hash of a memory range, 30 + 6 per word plus memory expansion.</summary>
internal static unsafe class KeccakInstructions
{
    /// <summary>Hashes [μs[0], +μs[1]) into μs[1]; returns the dynamic cost (nothing done when above <paramref name="gasAvailable"/>).</summary>
    public static long Keccak256(EvmMemory memory, UInt256* top, long gasAvailable)
    {
        ref var length = ref top[-1];
        if (length.IsZero)
        {
            top[-1] = Words.FromHash(Core.Crypto.Keccak256.OfEmpty);
            return 0;
        }

        if (!length.IsUInt64 || length.U0 > GasMath.MaxMemorySize)
        {
            return long.MaxValue;
        }

        var words = GasCost.Keccak256Word * GasMath.Words((long)length.U0);
        var expansion = memory.ExpansionCost(in top[0], in length, gasAvailable - words);
        if (expansion == long.MaxValue)
        {
            return long.MaxValue;
        }

        var cost = words + expansion;
        if (cost <= gasAvailable)
        {
            Span<byte> hash = stackalloc byte[32];
            Core.Crypto.Keccak256.Hash(memory.Slice((long)top[0].U0, (long)length.U0), hash);
            top[-1] = UInt256.FromBigEndian(hash);
        }

        return cost;
    }
}
