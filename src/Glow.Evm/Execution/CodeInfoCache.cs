using System.Collections.Concurrent;
using Glow.Core;

namespace Glow.Evm.Execution;

/// <summary>
/// Analysed code by code hash, shared by every transaction (and thread) that runs the same contracts, so JUMPDEST
/// analysis runs once per contract. Bounded: when full it is cleared and fills again with what is in use.
/// </summary>
public sealed class CodeInfoCache
{
    private readonly ConcurrentDictionary<Hash256, CodeInfo> _entries = new();
    private readonly int _capacity;
    private int _count;

    /// <summary>A cache holding at most <paramref name="capacity"/> contracts.</summary>
    public CodeInfoCache(int capacity = 16_384)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _capacity = capacity;
    }

    /// <summary>The analysed code with hash <paramref name="codeHash"/>, when cached.</summary>
    public bool TryGet(in Hash256 codeHash, out CodeInfo info) => _entries.TryGetValue(codeHash, out info!);

    /// <summary>Analyses <paramref name="code"/>, whose hash is <paramref name="codeHash"/>, and caches it.</summary>
    public CodeInfo Add(in Hash256 codeHash, ReadOnlySpan<byte> code)
    {
        var info = new CodeInfo(code);
        if (Volatile.Read(ref _count) >= _capacity)
        {
            // ConcurrentDictionary.Count takes every lock; a counter of our own is enough to bound the size.
            _entries.Clear();
            Volatile.Write(ref _count, 0);
        }

        if (_entries.TryAdd(codeHash, info))
        {
            Interlocked.Increment(ref _count);
        }

        return info;
    }
}
