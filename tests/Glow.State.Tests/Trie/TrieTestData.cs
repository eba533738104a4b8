using System.Text;
using Glow.Core.Encoding;

namespace Glow.State.Tests.Trie;

/// <summary>Decoding of the strings in <c>TrieTests</c>: <c>0x</c>-prefixed hex, otherwise the UTF-8 bytes of the text.</summary>
internal static class TrieTestData
{
    public static byte[] Bytes(string text) =>
        text.StartsWith("0x", StringComparison.Ordinal) ? Hex.Decode(text) : Encoding.UTF8.GetBytes(text);
}
