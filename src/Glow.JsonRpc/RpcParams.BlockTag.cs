using System.Text.Json;
using Glow.Core;
using Glow.JsonRpc.Client;
using Glow.Node.Api;

namespace Glow.JsonRpc;

public readonly partial struct RpcParams
{
    /// <summary>
    /// Argument <paramref name="index"/> as a block: a tag, a number, a 32-byte hash string, or an EIP-1898 object
    /// (<c>{"blockHash", "requireCanonical"}</c> or <c>{"blockNumber"}</c>) (rpc.md, rule 3).
    /// </summary>
    /// <exception cref="RpcErrorException">-32602: missing or malformed.</exception>
    public BlockTag BlockTag(int index)
    {
        string? error = TryParseBlockTag(Raw(index), allowHash: true, out var tag);
        return error is null ? tag : throw InvalidArgument(index, error);
    }

    /// <summary>As <see cref="BlockTag"/>, or <paramref name="fallback"/> when missing or null.</summary>
    public BlockTag OptionalBlockTag(int index, BlockTag fallback) => IsMissing(index) ? fallback : BlockTag(index);

    /// <summary>Argument <paramref name="index"/> as a block tag or number only (<c>eth_getBlockByNumber</c>, <c>eth_feeHistory</c>).</summary>
    /// <exception cref="RpcErrorException">-32602: missing, malformed, or a hash.</exception>
    public BlockTag BlockNumberTag(int index)
    {
        string? error = TryParseBlockTag(Raw(index), allowHash: false, out var tag);
        return error is null ? tag : throw InvalidArgument(index, error);
    }

    /// <summary>
    /// Parses a block parameter (for converters of filter objects and the like); returns null on success or geth's
    /// error text. Without <paramref name="allowHash"/>, only tags and numbers are accepted.
    /// </summary>
    public static string? TryParseBlockTag(JsonElement element, bool allowHash, out BlockTag tag)
    {
        tag = default;
        if (element.ValueKind == JsonValueKind.Object)
        {
            return allowHash ? TryParseEip1898(element, out tag) : "json: cannot unmarshal object into Go value of type string";
        }

        var text = StringContent(element, out bool isString);
        if (!isString)
        {
            return NonString("rpc.BlockNumber");
        }

        if (TryParseTag(text, out tag))
        {
            return null;
        }

        if (allowHash && text.Length == 66)
        {
            Span<byte> hash = stackalloc byte[Hash256.Size];
            string? hashError = RpcHexParser.TryParseFixed(text, hash, "common.Hash");
            tag = hashError is null ? Node.Api.BlockTag.OfHash(new Hash256(hash)) : default;
            return hashError;
        }

        return TryParseNumber(text, out tag);
    }

    private static bool TryParseTag(ReadOnlySpan<byte> text, out BlockTag tag)
    {
        tag = text switch
        {
            _ when text.SequenceEqual("latest"u8) => Node.Api.BlockTag.Latest,
            _ when text.SequenceEqual("pending"u8) => Node.Api.BlockTag.Pending,
            _ when text.SequenceEqual("earliest"u8) => Node.Api.BlockTag.Earliest,
            _ when text.SequenceEqual("safe"u8) => Node.Api.BlockTag.Safe,
            _ when text.SequenceEqual("finalized"u8) => Node.Api.BlockTag.Finalized,
            _ => Node.Api.BlockTag.OfNumber(ulong.MaxValue),
        };
        return tag.Kind != BlockTagKind.Number;
    }

    private static string? TryParseNumber(ReadOnlySpan<byte> text, out BlockTag tag)
    {
        tag = default;
        string? error = RpcHexParser.TryParseUInt64(text, out ulong number);
        if (error is not null)
        {
            return error;
        }

        if (number > long.MaxValue)
        {
            return "block number larger than int64";
        }

        tag = Node.Api.BlockTag.OfNumber(number);
        return null;
    }

    private static string? TryParseEip1898(JsonElement element, out BlockTag tag)
    {
        tag = default;
        bool hasHash = element.TryGetProperty("blockHash"u8, out var hashElement) && hashElement.ValueKind != JsonValueKind.Null;
        bool hasNumber = element.TryGetProperty("blockNumber"u8, out var numberElement) && numberElement.ValueKind != JsonValueKind.Null;
        if (hasHash && hasNumber)
        {
            return "cannot specify both BlockHash and BlockNumber, choose one or the other";
        }

        if (hasHash)
        {
            bool requireCanonical = false;
            if (element.TryGetProperty("requireCanonical"u8, out var canonical) && canonical.ValueKind != JsonValueKind.Null)
            {
                if (canonical.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                {
                    return "json: cannot unmarshal non-bool into Go struct field .requireCanonical of type bool";
                }

                requireCanonical = canonical.ValueKind == JsonValueKind.True;
            }

            var text = StringContent(hashElement, out bool isString);
            Span<byte> hash = stackalloc byte[Hash256.Size];
            string? hashError = isString ? RpcHexParser.TryParseFixed(text, hash, "common.Hash") : NonString("common.Hash");
            if (hashError is null)
            {
                tag = Node.Api.BlockTag.OfHash(new Hash256(hash), requireCanonical);
            }

            return hashError;
        }

        if (hasNumber)
        {
            var text = StringContent(numberElement, out bool isString);
            if (!isString)
            {
                return NonString("rpc.BlockNumber");
            }

            return TryParseTag(text, out tag) ? null : TryParseNumber(text, out tag);
        }

        return "invalid arguments; neither block nor hash specified";
    }
}
