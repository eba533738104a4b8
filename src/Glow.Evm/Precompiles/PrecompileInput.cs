namespace Glow.Evm.Precompiles;

/// <summary>
/// Reading precompile input as the EVM defines it: call data is virtually right-padded with zeros, so a read
/// past the end yields zero bytes (the <c>CALLDATALOAD</c> semantics the precompile EIPs refer to).
/// </summary>
internal static class PrecompileInput
{
    /// <summary>
    /// Fills <paramref name="destination"/> with the input bytes from <paramref name="offset"/> on, zeros where
    /// the input ends. <paramref name="offset"/> may lie beyond the input.
    /// </summary>
    public static void CopyPadded(ReadOnlySpan<byte> input, long offset, Span<byte> destination)
    {
        if (offset >= input.Length)
        {
            destination.Clear();
            return;
        }

        var available = input[(int)offset..];
        if (available.Length >= destination.Length)
        {
            available[..destination.Length].CopyTo(destination);
            return;
        }

        available.CopyTo(destination);
        destination[available.Length..].Clear();
    }

    /// <summary>The number of 32-byte words in <paramref name="length"/> bytes, rounded up.</summary>
    public static long Words(int length) => ((long)length + 31) / 32;
}
