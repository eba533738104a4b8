using Glow.Core;
using Glow.Core.Blocks;
using Glow.Core.Chain;
using Glow.Core.Numerics;
using Glow.Core.Specs;
using Glow.Core.State;
using Glow.Evm.Execution;
using Glow.Evm.Precompiles;
using Glow.Evm.Precompiles.Kzg;
using Glow.Evm.Processing;
using Glow.State;

namespace Glow.Node.Processing;

/// <summary>
/// Ethereum's block rules behind the node (the execution specs' state transition, by <see cref="BlockExecutor"/>): used to
/// import and serve chains made by Ethereum clients, such as the execution-apis conformance chain, with the same block
/// tree, storage and JSON-RPC as our own chain. Import only: this node produces blocks under GLOW's rules alone. Not
/// thread-safe: one block at a time (the block tree serialises writers).
/// </summary>
public sealed class EthereumBlockProcessor : IBlockProcessor
{
    private readonly BlockExecutor _executor;

    /// <summary>A processor for the chain that starts with <paramref name="genesis"/>.</summary>
    public EthereumBlockProcessor(EthereumGenesis genesis, string name = "ethereum", CodeInfoCache? codeCache = null)
    {
        ArgumentNullException.ThrowIfNull(genesis);
        ArgumentNullException.ThrowIfNull(name);
        ChainName = name;
        ChainId = genesis.ChainId;
        Spec = genesis.Fork;
        GenesisAlloc = genesis.Alloc;
        Genesis = genesis.CreateBlock(GenesisState.RootOf(genesis.Alloc));
        Precompiles = new PrecompileSetProvider(PrecompileSet.For(Spec, PointEvaluationPrecompile.Instance));
        CodeCache = codeCache ?? new CodeInfoCache();
        _executor = new BlockExecutor(Spec, Precompiles, CodeCache) { ChainId = ChainId };
    }

    /// <inheritdoc/>
    public string ChainName { get; }

    /// <inheritdoc/>
    public ulong ChainId { get; }

    /// <inheritdoc/>
    public ReleaseSpec Spec { get; }

    /// <inheritdoc/>
    public IPrecompileProvider Precompiles { get; }

    /// <inheritdoc/>
    public CodeInfoCache CodeCache { get; }

    /// <inheritdoc/>
    public IReadOnlyDictionary<Address, GenesisAccount> GenesisAlloc { get; }

    /// <inheritdoc/>
    public Block Genesis { get; }

    /// <inheritdoc/>
    public UInt256 NextBaseFee(BlockHeader parent) => BlockFeeRules.NextBaseFee(parent);

    /// <inheritdoc/>
    public BlockProcessingResult Process(Block block, BlockHeader parent, IWorldState state, IBlockHashProvider blockHashes)
    {
        ArgumentNullException.ThrowIfNull(block);
        var result = _executor.Execute(parent, block, state, blockHashes);
        if (result.Rejection is { } rejection)
        {
            return BlockProcessingResult.Invalid(rejection);
        }

        var senders = new Address[block.Transactions.Count];
        for (var i = 0; i < senders.Length; i++)
        {
            senders[i] = block.Transactions[i].RecoverSender()!.Value;
        }

        return new BlockProcessingResult { Receipts = result.Receipts, Senders = senders, StateRoot = result.StateRoot };
    }
}
