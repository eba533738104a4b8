using Glow.State.Trie;
using static Glow.State.Tests.Trie.TrieFixtures;

namespace Glow.State.Tests.Trie;

public class NibblePathTests
{
    /// <summary>Hex-prefix examples (yellow paper, Appendix C): flag 0/1 extension, 2/3 leaf, odd paths share the first byte.</summary>
    [Theory]
    [InlineData(new byte[] { 1, 2, 3, 4, 5 }, false, "0x112345")]
    [InlineData(new byte[] { 0, 1, 2, 3, 4, 5 }, false, "0x00012345")]
    [InlineData(new byte[] { 0, 0xf, 1, 0xc, 0xb, 8 }, true, "0x200f1cb8")]
    [InlineData(new byte[] { 0xf, 1, 0xc, 0xb, 8 }, true, "0x3f1cb8")]
    [InlineData(new byte[] { }, true, "0x20")]
    [InlineData(new byte[] { 7 }, false, "0x17")]
    public void Hex_prefix_encoding_matches_the_yellow_paper(byte[] nibbles, bool leaf, string expected)
    {
        // The same nibbles at both alignments of the source bytes (the fast and the slow copy).
        foreach (var offset in new[] { 0, 1 })
        {
            var data = new byte[(nibbles.Length + offset + 1) / 2];
            for (var i = 0; i < nibbles.Length; i++)
            {
                var index = i + offset;
                data[index / 2] |= (byte)(index % 2 == 0 ? nibbles[i] << 4 : nibbles[i]);
            }

            var path = new NibblePath(data, offset, nibbles.Length);
            var output = new byte[path.HexPrefixLength];
            path.WriteHexPrefix(output, leaf);

            Assert.Equal(Hex(expected), output);
            Assert.Equal(nibbles, path.ToNibbleArray());
        }
    }

    [Fact]
    public void Common_prefix_length_is_the_same_at_every_alignment()
    {
        var random = new Random(3);
        for (var round = 0; round < 2000; round++)
        {
            var a = new byte[random.Next(1, 12)];
            random.NextBytes(a);
            var b = (byte[])a.Clone();
            b[random.Next(b.Length)] ^= (byte)(1 << random.Next(8));
            var aStart = random.Next(a.Length * 2);
            var bStart = random.Next(b.Length * 2);
            var length = Math.Min((a.Length * 2) - aStart, (b.Length * 2) - bStart);
            var pa = new NibblePath(a, aStart, (a.Length * 2) - aStart);
            var pb = new NibblePath(b, bStart, (b.Length * 2) - bStart);

            var expected = 0;
            while (expected < length && pa[expected] == pb[expected])
            {
                expected++;
            }

            Assert.Equal(expected, pa.CommonPrefixLength(pb));
            Assert.Equal(expected, pa.CommonPrefixLength(b, bStart));
        }
    }

    [Fact]
    public void Concatenation_joins_the_nibbles()
    {
        var head = new NibblePath([0x12, 0x34], 1, 3);
        var tail = new NibblePath([0xab], 0, 2);

        Assert.Equal(new byte[] { 2, 3, 4, 9, 0xa, 0xb }, NibblePath.Concat(head, 9, tail).ToNibbleArray());
        Assert.Equal(new byte[] { 2, 3, 4, 0xa, 0xb }, NibblePath.Concat(head, -1, tail).ToNibbleArray());
        Assert.Equal(new byte[] { 5, 0xa, 0xb }, NibblePath.Concat(5, tail).ToNibbleArray());
    }
}
