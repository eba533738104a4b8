using Glow.Core;

namespace Glow.State.Trie;

/// <summary>A trie node is missing from the store or is not a valid node: the database is incomplete or corrupt.</summary>
public sealed class TrieException : Exception
{
    /// <summary>An error with <paramref name="message"/>.</summary>
    public TrieException(string message)
        : base(message)
    {
    }

    /// <summary>An error with <paramref name="message"/> caused by <paramref name="innerException"/>.</summary>
    public TrieException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>An error without a message (prefer the other constructors).</summary>
    public TrieException()
    {
    }

    internal static TrieException MissingNode(in Hash256 hash) =>
        new($"Trie node {hash} is missing from the store: the database does not hold the state at this root.");

    internal static TrieException Corrupt(string what) => new($"Invalid trie node: {what}.");
}
