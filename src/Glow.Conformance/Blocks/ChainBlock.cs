using Glow.Core;
using Glow.Core.Blocks;
using Glow.Evm.Processing;

namespace Glow.Conformance.Blocks;

/// <summary>
/// A block the test chain accepted, linked to its parent; as an <see cref="IBlockHashProvider"/> it answers BLOCKHASH for
/// a child of this block by walking up its own ancestry (so a side branch sees its own history, not the main chain's).
/// </summary>
internal sealed class ChainBlock : IBlockHashProvider
{
    public ChainBlock(BlockHeader header, Block? block, ChainBlock? parent)
    {
        Header = header;
        Block = block;
        Parent = parent;
    }

    public BlockHeader Header { get; }

    /// <summary>The whole block; null for genesis, which is never executed.</summary>
    public Block? Block { get; }

    public ChainBlock? Parent { get; }

    public Hash256 Hash => Header.Hash;

    public ulong Number => Header.Number;

    /// <inheritdoc />
    public Hash256? GetBlockHash(ulong number)
    {
        for (var block = this; block is not null; block = block.Parent)
        {
            if (block.Number == number)
            {
                return block.Hash;
            }

            if (block.Number < number)
            {
                break;
            }
        }

        return null;
    }
}
