using Glow.Core.Crypto;
using Glow.Core.Numerics;
using Glow.Core.Rlp;

namespace Glow.Core.Blocks;

/// <summary>
/// RLP of a block header: the fifteen fields of the yellow paper, then each optional field of later forks in
/// order. An optional field may be present only when every one before it is, so a header never skips one.
/// </summary>
public static class BlockHeaderCodec
{
    /// <summary>Encoded length of the bloom: the header 0xb9 0x01 0x00 and 256 bytes.</summary>
    private const int BloomLength = 3 + Bloom.Size;

    /// <summary>Encoded length of the nonce: 0x88 and 8 bytes.</summary>
    private const int NonceLength = 1 + 8;

    /// <summary>The header's RLP encoding, whose Keccak-256 is the block hash.</summary>
    public static byte[] Encode(BlockHeader header)
    {
        var content = ContentLength(header);
        var buffer = new byte[RlpEncoding.LengthOfList(content)];
        var writer = new RlpWriter(buffer);
        Write(ref writer, header, content);
        return buffer;
    }

    /// <summary>Writes the header as one RLP list.</summary>
    public static void Write(ref RlpWriter writer, BlockHeader header) => Write(ref writer, header, ContentLength(header));

    /// <summary>Encoded length of the header's RLP list.</summary>
    public static int EncodedLength(BlockHeader header) => RlpEncoding.LengthOfList(ContentLength(header));

    /// <summary>Decodes a header from exactly <paramref name="encoded"/> (no trailing bytes).</summary>
    /// <exception cref="RlpException">The bytes are not a well-formed header.</exception>
    public static BlockHeader Decode(ReadOnlySpan<byte> encoded)
    {
        var reader = new RlpReader(encoded);
        var header = Read(ref reader);
        reader.EnsureAtEnd();
        return header;
    }

    /// <summary>Reads one header list and records the hash of its exact bytes.</summary>
    /// <exception cref="RlpException">The item is not a well-formed header.</exception>
    public static BlockHeader Read(ref RlpReader reader)
    {
        var start = reader.Position;
        var raw = reader.ReadEncodedItem();
        var fields = new RlpReader(raw).ReadList();
        var parentHash = fields.ReadHash();
        var ommersHash = fields.ReadHash();
        var coinbase = fields.ReadAddress();
        var stateRoot = fields.ReadHash();
        var transactionsRoot = fields.ReadHash();
        var receiptsRoot = fields.ReadHash();
        var bloomPosition = fields.Position;
        var bloomBytes = fields.ReadBytes();
        if (bloomBytes.Length != Bloom.Size)
        {
            throw new RlpException(RlpError.UnexpectedLength, start + bloomPosition, $"expected a 256-byte bloom, got {bloomBytes.Length} bytes");
        }

        var difficulty = fields.ReadUInt256();
        var number = fields.ReadUInt64();
        var gasLimit = fields.ReadUInt64();
        var gasUsed = fields.ReadUInt64();
        var timestamp = fields.ReadUInt64();
        var extraData = fields.ReadBytes().ToArray();
        var mixHash = fields.ReadHash();
        var noncePosition = fields.Position;
        var nonceBytes = fields.ReadBytes();
        if (nonceBytes.Length != 8)
        {
            throw new RlpException(RlpError.UnexpectedLength, start + noncePosition, $"expected an 8-byte nonce, got {nonceBytes.Length} bytes");
        }

        UInt256? baseFee = fields.IsAtEnd ? null : fields.ReadUInt256();
        Hash256? withdrawalsRoot = fields.IsAtEnd ? null : fields.ReadHash();
        ulong? blobGasUsed = fields.IsAtEnd ? null : fields.ReadUInt64();
        ulong? excessBlobGas = fields.IsAtEnd ? null : fields.ReadUInt64();
        Hash256? beaconRoot = fields.IsAtEnd ? null : fields.ReadHash();
        fields.EnsureAtEnd();

        var header = new BlockHeader
        {
            ParentHash = parentHash,
            OmmersHash = ommersHash,
            Coinbase = coinbase,
            StateRoot = stateRoot,
            TransactionsRoot = transactionsRoot,
            ReceiptsRoot = receiptsRoot,
            Bloom = new Bloom(bloomBytes),
            Difficulty = difficulty,
            Number = number,
            GasLimit = gasLimit,
            GasUsed = gasUsed,
            Timestamp = timestamp,
            ExtraData = extraData,
            MixHash = mixHash,
            Nonce = System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(nonceBytes),
            BaseFeePerGas = baseFee,
            WithdrawalsRoot = withdrawalsRoot,
            BlobGasUsed = blobGasUsed,
            ExcessBlobGas = excessBlobGas,
            ParentBeaconBlockRoot = beaconRoot,
        };
        header.SetHash(Keccak256.Compute(raw));
        return header;
    }

