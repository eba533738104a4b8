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
/// success it holds the block's state, ready to be committed. No block reward is paid (there is none after the Merge).
/// </remarks>
public sealed class BlockExecutor
{
    /// <summary>Wei per gwei: withdrawal amounts are in gwei (EIP-4895).</summary>
    private static readonly UInt256 WeiPerGwei = 1_000_000_000UL;

    private readonly TransactionProcessor _processor;

    /// <summary>An executor for blocks of <paramref name="spec"/> calling <paramref name="precompiles"/>.</summary>
    public BlockExecutor(ReleaseSpec spec, IPrecompileProvider precompiles, CodeInfoCache? codeCache = null)
    {
        _processor = new TransactionProcessor(spec, precompiles, codeCache);
    }

    /// <summary>The fork whose rules this executor applies.</summary>
    public ReleaseSpec Spec => _processor.Spec;

    /// <summary>The chain id transactions are signed for (EIP-155) and CHAINID returns. Default 1, Ethereum's.</summary>
    public UInt256 ChainId { get; init; } = UInt256.One;

    /// <summary>
    /// Executes <paramref name="block"/> on <paramref name="state"/>, which must hold the state after
    /// <paramref name="parent"/>. <paramref name="blockHashes"/> answers BLOCKHASH for the block's ancestors.
    /// </summary>
    public BlockExecutionResult Execute(BlockHeader parent, Block block, IWorldState state, IBlockHashProvider? blockHashes = null)
    {
        ArgumentNullException.ThrowIfNull(parent);
        ArgumentNullException.ThrowIfNull(block);
        ArgumentNullException.ThrowIfNull(state);
        var spec = Spec;
        var header = block.Header;
        var rejection = EthereumBlockValidator.ValidateHeader(header, parent, spec) ?? EthereumBlockValidator.ValidateBody(block, spec);
        if (rejection is not null)
        {
            return BlockExecutionResult.Invalid(rejection);
        }

        var context = BlockContext.From(header, ChainId, blockHashes);
        if (spec.IsEip4788Enabled)
        {
            var root = header.ParentBeaconBlockRoot!.Value;
            _processor.ExecuteSystemCall(state, context, BeaconRoots.SystemAddress, BeaconRoots.ContractAddress, root.ToArray(), BeaconRoots.SystemCallGas);
        }

        var receipts = new List<Receipt>(block.Transactions.Count);
        ulong gasUsed = 0;
        ulong blobGasUsed = 0;
        var bloom = default(Bloom);
        for (var i = 0; i < block.Transactions.Count; i++)
        {
            var tx = block.Transactions[i];
            if (RejectTransaction(i, tx, blobGasUsed) is { } invalid)
            {
                return BlockExecutionResult.Invalid(invalid);
            }

            var result = _processor.Execute(state, context, tx, tx.RecoverSender()!.Value, gasUsed);
            if (!result.IsValid)
            {
                return BlockExecutionResult.Invalid(new BlockRejection(BlockInvalidReason.InvalidTransaction, $"transaction {i}: {result.InvalidMessage}")
                {
                    TransactionIndex = i,
                    TransactionReason = result.Invalid,
                });
            }

            gasUsed += result.GasUsed;
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

        return Compare(block, receipts, gasUsed, blobGasUsed, bloom, state);
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

    /// <summary>The checks after execution, with the state root (the most expensive) last.</summary>
    private static BlockExecutionResult Compare(Block block, List<Receipt> receipts, ulong gasUsed, ulong blobGasUsed, Bloom bloom, IWorldState state)
    {
        var header = block.Header;
        if (gasUsed != header.GasUsed)
        {
            return BlockExecutionResult.Invalid(BlockInvalidReason.InvalidGasUsed, $"gas used {gasUsed}, header has {header.GasUsed}");
        }

        var transactionsRoot = EthereumBlockValidator.TransactionsRootOf(block);
        if (transactionsRoot != header.TransactionsRoot)
        {
            return BlockExecutionResult.Invalid(BlockInvalidReason.InvalidTransactionsRoot, $"transactions root {transactionsRoot}, header has {header.TransactionsRoot}");
        }

        if (header.BlobGasUsed is { } headerBlobGas)
        {
            if (headerBlobGas > BlockFeeRules.MaxBlobGasPerBlock)
            {
                return BlockExecutionResult.Invalid(BlockInvalidReason.BlobGasUsedAboveLimit, $"header's blob gas used {headerBlobGas} above {BlockFeeRules.MaxBlobGasPerBlock}");
            }

            if (headerBlobGas != blobGasUsed)
            {
                return BlockExecutionResult.Invalid(BlockInvalidReason.IncorrectBlobGasUsed, $"blob gas used {blobGasUsed}, header has {headerBlobGas}");
            }
        }

        var receiptsRoot = OrderedTrie.RootOf(receipts, ReceiptCodec.Encode);
        if (receiptsRoot != header.ReceiptsRoot)
        {
            return BlockExecutionResult.Invalid(BlockInvalidReason.InvalidReceiptsRoot, $"receipts root {receiptsRoot}, header has {header.ReceiptsRoot}");
        }

        if (bloom != header.Bloom)
        {
            return BlockExecutionResult.Invalid(BlockInvalidReason.InvalidLogsBloom, "logs bloom differs from the header's");
        }

        var withdrawalsRoot = EthereumBlockValidator.WithdrawalsRootOf(block);
        if (withdrawalsRoot != header.WithdrawalsRoot)
        {
            return BlockExecutionResult.Invalid(BlockInvalidReason.InvalidWithdrawalsRoot, $"withdrawals root {withdrawalsRoot}, header has {header.WithdrawalsRoot}");
        }

        var stateRoot = state.ComputeStateRoot();
        if (stateRoot != header.StateRoot)
        {
            return BlockExecutionResult.Invalid(BlockInvalidReason.InvalidStateRoot, $"state root {stateRoot}, header has {header.StateRoot}");
        }

        return new BlockExecutionResult { Receipts = receipts, GasUsed = gasUsed, BlobGasUsed = blobGasUsed, StateRoot = stateRoot };
    }
}
