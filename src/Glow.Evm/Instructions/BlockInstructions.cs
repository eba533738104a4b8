using Glow.Core.Numerics;
using Glow.Evm.Execution;

namespace Glow.Evm.Instructions;

/// <summary>BLOCKHASH and BLOBHASH (the other block readers are single pushes in the interpreter).</summary>
internal static unsafe class BlockInstructions
{
    /// <summary>BLOCKHASH: the hash of one of the 256 most recent complete blocks, else zero.</summary>
    public static void BlockHash(VirtualMachine vm, UInt256* top)
    {
        ref var requested = ref top[0];
        var current = vm.Block.Number;
        if (!requested.IsUInt64 || requested.U0 >= current || current - requested.U0 > 256)
        {
            top[0] = UInt256.Zero;
            return;
        }

        var hash = vm.Block.BlockHashes?.GetBlockHash(requested.U0);
        top[0] = hash is { } known ? Words.FromHash(known) : UInt256.Zero;
    }

    /// <summary>BLOBHASH (EIP-4844): the transaction's versioned hash at index μs[0], zero when out of range.</summary>
    public static void BlobHash(VirtualMachine vm, UInt256* top)
    {
        ref var index = ref top[0];
        var hashes = vm.BlobHashes;
        top[0] = index.IsUInt64 && index.U0 < (ulong)hashes.Count ? Words.FromHash(hashes[(int)index.U0]) : UInt256.Zero;
    }
}
