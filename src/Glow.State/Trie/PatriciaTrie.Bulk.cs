namespace Glow.State.Trie;

/// <summary>
/// Many changes at once, spread over the cores: below a root branch the sixteen subtrees share no node, so the
/// changes of each first nibble apply independently (in their given order), then the root is made canonical again.
/// </summary>
public sealed partial class PatriciaTrie
{
    /// <summary>Below this many changes, <see cref="SetMany"/> applies them one by one.</summary>
    private const int ParallelUpdateThreshold = 4096;

    /// <summary>
    /// Applies <paramref name="changes"/> in order, as <see cref="Set"/> would one by one (an empty value deletes
    /// the key), but on several cores when there are many: the result, root hash included, is the same. Reads from
    /// the store happen on several threads, which every <see cref="Glow.Core.Db.IKeyValueStore"/> of Glow.State
    /// allows. After an exception the trie is in an undefined state, as after a failed <see cref="Set"/>.
    /// </summary>
    /// <exception cref="TrieException">A node on the way is missing from the store or invalid.</exception>
    public void SetMany(IReadOnlyList<KeyValuePair<byte[], byte[]>> changes)
    {
        var next = 0;
        while (next < changes.Count && (changes.Count - next < ParallelUpdateThreshold || !RootIsBranch()))
        {
            var (key, value) = changes[next++];
            Set(key, value);
        }

        if (next == changes.Count)
        {
            return;
        }

        // Group the remaining changes by first nibble, keeping their order; empty keys go to the root's value.
        var oldRoot = (BranchNode)(_root is HashNode hash ? Resolve(hash) : _root!);
        var root = Writable(oldRoot);
        if (TrackNodes && !ReferenceEquals(oldRoot, root))
        {
            Obsolete(oldRoot);
        }

        var counts = new int[17];
        for (var i = next; i < changes.Count; i++)
        {
            counts[Group(changes[i].Key)]++;
        }

        var groups = new int[17][];
        for (var g = 0; g < 17; g++)
        {
            groups[g] = new int[counts[g]];
            counts[g] = 0;
        }

        for (var i = next; i < changes.Count; i++)
        {
            var g = Group(changes[i].Key);
            groups[g][counts[g]++] = i;
        }

        foreach (var i in groups[16])
        {
            var value = changes[i].Value;
            root.Value = value.Length == 0 ? ReadOnlyMemory<byte>.Empty : (byte[])value.Clone();
        }

        RunInParallel(nibble =>
        {
            var child = root.Slots[nibble];
            foreach (var i in groups[nibble])
            {
                var (key, value) = changes[i];
                if (value.Length == 0)
                {
                    child = Remove(child, new NibblePath(key, 0, key.Length * 2), 1);
                }
                else
                {
                    var data = new byte[key.Length + value.Length];
                    key.CopyTo(data, 0);
                    value.CopyTo(data, key.Length);
                    child = Insert(child, new NibblePath(data, 0, key.Length * 2), 1, new ReadOnlyMemory<byte>(data, key.Length, value.Length));
                }
            }

            root.Slots[nibble] = child;
        });

        _root = Collapse(root);
        _version++;
        _changesSinceHash += changes.Count - next;
        _changesSinceCommit += changes.Count - next;
    }

    /// <summary>Runs <paramref name="body"/> for the sixteen nibbles on the thread pool, rethrowing a failure as itself.</summary>
    private static void RunInParallel(Action<int> body)
    {
        try
        {
            Parallel.For(0, 16, body);
        }
        catch (AggregateException e) when (e.InnerExceptions.Count >= 1)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
            throw;
        }
    }

    private static int Group(byte[] key) => key.Length == 0 ? 16 : key[0] >> 4;

    private bool RootIsBranch() => (_root is HashNode hash ? Resolve(hash) : _root) is BranchNode;
}
