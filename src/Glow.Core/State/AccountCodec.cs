using Glow.Core.Rlp;

namespace Glow.Core.State;

/// <summary>
/// The encoding of an account in the state trie (Yellow Paper §4.1): <c>rlp([nonce, balance, storageRoot, codeHash])</c>,
/// at most 110 bytes (<see cref="MaxLength"/>).
/// </summary>
public static class AccountCodec
{
    /// <summary>An upper bound of the encoded length: list header, 9-byte nonce, 33-byte balance, two 33-byte hashes.</summary>
    public const int MaxLength = 2 + 9 + 33 + 33 + 33;

    /// <summary>The encoded length of <paramref name="account"/>.</summary>
    public static int LengthOf(in Account account) =>
        RlpEncoding.LengthOfList(ContentLength(account));

    /// <summary>Writes the encoding into <paramref name="destination"/> and returns its length.</summary>
    public static int Encode(in Account account, Span<byte> destination)
    {
        var writer = new RlpWriter(destination);
        writer.WriteListHeader(ContentLength(account));
        writer.WriteUInt64(account.Nonce);
        writer.WriteUInt256(account.Balance);
        writer.WriteHash(account.StorageRoot);
        writer.WriteHash(account.CodeHash);
        return writer.Position;
    }

    /// <summary>The encoding as a new array.</summary>
    public static byte[] Encode(in Account account)
    {
        Span<byte> buffer = stackalloc byte[MaxLength];
        return buffer[..Encode(account, buffer)].ToArray();
    }

    /// <summary>Decodes an account, strictly (canonical RLP, exactly four fields, 32-byte hashes).</summary>
    /// <exception cref="RlpException">The bytes are not an encoded account.</exception>
    public static Account Decode(ReadOnlySpan<byte> encoded)
    {
        var reader = new RlpReader(encoded);
        var fields = reader.ReadList();
        reader.EnsureAtEnd();
        var nonce = fields.ReadUInt64();
        var balance = fields.ReadUInt256();
        var storageRoot = fields.ReadHash();
        var codeHash = fields.ReadHash();
        fields.EnsureAtEnd();
        return new Account(nonce, balance, storageRoot, codeHash);
    }

    private static int ContentLength(in Account account) =>
        RlpEncoding.LengthOf(account.Nonce) + RlpEncoding.LengthOf(account.Balance) + (2 * RlpEncoding.HashLength);
}
