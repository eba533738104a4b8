using Glow.Core;
using Glow.Core.Blocks;
using Glow.Core.Chain;
using Glow.Core.Numerics;
using Glow.Core.Specs;
using Glow.Core.State;
using Glow.Core.Transactions;
using Glow.Evm.Execution;
using Glow.Evm.Precompiles;
using Glow.Evm.Precompiles.Kzg;
using Glow.Evm.Processing;
using Glow.State;

namespace Glow.Node.Processing;

/// <summary>
/// Our chain's block rules on top of the EVM's: every header field of protocol.md §2 (seal, producer, base fee, beacon,
/// the fixed Cancun fields), the body (no blob transactions), execution, the block reward of §3 and the roots.
/// Used both to import blocks and, step by step, to build them (<see cref="Begin"/>, <see cref="Finish"/>).
/// Not thread-safe: one block at a time (the block tree serialises writers).
/// </summary>
public sealed partial class BlockProcessor : IBlockProcessor
{
    /// <summary>How far ahead of the validator's clock a timestamp may be (protocol.md §5.3).</summary>
    public const ulong MaxFutureSeconds = 5;

    /// <summary>The only <c>GlowExtra</c> version so far.</summary>
    public const byte ExtraVersion = GlowExtra.CurrentVersion;

    private readonly TransactionProcessor _transactions;
    private readonly TimeProvider _time;
    private readonly Lazy<(Block Block, IReadOnlyDictionary<Address, GenesisAccount> Alloc)> _genesis;

    /// <summary>A processor for the chain of <paramref name="chain"/>.</summary>
    /// <param name="chain">The chain's parameters.</param>
    /// <param name="authority">Who may seal blocks.</param>
    /// <param name="time">The clock that bounds timestamps from the future.</param>
    /// <param name="codeCache">Analysed code shared with other executors (calls, traces); a private one when null.</param>
    public BlockProcessor(ChainSpec chain, IBlockAuthority authority, TimeProvider time, CodeInfoCache? codeCache = null)
    {
        ArgumentNullException.ThrowIfNull(chain);
        ArgumentNullException.ThrowIfNull(authority);
        ArgumentNullException.ThrowIfNull(time);
        Chain = chain;
        Authority = authority;
        _time = time;
        Precompiles = new PrecompileSetProvider(PrecompileSet.For(chain.Fork, PointEvaluationPrecompile.Instance));
        CodeCache = codeCache ?? new CodeInfoCache();
        _transactions = new TransactionProcessor(chain.Fork, Precompiles, CodeCache);
        _genesis = new(() =>
        {
            var alloc = chain.BuildGenesisAlloc();
            return (GenesisBlock.Create(chain, GenesisState.RootOf(alloc)), alloc);
        });
    }

    /// <summary>The chain's parameters.</summary>
    public ChainSpec Chain { get; }

    /// <inheritdoc/>
    public string ChainName => Chain.Name;

    /// <summary>The EVM rules of the chain.</summary>
    public ReleaseSpec Spec => Chain.Fork;

    /// <inheritdoc/>
    public IReadOnlyDictionary<Address, GenesisAccount> GenesisAlloc => _genesis.Value.Alloc;

    /// <inheritdoc/>
    public Block Genesis => _genesis.Value.Block;

    /// <summary>Who may seal blocks.</summary>
    public IBlockAuthority Authority { get; }

    /// <summary>Analysed contract code, shared with every other executor of this chain (calls, traces).</summary>
    public CodeInfoCache CodeCache { get; }

    /// <summary>The precompiles of the chain's fork.</summary>
    public IPrecompileProvider Precompiles { get; }

    /// <summary>The chain id as the EVM sees it.</summary>
    public ulong ChainId => Chain.ChainId;

    /// <inheritdoc/>
    public UInt256 NextBaseFee(BlockHeader parent) => Chain.BaseFee.NextBaseFee(parent);

