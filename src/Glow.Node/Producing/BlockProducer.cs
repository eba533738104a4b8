using System.Diagnostics;
using Glow.Core;
using Glow.Core.Blocks;
using Glow.Core.Chain;
using Glow.Core.Crypto;
using Glow.Core.Transactions;
using Glow.Evm.Processing;
using Glow.Node.Chain;
using Glow.Node.Processing;
using Glow.State;

namespace Glow.Node.Producing;

/// <summary>
/// Builds and seals blocks on the head of a <see cref="BlockTree"/> from a <see cref="ITransactionSource"/>: the header
/// of protocol.md §2 (coinbase = the sealing key's pool, base fee by EIP-1559, beacon, <c>GlowExtra</c> with version and
/// cycle, the seal), the transactions that fit, the reward. Each block executes once: the tree commits the state the
/// producer built.
/// </summary>
public sealed class BlockProducer
{
    private readonly BlockTree _tree;
    private readonly BlockProcessor _processor;
    private readonly byte[] _signerKey;
    private readonly TimeProvider _time;

    /// <summary>A producer sealing with <paramref name="signerKey"/> (a 32-byte secp256k1 private key).</summary>
    /// <param name="tree">The chain to extend.</param>
    /// <param name="signerKey">The sealing key; its address is the coinbase.</param>
    /// <param name="time">The clock that gives block timestamps.</param>
    /// <exception cref="ArgumentException">The key is not a valid private key, or the chain is not ours (blocks are
    /// produced under GLOW's rules only).</exception>
    public BlockProducer(BlockTree tree, ReadOnlySpan<byte> signerKey, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(time);
        _tree = tree;
        _processor = tree.Processor as BlockProcessor
            ?? throw new ArgumentException($"Chain '{tree.Processor.ChainName}' is replayed under Ethereum's rules: this node produces blocks only on a GLOW chain.", nameof(tree));
        _signerKey = signerKey.ToArray();
        _time = time;
        Span<byte> publicKey = stackalloc byte[64];
        if (signerKey.Length != 32 || !Secp256k1.CreatePublicKey(signerKey, publicKey))
        {
            throw new ArgumentException("The sealing key is not a valid secp256k1 private key.", nameof(signerKey));
        }

        Signer = Address.FromPublicKey(publicKey);
    }

    /// <summary>The sealing key's address: the coinbase of every block produced.</summary>
    public Address Signer { get; }

    /// <summary>
    /// The sender checks for each transaction's sender; all of them when null. Dev mode drops the EIP-3607 check for the
    /// contracts it impersonates (as anvil and Hardhat do): such blocks already carry placeholder signatures and are
    /// meaningful only on the dev chain that made them.
    /// </summary>
    public Func<Address, TransactionChecks>? SenderChecks { get; init; }

    /// <summary>
    /// Builds a block on the head with the transactions of <paramref name="source"/> that fit, seals it and commits it.
    /// The timestamp is <paramref name="timestamp"/> when given (dev mode's <c>evm_setNextBlockTimestamp</c>), otherwise
    /// the clock's, and always at least one second after the parent's.
    /// </summary>
    /// <returns>The block committed.</returns>
    public ProducedBlock Produce(ITransactionSource source, ulong? timestamp = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        return _tree.Produce((parent, world, hashes) => Build(parent, world, hashes, source, timestamp))!;
    }

    private ProducedBlock Build(BlockHeader parent, WorldState world, IBlockHashProvider hashes, ITransactionSource source, ulong? timestamp)
    {
        var processor = _processor;
        var chain = processor.Chain;
        var number = parent.Number + 1;
        var time = Math.Max(timestamp ?? NodeClock.UnixSeconds(_time), parent.Timestamp + 1);
        var baseFee = chain.BaseFee.NextBaseFee(parent);
        var extra = GlowExtraCodec.Encode(new GlowExtra { Version = BlockProcessor.ExtraVersion, Cycle = chain.CycleOf(number) });
        var template = new BlockHeader
        {
            ParentHash = parent.Hash,
            Coinbase = Signer,
            Number = number,
            GasLimit = chain.GasLimit,
            Timestamp = time,
            BaseFeePerGas = baseFee,
            MixHash = RandomnessBeacon.Next(parent.MixHash, default),
        };

        var started = Stopwatch.GetTimestamp();
        var execution = processor.Begin(template, world, hashes);
        IReadOnlyList<StateEdit> edits = source is IBlockStateChange change ? change.Edits : [];
        if (edits.Count > 0)
        {
            foreach (var edit in edits)
            {
                edit.Apply(world);
            }

            world.FinishTransaction(deleteTouchedEmptyAccounts: false);
        }

        var cursor = source.Select(baseFee);
        while (execution.GasLeft >= IntrinsicGas.TxGas && cursor.TryNext(execution.GasLeft, out var tx, out var sender))
        {
            // A transaction that cannot run now (type not accepted, or invalid against this state) holds back the
            // sender's later nonces too.
            var checks = SenderChecks?.Invoke(sender) ?? TransactionChecks.All;
            if (!BlockProcessor.IsAcceptedType(tx.Type) || !execution.Apply(tx, sender, null, checks).IsValid)
            {
                cursor.SkipSender();
            }
        }

        var executed = Stopwatch.GetTimestamp();
        var stateRoot = processor.Finish(execution);
        var rooted = Stopwatch.GetTimestamp();
        var transactions = execution.Transactions;
        var header = new BlockHeader
        {
            ParentHash = parent.Hash,
            Coinbase = Signer,
            StateRoot = stateRoot,
            TransactionsRoot = OrderedTrie.RootOf(transactions, TransactionEncoder.Encode),
            ReceiptsRoot = OrderedTrie.RootOf(execution.Receipts, ReceiptCodec.Encode),
            Bloom = execution.Bloom,
            Number = number,
            GasLimit = chain.GasLimit,
            GasUsed = execution.GasUsed,
            Timestamp = time,
            ExtraData = extra,
            MixHash = template.MixHash,
            BaseFeePerGas = baseFee,
            WithdrawalsRoot = Keccak256.OfEmptyString,
            BlobGasUsed = 0,
            ExcessBlobGas = 0,
            ParentBeaconBlockRoot = default(Hash256),
        };

        var sealedHeader = HeaderSeal.Seal(header, _signerKey);
        var timings = new BlockTimings
        {
            Execution = Stopwatch.GetElapsedTime(started, executed),
            StateRoot = Stopwatch.GetElapsedTime(executed, rooted),
            Sealing = Stopwatch.GetElapsedTime(rooted),
        };
        return new ProducedBlock(new Block(sealedHeader, transactions, [], []), execution.Senders, execution.Receipts) { Timings = timings, Edits = edits };
    }
}
