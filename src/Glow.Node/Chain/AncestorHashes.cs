using Glow.Core;
using Glow.Core.Blocks;
using Glow.Evm.Processing;

namespace Glow.Node.Chain;

/// <summary>
/// BLOCKHASH for a block on top of <c>parent</c>: the canonical index when the parent is canonical, otherwise a walk up
/// the parent's own branch (remembered, so each ancestor is read once).
/// </summary>
internal sealed class AncestorHashes : IBlockHashProvider
{
    private readonly ChainStore _chain;
    private readonly BlockHeader _parent;
    private readonly bool _canonical;
    private readonly List<BlockHeader> _walked = [];

    public AncestorHashes(ChainStore chain, BlockHeader parent)
    {
        _chain = chain;
        _parent = parent;
        _canonical = chain.IsCanonical(parent);
        _walked.Add(parent);
    }

    public Hash256? GetBlockHash(ulong number)
    {
        if (number > _parent.Number)
        {
            return null;
        }

        if (_canonical)
        {
            return _chain.GetCanonicalHash(number);
        }

        while (_walked[^1].Number > number)
        {
            if (_walked[^1].Number == 0 || _chain.GetHeader(_walked[^1].ParentHash) is not { } next)
            {
                return null;
            }

            _walked.Add(next);
        }

        return _walked[(int)(_parent.Number - number)].Hash;
    }
}
