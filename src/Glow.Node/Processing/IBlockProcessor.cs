using Glow.Core;
using Glow.Core.Blocks;
using Glow.Core.Chain;
using Glow.Core.Numerics;
using Glow.Core.Specs;
using Glow.Core.State;
using Glow.Evm.Execution;
using Glow.Evm.Processing;

namespace Glow.Node.Processing;

/// <summary>
/// The rules of a chain as the block tree and the node's API need them: its genesis, its EVM fork and chain id, its base
/// fee rule, and the validation and execution of a block. <see cref="BlockProcessor"/> is our chain's (GLOW, protocol.md);
/// <see cref="EthereumBlockProcessor"/> replays chains made by Ethereum clients (the execution-apis conformance chain).
/// </summary>
public interface IBlockProcessor
{
    /// <summary>The chain's name, for messages.</summary>
    string ChainName { get; }

    /// <summary>The chain id as the EVM and EIP-155 see it.</summary>
    ulong ChainId { get; }

    /// <summary>The EVM rules of the chain.</summary>
    ReleaseSpec Spec { get; }

    /// <summary>The precompiles of the chain's fork.</summary>
    IPrecompileProvider Precompiles { get; }

    /// <summary>Analysed contract code, shared with every other executor of this chain (calls, traces).</summary>
    CodeInfoCache CodeCache { get; }

    /// <summary>The accounts at genesis.</summary>
    IReadOnlyDictionary<Address, GenesisAccount> GenesisAlloc { get; }

    /// <summary>Block 0, whose state root is that of <see cref="GenesisAlloc"/>.</summary>
    Block Genesis { get; }

    /// <summary>The base fee of the block after <paramref name="parent"/>.</summary>
    UInt256 NextBaseFee(BlockHeader parent);

    /// <summary>
    /// Validates and executes <paramref name="block"/> on <paramref name="state"/> (the parent's state) and checks the
    /// header's gas, bloom and roots against execution. On an invalid block the state holds partial changes: discard it.
    /// </summary>
    BlockProcessingResult Process(Block block, BlockHeader parent, IWorldState state, IBlockHashProvider blockHashes);
}
