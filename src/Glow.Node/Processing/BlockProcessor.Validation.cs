using Glow.Core;
using Glow.Core.Blocks;
using Glow.Core.Chain;
using Glow.Core.Crypto;
using Glow.Core.Transactions;
using Glow.Evm.Processing;

namespace Glow.Node.Processing;

/// <summary>Header and body checks that need no execution.</summary>
public sealed partial class BlockProcessor
{
    /// <summary>
    /// Checks every field of <paramref name="header"/> that execution does not decide, against
    /// <paramref name="parent"/> and the chain (protocol.md §2): lineage, time, gas limit, the fixed post-merge and Cancun
    /// fields, base fee, the extra data and its seal, the producer, and the beacon in the mix hash.
    /// </summary>
    /// <returns>Null when the header is acceptable; otherwise the first rule it breaks.</returns>
    public BlockRejection? ValidateHeader(BlockHeader header, BlockHeader parent)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(parent);
        if (header.ParentHash != parent.Hash)
        {
            return Reject(BlockInvalidReason.UnknownParent, $"parent hash {header.ParentHash} is not the parent's {parent.Hash}");
        }

        if (parent.Number == ulong.MaxValue || header.Number != parent.Number + 1)
        {
            return Reject(BlockInvalidReason.InvalidBlockNumber, $"number {header.Number} does not follow the parent's {parent.Number}");
        }

