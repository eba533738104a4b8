namespace Glow.Evm.Precompiles.ModExp;

/// <summary>Hands out consecutive cleared slices of one buffer, so a modexp call rents memory once.</summary>
internal ref struct LimbArena
{
    private readonly Span<ulong> _buffer;
    private int _used;

    /// <summary>An arena over <paramref name="buffer"/>.</summary>
    public LimbArena(Span<ulong> buffer) => _buffer = buffer;

    /// <summary>The next <paramref name="count"/> limbs, zeroed.</summary>
    public Span<ulong> Take(int count)
    {
        var slice = _buffer.Slice(_used, count);
        _used += count;
        slice.Clear();
        return slice;
    }
}