    /// <summary>
    /// Validates and executes <paramref name="block"/> on <paramref name="state"/> (the parent's state), and checks that
    /// the header's gas, bloom and roots are what execution gives. On an invalid block the state holds partial changes:
    /// discard it.
    /// </summary>
    public BlockProcessingResult Process(Block block, BlockHeader parent, IWorldState state, IBlockHashProvider blockHashes)
    {
        ArgumentNullException.ThrowIfNull(block);
        ArgumentNullException.ThrowIfNull(parent);
        if ((ValidateHeader(block.Header, parent) ?? ValidateBody(block)) is { } rejection)
        {
            return BlockProcessingResult.Invalid(rejection);
        }

        var execution = Begin(block.Header, state, blockHashes);
        for (var i = 0; i < block.Transactions.Count; i++)
        {
            var tx = block.Transactions[i];
            if (TransactionValidator.Validate(tx, Spec, ChainId) is { } invalid)
            {
                return BlockProcessingResult.Invalid(new BlockRejection(BlockInvalidReason.InvalidTransaction, $"transaction {i}: {invalid.Message}")
                {
                    TransactionIndex = i,
                    TransactionError = invalid.Error,
                });
            }

            var result = execution.Apply(tx, tx.RecoverSender()!.Value);
            if (!result.IsValid)
            {
                return BlockProcessingResult.Invalid(new BlockRejection(BlockInvalidReason.InvalidTransaction, $"transaction {i}: {result.InvalidMessage}")
                {
                    TransactionIndex = i,
                    TransactionReason = result.Invalid,
                });
            }
        }

        var stateRoot = Finish(execution);
        var header = block.Header;
        var mismatch = Compare(header.GasUsed, execution.GasUsed, BlockInvalidReason.InvalidGasUsed, "gas used")
            ?? (header.Bloom != execution.Bloom ? new BlockRejection(BlockInvalidReason.InvalidLogsBloom, "the logs bloom differs from the receipts'") : null)
            ?? Compare(header.ReceiptsRoot, OrderedTrie.RootOf(execution.Receipts, ReceiptCodec.Encode), BlockInvalidReason.InvalidReceiptsRoot, "receipts root")
            ?? Compare(header.StateRoot, stateRoot, BlockInvalidReason.InvalidStateRoot, "state root");
        return mismatch is not null
            ? BlockProcessingResult.Invalid(mismatch)
            : new BlockProcessingResult { Receipts = execution.Receipts, Senders = execution.Senders, StateRoot = stateRoot };
    }

    /// <summary>
    /// Starts executing a block with <paramref name="header"/>'s context (only its number, timestamp, coinbase, gas limit,
    /// base fee and mix hash are read) on <paramref name="state"/>: runs the EIP-4788 system call, as Cancun does.
    /// </summary>
    internal BlockExecution Begin(BlockHeader header, IWorldState state, IBlockHashProvider blockHashes) =>
        BlockExecution.Start(this, header, state, blockHashes, _transactions);

    /// <summary>Pays the block reward (protocol.md §3) to the coinbase and computes the state root.</summary>
    internal Hash256 Finish(BlockExecution execution)
    {
        var reward = Chain.Rewards.RewardAt(execution.Context.Number);
        if (!reward.IsZero)
        {
            execution.State.AddBalance(execution.Context.Coinbase, reward);
            execution.State.FinishTransaction(deleteTouchedEmptyAccounts: true);
        }

        return execution.State.ComputeStateRoot();
    }

    private static BlockRejection? Compare(ulong expected, ulong actual, BlockInvalidReason reason, string what) =>
        expected == actual ? null : new BlockRejection(reason, $"{what} {expected} in the header, {actual} by execution");

    private static BlockRejection? Compare(in Hash256 expected, in Hash256 actual, BlockInvalidReason reason, string what) =>
        expected == actual ? null : new BlockRejection(reason, $"{what} {expected} in the header, {actual} by execution");
}