    private static int OptionalCount(BlockHeader h)
    {
        // The last present optional field decides how many are written; those before it must be present too.
        int count = h.ParentBeaconBlockRoot.HasValue ? 5
            : h.ExcessBlobGas.HasValue ? 4
            : h.BlobGasUsed.HasValue ? 3
            : h.WithdrawalsRoot.HasValue ? 2
            : h.BaseFeePerGas.HasValue ? 1
            : 0;
        if ((count >= 1 && !h.BaseFeePerGas.HasValue) || (count >= 2 && !h.WithdrawalsRoot.HasValue)
            || (count >= 3 && !h.BlobGasUsed.HasValue) || (count >= 4 && !h.ExcessBlobGas.HasValue))
        {
            throw new InvalidOperationException("A header field of a later fork is set while one of an earlier fork is missing.");
        }

        return count;
    }

    private static int ContentLength(BlockHeader h)
    {
        var length = (5 * RlpEncoding.HashLength) + RlpEncoding.AddressLength
            + BloomLength
            + RlpEncoding.LengthOf(h.Difficulty)
            + RlpEncoding.LengthOf(h.Number) + RlpEncoding.LengthOf(h.GasLimit) + RlpEncoding.LengthOf(h.GasUsed)
            + RlpEncoding.LengthOf(h.Timestamp) + RlpEncoding.LengthOf(h.ExtraData.Span)
            + RlpEncoding.HashLength + NonceLength;
        var optional = OptionalCount(h);
        if (optional >= 1)
        {
            length += RlpEncoding.LengthOf(h.BaseFeePerGas!.Value);
        }

        if (optional >= 2)
        {
            length += RlpEncoding.HashLength;
        }

        if (optional >= 3)
        {
            length += RlpEncoding.LengthOf(h.BlobGasUsed!.Value);
        }

        if (optional >= 4)
        {
            length += RlpEncoding.LengthOf(h.ExcessBlobGas!.Value);
        }

        if (optional >= 5)
        {
            length += RlpEncoding.HashLength;
        }

        return length;
    }

    private static void Write(ref RlpWriter writer, BlockHeader h, int content)
    {
        writer.WriteListHeader(content);
        writer.WriteHash(h.ParentHash);
        writer.WriteHash(h.OmmersHash);
        writer.WriteAddress(h.Coinbase);
        writer.WriteHash(h.StateRoot);
        writer.WriteHash(h.TransactionsRoot);
        writer.WriteHash(h.ReceiptsRoot);
        writer.WriteBytes(h.Bloom.Bytes);
        writer.WriteUInt256(h.Difficulty);
        writer.WriteUInt64(h.Number);
        writer.WriteUInt64(h.GasLimit);
        writer.WriteUInt64(h.GasUsed);
        writer.WriteUInt64(h.Timestamp);
        writer.WriteBytes(h.ExtraData.Span);
        writer.WriteHash(h.MixHash);
        Span<byte> nonce = stackalloc byte[8];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt64BigEndian(nonce, h.Nonce);
        writer.WriteBytes(nonce);
        var optional = OptionalCount(h);
        if (optional >= 1)
        {
            writer.WriteUInt256(h.BaseFeePerGas!.Value);
        }

        if (optional >= 2)
        {
            writer.WriteHash(h.WithdrawalsRoot!.Value);
        }

        if (optional >= 3)
        {
            writer.WriteUInt64(h.BlobGasUsed!.Value);
        }

        if (optional >= 4)
        {
            writer.WriteUInt64(h.ExcessBlobGas!.Value);
        }

        if (optional >= 5)
        {
            writer.WriteHash(h.ParentBeaconBlockRoot!.Value);
        }
    }
}
