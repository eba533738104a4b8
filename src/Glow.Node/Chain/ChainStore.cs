using System.Buffers.Binary;
using System.Collections.Concurrent;
using Glow.Core;
using Glow.Core.Blocks;
using Glow.Core.Db;

namespace Glow.Node.Chain;

/// <summary>
/// The chain part of the node's database: headers, bodies, senders and receipts of every block (canonical or not),
/// the canonical index by number, the transaction index and the chain head. Reads are safe from any thread; writes go
/// into a batch the caller commits together with the state (see <see cref="BlockTree"/>), so that the head, the
/// canonical index and the state always describe the same block.
/// </summary>
public sealed class ChainStore
{
    private const int HeaderCacheLimit = 8192;

    private readonly IDatabase _database;
    private readonly ConcurrentDictionary<Hash256, BlockHeader> _headers = new();
    private volatile BlockHeader? _head;

    /// <summary>Opens the chain in <paramref name="database"/>.</summary>
    /// <exception cref="DatabaseException">The stored head names a block that is not in the database.</exception>
    public ChainStore(IDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
        var head = database[DbTable.Metadata].Get(ChainKeys.HeadKey);
        if (head is not null)
        {
            if (head.Length != Hash256.Size)
            {
                throw new DatabaseException($"The chain head in the database is {head.Length} bytes, not 32: the database is damaged.");
            }

            _head = GetHeader(new Hash256(head))
                ?? throw new DatabaseException($"The chain head {new Hash256(head)} is not in the database: the database is damaged.");
        }
    }

    /// <summary>The canonical head; null before genesis is stored.</summary>
    public BlockHeader? Head => _head;

    /// <summary>The genesis header; null before it is stored.</summary>
    public BlockHeader? Genesis => GetHeader(0);

    /// <summary>True when a block with this hash is stored (canonical or not).</summary>
    public bool Contains(in Hash256 hash) => _headers.ContainsKey(hash) || _database[DbTable.Headers].Contains(hash.Bytes);

    /// <summary>The header of the block with this hash, canonical or not.</summary>
    /// <exception cref="DatabaseException">The stored header does not decode (a damaged database).</exception>
    public BlockHeader? GetHeader(in Hash256 hash)
    {
        if (_headers.TryGetValue(hash, out var cached))
        {
            return cached;
        }

        var encoded = _database[DbTable.Headers].Get(hash.Bytes);
        if (encoded is null)
        {
            return null;
        }

        var header = Decode(hash, () => BlockHeaderCodec.Decode(encoded));
        Remember(header);
        return header;
    }

    /// <summary>The canonical header at <paramref name="number"/>.</summary>
    public BlockHeader? GetHeader(ulong number) => GetCanonicalHash(number) is { } hash ? GetHeader(hash) : null;

    /// <summary>The hash of the canonical block at <paramref name="number"/>.</summary>
    public Hash256? GetCanonicalHash(ulong number)
    {
        if (_head is not { } head || number > head.Number)
        {
            return null;
        }

        if (number == head.Number)
        {
            return head.Hash;
        }

        var value = _database[DbTable.CanonicalHashes].Get(ChainKeys.Number(number));
        return value is { Length: Hash256.Size } ? new Hash256(value) : null;
    }

    /// <summary>True when the block with this hash is on the canonical chain.</summary>
    public bool IsCanonical(BlockHeader header)
    {
        ArgumentNullException.ThrowIfNull(header);
        return GetCanonicalHash(header.Number) == header.Hash;
    }

    /// <summary>The whole block with this hash (its transactions carry their stored senders).</summary>
    /// <exception cref="DatabaseException">The stored body does not decode (a damaged database).</exception>
    public Block? GetBlock(in Hash256 hash)
    {
        if (GetHeader(hash) is not { } header)
        {
            return null;
        }

        var body = _database[DbTable.Bodies].Get(hash.Bytes);
        if (body is null)
        {
            return null;
        }

        var senders = _database[DbTable.Senders].Get(hash.Bytes) ?? [];
        return Decode(hash, () => BlockBodyCodec.DecodeBody(header, body, senders));
    }

    /// <summary>The canonical block at <paramref name="number"/>.</summary>
    public Block? GetBlock(ulong number) => GetCanonicalHash(number) is { } hash ? GetBlock(hash) : null;

