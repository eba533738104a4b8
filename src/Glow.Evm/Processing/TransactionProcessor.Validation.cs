using Glow.Core;
using Glow.Core.Numerics;
using Glow.Core.State;
using Glow.Core.Transactions;
using Glow.Evm.Gas;

namespace Glow.Evm.Processing;

public sealed partial class TransactionProcessor
{
    /// <summary>
    /// The execution specs' <c>validate_transaction</c> and <c>check_transaction</c>: null when <paramref name="tx"/>
    /// may run on this state, else the rejection. Reads the state, changes nothing.
    /// </summary>
    private TransactionResult? Validate(IReadOnlyWorldState state, BlockContext block, Transaction tx, in Address sender, ulong blockGasUsed, in UInt256 blobBaseFee, TransactionChecks checks)
    {
        var spec = Spec;
        var supported = tx.Type switch
        {
            TxType.Legacy => true,
            TxType.AccessList => spec.IsEip2930Enabled,
            TxType.DynamicFee => spec.IsEip1559Enabled,
            TxType.Blob => spec.IsEip4844Enabled,
            _ => false,
        };
        if (!supported)
        {
            return TransactionResult.Rejected(TxInvalidReason.TypeNotSupported, $"transaction type {(byte)tx.Type} not supported");
        }

        var intrinsic = IntrinsicGas.Of(tx, spec);
        if (tx.GasLimit < intrinsic)
        {
            return TransactionResult.Rejected(TxInvalidReason.IntrinsicGasTooLow, $"intrinsic gas too low: have {tx.GasLimit}, want {intrinsic}");
        }

        if (tx.Nonce == ulong.MaxValue)
        {
            return TransactionResult.Rejected(TxInvalidReason.NonceIsMax, "nonce has max value");
        }

        if (tx.IsContractCreation && spec.IsEip3860Enabled && tx.Data.Length > spec.MaxInitCodeSize)
        {
            return TransactionResult.Rejected(TxInvalidReason.InitCodeSizeExceeded, $"max initcode size exceeded: code size {tx.Data.Length} limit {spec.MaxInitCodeSize}");
        }

        if (blockGasUsed > block.GasLimit || tx.GasLimit > block.GasLimit - blockGasUsed)
        {
            return TransactionResult.Rejected(TxInvalidReason.GasAllowanceExceeded, $"gas limit reached: transaction gas {tx.GasLimit}, block has {block.GasLimit - Math.Min(blockGasUsed, block.GasLimit)} left");
        }

        return CheckFees(tx, block)
            ?? CheckBlobs(tx, blobBaseFee)
            ?? CheckSender(state, tx, sender, blobBaseFee, checks);
    }

    private TransactionResult? CheckFees(Transaction tx, BlockContext block)
    {
        if (tx.MaxPriorityFeePerGas > tx.MaxFeePerGas)
        {
            return TransactionResult.Rejected(TxInvalidReason.PriorityGreaterThanMaxFee, "max priority fee per gas higher than max fee per gas");
        }

        if (Spec.IsEip1559Enabled && tx.MaxFeePerGas < block.BaseFee)
        {
            return TransactionResult.Rejected(TxInvalidReason.InsufficientMaxFeePerGas, $"max fee per gas less than block base fee: max fee {tx.MaxFeePerGas}, base fee {block.BaseFee}");
        }

        return null;
    }

    private static TransactionResult? CheckBlobs(Transaction tx, in UInt256 blobBaseFee)
    {
        if (tx.Type != TxType.Blob)
        {
            return null;
        }

        if (tx.To is null)
        {
            return TransactionResult.Rejected(TxInvalidReason.BlobTransactionCreatesContract, "blob transaction cannot create a contract");
        }

        if (tx.BlobVersionedHashes.Count == 0)
        {
            return TransactionResult.Rejected(TxInvalidReason.BlobTransactionWithoutBlobs, "blob transaction without blobs");
        }

        if ((ulong)tx.BlobVersionedHashes.Count * GasCost.BlobGasPerBlob > GasCost.MaxBlobGasPerBlock)
        {
            return TransactionResult.Rejected(TxInvalidReason.BlobCountExceeded, $"blob transaction with {tx.BlobVersionedHashes.Count} blobs, above the block's limit");
        }

        foreach (var hash in tx.BlobVersionedHashes)
        {
            if (hash.Bytes[0] != TransactionValidator.BlobHashVersionKzg)
            {
                return TransactionResult.Rejected(TxInvalidReason.InvalidBlobVersionedHash, "blob versioned hash has the wrong version");
            }
        }

        if (tx.MaxFeePerBlobGas < blobBaseFee)
        {
            return TransactionResult.Rejected(TxInvalidReason.InsufficientMaxFeePerBlobGas, $"max fee per blob gas less than blob base fee: max {tx.MaxFeePerBlobGas}, base {blobBaseFee}");
        }

        return null;
    }

    private static TransactionResult? CheckSender(IReadOnlyWorldState state, Transaction tx, in Address sender, in UInt256 blobBaseFee, TransactionChecks checks)
    {
        state.TryGetAccount(sender, out var account);
        if ((checks & TransactionChecks.Nonce) != 0 && account.Nonce != tx.Nonce)
        {
            return account.Nonce > tx.Nonce
                ? TransactionResult.Rejected(TxInvalidReason.NonceTooLow, $"nonce too low: address {sender}, tx: {tx.Nonce} state: {account.Nonce}")
                : TransactionResult.Rejected(TxInvalidReason.NonceTooHigh, $"nonce too high: address {sender}, tx: {tx.Nonce} state: {account.Nonce}");
        }

        var blobFee = (UInt256)((ulong)tx.BlobVersionedHashes.Count * GasCost.BlobGasPerBlob);
        if (UInt256.MultiplyOverflow(tx.MaxFeePerGas, tx.GasLimit, out var maxGasFee)
            || UInt256.MultiplyOverflow(blobFee, tx.MaxFeePerBlobGas, out var maxBlobFee)
            || UInt256.AddOverflow(maxGasFee, maxBlobFee, out var maxFee)
            || UInt256.AddOverflow(maxFee, tx.Value, out var required))
        {
            return TransactionResult.Rejected(TxInvalidReason.GasLimitPriceProductOverflow, "gas * gas price + value overflows 256 bits");
        }

        if (account.Balance < required)
        {
            return TransactionResult.Rejected(TxInvalidReason.InsufficientAccountFunds, $"insufficient funds for gas * price + value: address {sender} have {account.Balance} want {required}");
        }

        // EIP-3607: a sender with code cannot be an externally owned account.
        if ((checks & TransactionChecks.SenderIsEoa) != 0 && account.HasCode)
        {
            return TransactionResult.Rejected(TxInvalidReason.SenderNotEoa, $"sender not an eoa: address {sender}");
        }

        _ = blobBaseFee;
        return null;
    }
}
