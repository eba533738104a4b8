using System.Runtime.CompilerServices;

namespace Glow.Core.Crypto;

/// <summary>
/// Incremental Keccak-256: feed the input in pieces with <c>Update</c>, then <c>Finish</c>.
/// A mutable struct that lives on the stack; it allocates nothing. Used where the data to hash is
/// produced in parts (RLP of a header, trie nodes) so it need not be concatenated first.
/// </summary>
public struct KeccakHasher
{
    private Lanes _state;
    private Block _buffer;
    private int _buffered;

    /// <summary>Absorbs <paramref name="input"/>.</summary>
    public void Update(ReadOnlySpan<byte> input)
    {
        Span<ulong> state = _state;
        Span<byte> buffer = _buffer;
        if (_buffered > 0)
        {
            var take = Math.Min(Keccak256.RateBytes - _buffered, input.Length);
            input[..take].CopyTo(buffer[_buffered..]);
            _buffered += take;
            input = input[take..];
            if (_buffered < Keccak256.RateBytes)
            {
                return;
            }

            Keccak256.AbsorbBlock(state, buffer);
            KeccakF1600.Permute(state);
            _buffered = 0;
        }

        while (input.Length >= Keccak256.RateBytes)
        {
            Keccak256.AbsorbBlock(state, input);
            KeccakF1600.Permute(state);
            input = input[Keccak256.RateBytes..];
        }

        input.CopyTo(buffer);
        _buffered = input.Length;
    }

    /// <summary>Absorbs one byte.</summary>
    public void Update(byte value) => Update([value]);

    /// <summary>Pads, permutes and writes the 32-byte digest; the hasher is then reset for reuse.</summary>
    public void Finish(Span<byte> output)
    {
        if (output.Length < Keccak256.HashSize)
        {
            throw new ArgumentException("The output needs 32 bytes.", nameof(output));
        }

        Span<ulong> state = _state;
        Span<byte> buffer = _buffer;
        Keccak256.AbsorbFinal(state, buffer[.._buffered]);
        KeccakF1600.Permute(state);
        Keccak256.Squeeze(state, output);
        Reset();
    }

    /// <summary>Finishes and returns the digest as a <see cref="Hash256"/>.</summary>
    public Hash256 Finish()
    {
        Span<byte> digest = stackalloc byte[Keccak256.HashSize];
        Finish(digest);
        return new Hash256(digest);
    }

    /// <summary>Forgets everything absorbed so far.</summary>
    public void Reset()
    {
        ((Span<ulong>)_state).Clear();
        _buffered = 0;
    }

    [InlineArray(25)]
    private struct Lanes
    {
        private ulong _element;
    }

    [InlineArray(Keccak256.RateBytes)]
    private struct Block
    {
        private byte _element;
    }
}