    /// <summary>The receipts of the block with this hash, in transaction order.</summary>
    /// <exception cref="DatabaseException">The stored receipts do not decode (a damaged database).</exception>
    public IReadOnlyList<Receipt>? GetReceipts(in Hash256 blockHash)
    {
        var encoded = _database[DbTable.Receipts].Get(blockHash.Bytes);
        return encoded is null ? null : Decode(blockHash, () => BlockBodyCodec.DecodeReceipts(encoded));
    }

    /// <summary>The direct state edits the block applied before its transactions (dev mode); empty for almost every block.</summary>
    public IReadOnlyList<StateEdit> GetStateEdits(in Hash256 blockHash)
    {
        var encoded = _database[DbTable.BlockStateEdits].Get(blockHash.Bytes);
        return encoded is null ? [] : Decode(blockHash, () => StateEdit.DecodeList(encoded));
    }

    /// <summary>Where the canonical transaction with this hash is; null when no canonical block holds it.</summary>
    public TransactionLocation? FindTransaction(in Hash256 transactionHash)
    {
        var value = _database[DbTable.TransactionIndex].Get(transactionHash.Bytes);
        if (value is not { Length: Hash256.Size + 4 })
        {
            return null;
        }

        var blockHash = new Hash256(value.AsSpan(0, Hash256.Size));
        var index = BinaryPrimitives.ReadInt32BigEndian(value.AsSpan(Hash256.Size));
        return GetHeader(blockHash) is { } header ? new TransactionLocation(blockHash, header.Number, index) : null;
    }

    /// <summary>Adds the block's header, body, senders and receipts to <paramref name="batch"/> (not yet canonical).</summary>
    internal static void AddBlock(IWriteBatch batch, Block block, IReadOnlyList<Address> senders, IReadOnlyList<Receipt> receipts, IReadOnlyList<StateEdit>? edits = null)
    {
        var hash = block.Hash.Bytes;
        batch.Put(DbTable.Headers, hash, BlockHeaderCodec.Encode(block.Header));
        batch.Put(DbTable.Bodies, hash, BlockBodyCodec.EncodeBody(block));
        batch.Put(DbTable.Senders, hash, BlockBodyCodec.EncodeSenders(senders));
        batch.Put(DbTable.Receipts, hash, BlockBodyCodec.EncodeReceipts(receipts));
        if (edits is { Count: > 0 })
        {
            batch.Put(DbTable.BlockStateEdits, hash, StateEdit.EncodeList(edits));
        }
    }

    /// <summary>Makes <paramref name="block"/> the canonical block at its height: canonical index and transaction index.</summary>
    internal static void AddCanonical(IWriteBatch batch, Block block)
    {
        batch.Put(DbTable.CanonicalHashes, ChainKeys.Number(block.Number), block.Hash.Bytes);
        Span<byte> location = stackalloc byte[Hash256.Size + 4];
        block.Hash.Bytes.CopyTo(location);
        for (var i = 0; i < block.Transactions.Count; i++)
        {
            BinaryPrimitives.WriteInt32BigEndian(location[Hash256.Size..], i);
            batch.Put(DbTable.TransactionIndex, block.Transactions[i].Hash.Bytes, location);
        }
    }

    /// <summary>Removes <paramref name="block"/> from the canonical chain: its transactions leave the index, and its height's entry goes.</summary>
    internal static void RemoveCanonical(IWriteBatch batch, Block block)
    {
        batch.Delete(DbTable.CanonicalHashes, ChainKeys.Number(block.Number));
        foreach (var tx in block.Transactions)
        {
            batch.Delete(DbTable.TransactionIndex, tx.Hash.Bytes);
        }
    }

    /// <summary>Sets the chain head in <paramref name="batch"/>; call <see cref="Published"/> once the batch is committed.</summary>
    internal static void SetHead(IWriteBatch batch, BlockHeader head) => batch.Put(DbTable.Metadata, ChainKeys.HeadKey, head.Hash.Bytes);

    /// <summary>Moves the in-memory head after the batch holding it was committed.</summary>
    internal void Published(BlockHeader head)
    {
        Remember(head);
        _head = head;
    }

    private void Remember(BlockHeader header)
    {
        if (_headers.Count >= HeaderCacheLimit)
        {
            _headers.Clear();
        }

        _headers[header.Hash] = header;
    }

    private static T Decode<T>(in Hash256 hash, Func<T> decode)
    {
        try
        {
            return decode();
        }
        catch (Exception ex) when (ex is Core.Rlp.RlpException or Core.Transactions.InvalidTransactionException)
        {
            throw new DatabaseException($"The stored data of block {hash} does not decode ({ex.Message}): the database is damaged.", ex);
        }
    }
}
