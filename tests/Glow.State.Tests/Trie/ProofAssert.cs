using Glow.Core;
using Glow.State.Trie;

namespace Glow.State.Tests.Trie;

internal static class ProofAssert
{
    /// <summary>Asserts that <paramref name="proof"/> is valid for <paramref name="key"/> under <paramref name="root"/> and shows <paramref name="value"/> (null: absence).</summary>
    public static void Proves(Hash256 root, byte[] key, IReadOnlyList<byte[]> proof, byte[]? value)
    {
        var (valid, proven) = TrieProof.Verify(root, key, proof);
        Assert.True(valid, "the proof should be valid");
        Assert.Equal(value, proven);
    }

    /// <summary>Asserts that <paramref name="proof"/> proves nothing about <paramref name="key"/> under <paramref name="root"/>.</summary>
    public static void Rejected(Hash256 root, byte[] key, IReadOnlyList<byte[]> proof)
    {
        var (valid, proven) = TrieProof.Verify(root, key, proof);
        Assert.False(valid, "the proof should be rejected");
        Assert.Null(proven);
    }
}