        return CheckTime(header, parent)
            ?? CheckGas(header)
            ?? CheckFixedFields(header)
            ?? CheckBaseFee(header, parent)
            ?? CheckSeal(header, parent);
    }

    /// <summary>Checks the body against the header: no ommers, an empty withdrawals list, accepted transaction types, the transactions root.</summary>
    /// <returns>Null when the body is acceptable; otherwise the first rule it breaks.</returns>
    public static BlockRejection? ValidateBody(Block block)
    {
        ArgumentNullException.ThrowIfNull(block);
        if (block.Ommers.Count != 0)
        {
            return Reject(BlockInvalidReason.OmmersNotEmpty, $"{block.Ommers.Count} ommers; the chain has none");
        }

        if (block.Withdrawals is not { Count: 0 })
        {
            return Reject(BlockInvalidReason.WithdrawalsMissing, block.Withdrawals is null
                ? "the body has no withdrawals list (it must be present and empty)"
                : $"{block.Withdrawals.Count} withdrawals; the chain has none");
        }

        for (var i = 0; i < block.Transactions.Count; i++)
        {
            if (!IsAcceptedType(block.Transactions[i].Type))
            {
                return new BlockRejection(BlockInvalidReason.UnsupportedTransactionType, $"transaction {i} has type {(int)block.Transactions[i].Type}; the chain accepts legacy, EIP-2930 and EIP-1559 transactions")
                {
                    TransactionIndex = i,
                };
            }
        }

        var root = EthereumBlockValidator.TransactionsRootOf(block);
        return root == block.Header.TransactionsRoot
            ? null
            : Reject(BlockInvalidReason.InvalidTransactionsRoot, $"transactions root {block.Header.TransactionsRoot} in the header, {root} from the body");
    }

    /// <summary>
    /// True for the transaction types the chain accepts (protocol.md §2): legacy, EIP-2930 and EIP-1559. Blob
    /// transactions have no data layer here, and EIP-7702 is not part of Cancun.
    /// </summary>
    public static bool IsAcceptedType(TxType type) => type is TxType.Legacy or TxType.AccessList or TxType.DynamicFee;

    private BlockRejection? CheckTime(BlockHeader header, BlockHeader parent)
    {
        if (header.Timestamp <= parent.Timestamp)
        {
            return Reject(BlockInvalidReason.TimestampNotAfterParent, $"timestamp {header.Timestamp} not after the parent's {parent.Timestamp}");
        }

        var now = NodeClock.UnixSeconds(_time);
        return header.Timestamp > now + MaxFutureSeconds
            ? Reject(BlockInvalidReason.TimestampTooFarAhead, $"timestamp {header.Timestamp} is {header.Timestamp - now} s ahead of this node's clock (at most {MaxFutureSeconds} s)")
            : null;
    }

    private BlockRejection? CheckGas(BlockHeader header)
    {
        if (header.GasLimit != Chain.GasLimit)
        {
            return Reject(BlockInvalidReason.InvalidGasLimit, $"gas limit {header.GasLimit}; the chain's is {Chain.GasLimit}");
        }

        return header.GasUsed > header.GasLimit
            ? Reject(BlockInvalidReason.GasUsedOverflow, $"gas used {header.GasUsed} above the gas limit {header.GasLimit}")
            : null;
    }

    private static BlockRejection? CheckFixedFields(BlockHeader header)
    {
        if (!header.Difficulty.IsZero)
        {
            return Reject(BlockInvalidReason.DifficultyNotZero, $"difficulty {header.Difficulty}; it is always 0");
        }

        if (header.Nonce != 0)
        {
            return Reject(BlockInvalidReason.NonceNotZero, $"nonce {header.Nonce}; it is always 0");
        }

        if (header.OmmersHash != Keccak256.OfEmptyList)
        {
            return Reject(BlockInvalidReason.OmmersNotEmpty, $"ommers hash {header.OmmersHash} is not the empty list's");
        }

        if (header.WithdrawalsRoot != Keccak256.OfEmptyString)
        {
            return Reject(BlockInvalidReason.InvalidWithdrawalsRoot, $"withdrawals root {header.WithdrawalsRoot?.ToString() ?? "missing"}; it is always the empty trie's");
        }

        if (header.BlobGasUsed != 0 || header.ExcessBlobGas != 0)
        {
            return Reject(BlockInvalidReason.IncorrectBlobGasUsed, $"blob gas used {Show(header.BlobGasUsed)} and excess blob gas {Show(header.ExcessBlobGas)}; both are always 0");
        }

        return header.ParentBeaconBlockRoot != default(Hash256)
            ? Reject(BlockInvalidReason.InvalidHeaderFields, $"parent beacon block root {header.ParentBeaconBlockRoot?.ToString() ?? "missing"}; it is always zero")
            : null;
    }

    private BlockRejection? CheckBaseFee(BlockHeader header, BlockHeader parent)
    {
        var expected = Chain.BaseFee.NextBaseFee(parent);
        return header.BaseFeePerGas == expected
            ? null
            : Reject(BlockInvalidReason.InvalidBaseFee, $"base fee {header.BaseFeePerGas?.ToString() ?? "missing"}; after the parent it is {expected}");
    }

    private BlockRejection? CheckSeal(BlockHeader header, BlockHeader parent)
    {
        if (!HeaderSeal.TrySplit(header, out var extra, out _))
        {
            return Reject(BlockInvalidReason.InvalidExtraData, $"extra data of {header.ExtraData.Length} bytes is not RLP(GlowExtra) followed by a {HeaderSeal.SealLength}-byte seal");
        }

        if (extra.Version != ExtraVersion)
        {
            return Reject(BlockInvalidReason.InvalidExtraData, $"GlowExtra version {extra.Version}; this node knows version {ExtraVersion}");
        }

        var cycle = Chain.CycleOf(header.Number);
        if (extra.Cycle != cycle)
        {
            return Reject(BlockInvalidReason.InvalidExtraData, $"GlowExtra cycle {extra.Cycle}; block {header.Number} is in cycle {cycle}");
        }

        if (!HeaderSeal.TryRecoverSigner(header, out var signer))
        {
            return Reject(BlockInvalidReason.InvalidSeal, "the seal is not a valid signature of the header");
        }

        if (header.Coinbase != signer)
        {
            return Reject(BlockInvalidReason.InvalidSeal, $"coinbase {header.Coinbase} is not the sealing pool {signer}");
        }

        if (Authority.CheckProducer(parent, header, signer) is { } refusal)
        {
            return Reject(BlockInvalidReason.UnauthorizedProducer, refusal);
        }

        var beacon = RandomnessBeacon.Next(parent.MixHash, extra.RandomReveal);
        return header.MixHash == beacon
            ? null
            : Reject(BlockInvalidReason.InvalidMixHash, $"mix hash {header.MixHash}; the beacon after this block is {beacon}");
    }

    private static string Show(ulong? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "missing";

    private static BlockRejection Reject(BlockInvalidReason reason, string message) => new(reason, message);
}
