using Glow.Core.Blocks;
using Glow.Core.Rlp;
using Glow.Core.Transactions;

namespace Glow.Node.Chain;

/// <summary>
/// Blocks in the format of geth's <c>export</c>/<c>import</c> and of test chains such as the execution-apis
/// <c>chain.rlp</c>: RLP-encoded blocks one after another, nothing between them. Read as a stream, a block at a time.
/// </summary>
public static class ChainFile
{
    /// <summary>The largest block accepted (a guard against a corrupt length prefix asking for gigabytes).</summary>
    public const int MaxBlockSize = 64 * 1024 * 1024;

    /// <summary>Reads the blocks of <paramref name="stream"/> in order, lazily.</summary>
    /// <exception cref="InvalidDataException">A block is truncated, not an RLP list, too large or not a block; the message
    /// gives its position (index and byte offset).</exception>
    public static IEnumerable<Block> Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var index = 0;
        long offset = 0;
        var prefix = new byte[9];
        while (true)
        {
            var first = stream.ReadByte();
            if (first < 0)
            {
                yield break;
            }

            prefix[0] = (byte)first;
            if (first < 0xc0)
            {
                throw new InvalidDataException($"Block {index} at byte {offset}: not an RLP list (first byte 0x{first:x2}).");
            }

            var lengthOfLength = first > 0xf7 ? first - 0xf7 : 0;
            Fill(stream, prefix.AsSpan(1, lengthOfLength), index, offset);
            long payload = first <= 0xf7 ? first - 0xc0 : 0;
            for (var i = 1; i <= lengthOfLength; i++)
            {
                payload = (payload << 8) | prefix[i];
            }

            var size = 1 + lengthOfLength + payload;
            if (size > MaxBlockSize)
            {
                throw new InvalidDataException($"Block {index} at byte {offset}: {size} bytes, more than the {MaxBlockSize} a block may have.");
            }

            var encoded = new byte[size];
            prefix.AsSpan(0, 1 + lengthOfLength).CopyTo(encoded);
            Fill(stream, encoded.AsSpan(1 + lengthOfLength), index, offset);
            Block block;
            try
            {
                block = BlockCodec.Decode(encoded);
            }
            catch (Exception e) when (e is RlpException or InvalidTransactionException)
            {
                throw new InvalidDataException($"Block {index} at byte {offset}: {e.Message}", e);
            }

            yield return block;
            index++;
            offset += size;
        }
    }

    private static void Fill(Stream stream, Span<byte> buffer, int index, long offset)
    {
        while (buffer.Length > 0)
        {
            var read = stream.Read(buffer);
            if (read == 0)
            {
                throw new InvalidDataException($"Block {index} at byte {offset}: the file ends inside the block.");
            }

            buffer = buffer[read..];
        }
    }
}
