using Glow.Core.Blocks;
using Glow.Core.Numerics;
using Glow.Core.Specs;
using Glow.Core.State;
using Glow.Core.Transactions;
using Glow.Evm.Execution;
using Glow.Evm.Gas;

namespace Glow.Evm.Processing;

/// <summary>
/// Executes a block on its parent's state under Ethereum's rules (the execution specs' <c>state_transition</c>): checks the
/// header against the parent and the shape of the body (<see cref="EthereumBlockValidator"/>), runs the EIP-4788
/// beacon-roots system call, every transaction (any invalid one makes the block invalid), the EIP-4895 withdrawals, and
/// then compares with the header, in the specs' order but with the state root last: gas used, transactions root, blob
/// gas used, receipts root, logs bloom, withdrawals root, state root.
/// </summary>
/// <remarks>
/// One executor runs one block at a time (it owns a <see cref="TransactionProcessor"/>); use one per thread. The world
/// state is changed in place: after a rejection it holds a partial block and must be discarded by the caller; after
/// success it holds the block's state, ready to be committed. Forks from Paris on only: proof of work (difficulty,
/// ommer validation, block rewards) is not implemented.
/// </remarks>
public sealed class BlockExecutor
{
    /// <summary>Wei per gwei: withdrawal amounts are in gwei (EIP-4895).</summary>
    private static readonly UInt256 WeiPerGwei = 1_000_000_000UL;

    private readonly TransactionProcessor _processor;

    /// <summary>An executor for blocks of <paramref name="spec"/> calling <paramref name="precompiles"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="spec"/> is a proof-of-work fork (before Paris).</exception>
    public BlockExecutor(ReleaseSpec spec, IPrecompileProvider precompiles, CodeInfoCache? codeCache = null)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (!spec.IsEip4399Enabled)
        {
            throw new ArgumentException($"{spec.Name} is a proof-of-work fork; blocks are executed from Paris on.", nameof(spec));
        }

