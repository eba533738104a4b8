using Glow.Core;
using Glow.Core.Db;
using Glow.Core.Rlp;
using Glow.Core.State;
using Glow.State.Trie;

namespace Glow.State.World;

/// <summary>
/// Rewrites the flat tables from one state to another inside a batch, from the difference of the two account tries
/// (<see cref="PatriciaTrie.Diff"/>): each account that differs gets its row rewritten or deleted, and its storage rows
/// follow the difference of its two storage tries, or are all deleted when its storage became empty or the account
/// vanished. Work follows the size of the difference. With <c>counts</c> (pruning) it also collects the node count
/// changes of the move: minus one per stored node that leaves its position in the head's tries, plus one per node
/// that takes one.
/// </summary>
internal sealed class FlatStateMove : ITrieDifferenceVisitor
{
    private readonly StateStore _store;
    private readonly IWriteBatch _batch;
    private readonly SortedDictionary<Hash256, int>? _counts;
    private readonly FlatStorageMove _storage;

    public FlatStateMove(StateStore store, IWriteBatch batch, SortedDictionary<Hash256, int>? counts)
    {
        _store = store;
        _batch = batch;
        _counts = counts;
        _storage = new FlatStorageMove(store, batch, counts);
    }

    /// <summary>Accounts whose flat row was rewritten or deleted.</summary>
    public int AccountsChanged { get; private set; }

    /// <summary>Flat storage rows written or deleted.</summary>
    public int SlotsChanged => _storage.SlotsChanged;

    /// <summary>Queues the flat-table changes (and count changes) that turn the state <paramref name="from"/> into <paramref name="to"/>.</summary>
    public void Run(in Hash256 from, in Hash256 to) => PatriciaTrie.Diff(_store.Nodes, from, to, this);

    /// <inheritdoc />
    public void Changed(ReadOnlySpan<byte> key, ReadOnlyMemory<byte> from, ReadOnlyMemory<byte> to)
    {
        AccountsChanged++;
        var address = new Address(Preimage(_store, key, Address.Size));
        var oldRoot = from.IsEmpty ? Account.EmptyTrieRoot : Decode(address, from).StorageRoot;
        var newRoot = to.IsEmpty ? Account.EmptyTrieRoot : Decode(address, to).StorageRoot;
        if (to.IsEmpty)
        {
            _batch.Delete(DbTable.Accounts, address.Bytes);
        }
        else
        {
            // The flat row holds the account exactly as the state trie does.
            _batch.Put(DbTable.Accounts, address.Bytes, to.Span);
        }

        _storage.Run(address, oldRoot, newRoot);
    }

    /// <inheritdoc />
    public void Node(in Hash256 hash, bool inFrom)
    {
        if (_counts is not null)
        {
            PruningCommit.Add(_counts, hash, inFrom ? -1 : 1);
        }
    }

    /// <summary>The address or slot whose Keccak-256 is <paramref name="hash"/>.</summary>
    /// <exception cref="StateException">No preimage is stored (the key entered the trie before preimages were kept).</exception>
    internal static byte[] Preimage(StateStore store, ReadOnlySpan<byte> hash, int length)
    {
        var value = store.Database[DbTable.Preimages].Get(hash);
        return value is not null && value.Length == length
            ? value
            : throw new StateException(
                $"No preimage is stored for the trie key {Convert.ToHexStringLower(hash)}: the state was written before the database kept preimages, so the head cannot move by difference.");
    }

    private static Account Decode(in Address address, ReadOnlyMemory<byte> encoded)
    {
        try
        {
            return AccountCodec.Decode(encoded.Span);
        }
        catch (RlpException e)
        {
            throw new StateException($"The account of {address} in a state trie is corrupt: {e.Message}", e);
        }
    }
}