        _processor = new TransactionProcessor(spec, precompiles, codeCache);
    }

    /// <summary>The fork whose rules this executor applies.</summary>
    public ReleaseSpec Spec => _processor.Spec;

    /// <summary>The chain id transactions are signed for (EIP-155) and CHAINID returns. Default 1, Ethereum's.</summary>
    public UInt256 ChainId { get; init; } = UInt256.One;

    /// <summary>
    /// Executes <paramref name="block"/> on <paramref name="state"/>, which must hold the state after
    /// <paramref name="parent"/>, and checks it: the header against the parent, the body's shape, every transaction, and
    /// the header's gas used, transactions root, blob gas used, receipts root, logs bloom, withdrawals root and state root
    /// against what execution produced (the execution specs' order, but with the state root last).
    /// <paramref name="blockHashes"/> answers BLOCKHASH for the block's ancestors.
    /// </summary>
    public BlockExecutionResult Execute(BlockHeader parent, Block block, IWorldState state, IBlockHashProvider? blockHashes = null)
    {
        ArgumentNullException.ThrowIfNull(parent);
        ArgumentNullException.ThrowIfNull(block);
        ArgumentNullException.ThrowIfNull(state);
        var rejection = EthereumBlockValidator.ValidateHeader(block.Header, parent, Spec) ?? EthereumBlockValidator.ValidateBody(block, Spec);
        if (rejection is not null)
        {
            return BlockExecutionResult.Invalid(rejection);
        }

        var result = Process(block, state, blockHashes);
        return result.IsValid && Compare(block.Header, result) is { } mismatch ? result with { Rejection = mismatch } : result;
    }

    /// <summary>
    /// Runs <paramref name="block"/> on <paramref name="state"/> without checking its header or comparing anything with
    /// it (what a block producer does before it fills in the header): the EIP-4788 system call when the fork has it (the
    /// header must then carry a parent beacon block root), the transactions, the withdrawals, and the roots and bloom they
    /// give. Rejected only for an invalid transaction or one that exceeds the block's blob gas.
    /// </summary>
    public BlockExecutionResult Process(Block block, IWorldState state, IBlockHashProvider? blockHashes = null)
    {
        ArgumentNullException.ThrowIfNull(block);
        ArgumentNullException.ThrowIfNull(state);
        var spec = Spec;
        var header = block.Header;
        var context = BlockContext.From(header, ChainId, blockHashes);
        if (spec.IsEip4788Enabled)
        {
            var root = header.ParentBeaconBlockRoot ?? throw new ArgumentException("A Cancun header needs a parent beacon block root.", nameof(block));
            _processor.ExecuteSystemCall(state, context, BeaconRoots.SystemAddress, BeaconRoots.ContractAddress, root.ToArray(), BeaconRoots.SystemCallGas);
        }

        var receipts = new List<Receipt>(block.Transactions.Count);
        ulong gasUsed = 0;
        ulong blobGasUsed = 0;
        var bloom = default(Bloom);
        for (var i = 0; i < block.Transactions.Count; i++)
        {
            var tx = block.Transactions[i];
            var rejection = RejectTransaction(i, tx, blobGasUsed);
            var result = rejection is null ? _processor.Execute(state, context, tx, tx.RecoverSender()!.Value, gasUsed) : null;
            if (result is { IsValid: false })
            {
                rejection = new BlockRejection(BlockInvalidReason.InvalidTransaction, $"transaction {i}: {result.InvalidMessage}")
                {
                    TransactionIndex = i,
                    TransactionReason = result.Invalid,
                };
            }

            if (rejection is not null)
            {
                return new BlockExecutionResult { Rejection = rejection, Receipts = receipts, GasUsed = gasUsed, BlobGasUsed = blobGasUsed, Bloom = bloom };
            }

            gasUsed += result!.GasUsed;
            blobGasUsed += result.BlobGasUsed;
            var receipt = result.ToReceipt(tx.Type, gasUsed);
            bloom.Accumulate(receipt.Bloom);
            receipts.Add(receipt);
        }

        if (block.Withdrawals is { } withdrawals)
        {
            foreach (var withdrawal in withdrawals)
            {
                // Outside the EVM; a zero amount only touches, so an empty recipient is removed as EIP-161 would (execution specs).
                state.AddBalance(withdrawal.Address, withdrawal.AmountGwei * WeiPerGwei);
            }

            state.FinishTransaction(spec.IsEip158Enabled);
        }

        return new BlockExecutionResult
        {
            Receipts = receipts,
            GasUsed = gasUsed,
            BlobGasUsed = blobGasUsed,
            Bloom = bloom,
            ReceiptsRoot = OrderedTrie.RootOf(receipts, ReceiptCodec.Encode),
            TransactionsRoot = EthereumBlockValidator.TransactionsRootOf(block),
            WithdrawalsRoot = EthereumBlockValidator.WithdrawalsRootOf(block),
            StateRoot = state.ComputeStateRoot(),
        };
    }

    /// <summary>The checks of a transaction on its own and against the block's blob gas, before it runs.</summary>
    private BlockRejection? RejectTransaction(int index, Transaction tx, ulong blobGasUsed)
    {
        if (TransactionValidator.Validate(tx, Spec, ChainId) is { } rejection)
        {
            return new BlockRejection(BlockInvalidReason.InvalidTransaction, $"transaction {index}: {rejection.Message}")
            {
                TransactionIndex = index,
                TransactionError = rejection.Error,
                TransactionReason = rejection.Error == TxError.InvalidBlobTransaction ? BlobReason(tx) : null,
            };
        }

        var blobGas = (ulong)tx.BlobVersionedHashes.Count * GasCost.BlobGasPerBlob;
        if (blobGas > BlockFeeRules.MaxBlobGasPerBlock - blobGasUsed)
        {
            return new BlockRejection(BlockInvalidReason.BlobGasAllowanceExceeded, $"transaction {index}: {blobGas} blob gas, the block has {BlockFeeRules.MaxBlobGasPerBlock - blobGasUsed} left")
            {
                TransactionIndex = index,
            };
        }

        return null;
    }

    /// <summary>Which of EIP-4844's rules a blob transaction that <see cref="TransactionValidator"/> rejected breaks.</summary>
    private static TxInvalidReason BlobReason(Transaction tx)
    {
        if (tx.To is null)
        {
            return TxInvalidReason.BlobTransactionCreatesContract;
        }

        if (tx.BlobVersionedHashes.Count == 0)
        {
            return TxInvalidReason.BlobTransactionWithoutBlobs;
        }

        return tx.BlobVersionedHashes.Count > TransactionValidator.MaxBlobsPerTransaction
            ? TxInvalidReason.BlobCountExceeded
            : TxInvalidReason.InvalidBlobVersionedHash;
    }

    /// <summary>The header's values against what execution produced; null when all agree.</summary>
    private static BlockRejection? Compare(BlockHeader header, BlockExecutionResult result)
    {
        if (result.GasUsed != header.GasUsed)
        {
            return new(BlockInvalidReason.InvalidGasUsed, $"gas used {result.GasUsed}, header has {header.GasUsed}");
        }

        if (result.TransactionsRoot != header.TransactionsRoot)
        {
            return new(BlockInvalidReason.InvalidTransactionsRoot, $"transactions root {result.TransactionsRoot}, header has {header.TransactionsRoot}");
        }

        if (header.BlobGasUsed is { } headerBlobGas)
        {
            if (headerBlobGas > BlockFeeRules.MaxBlobGasPerBlock)
            {
                return new(BlockInvalidReason.BlobGasUsedAboveLimit, $"header's blob gas used {headerBlobGas} above {BlockFeeRules.MaxBlobGasPerBlock}");
            }

            if (headerBlobGas != result.BlobGasUsed)
            {
                return new(BlockInvalidReason.IncorrectBlobGasUsed, $"blob gas used {result.BlobGasUsed}, header has {headerBlobGas}");
            }
        }

        if (result.ReceiptsRoot != header.ReceiptsRoot)
        {
            return new(BlockInvalidReason.InvalidReceiptsRoot, $"receipts root {result.ReceiptsRoot}, header has {header.ReceiptsRoot}");
        }

        if (result.Bloom != header.Bloom)
        {
            return new(BlockInvalidReason.InvalidLogsBloom, "logs bloom differs from the header's");
        }

        if (result.WithdrawalsRoot != header.WithdrawalsRoot)
        {
            return new(BlockInvalidReason.InvalidWithdrawalsRoot, $"withdrawals root {result.WithdrawalsRoot?.ToString() ?? "none"}, header has {header.WithdrawalsRoot?.ToString() ?? "none"}");
        }

        return result.StateRoot == header.StateRoot
            ? null
            : new(BlockInvalidReason.InvalidStateRoot, $"state root {result.StateRoot}, header has {header.StateRoot}");
    }
}
