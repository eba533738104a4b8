using System.Text.Json;
using Glow.Core;
using Glow.JsonRpc.Client;

namespace Glow.JsonRpc;

public readonly partial struct RpcParams
{
    /// <summary>
    /// Argument <paramref name="index"/> as a block: a tag, a number, a 32-byte hash string, or an EIP-1898 object
    /// (<c>{"blockHash", "requireCanonical"}</c> or <c>{"blockNumber"}</c>) (rpc.md, rule 3).
    /// </summary>
    /// <exception cref="RpcErrorException">-32602: missing or malformed.</exception>
    public BlockSelector BlockTag(int index)
    {
        string? error = TryParseBlockSelector(Raw(index), allowHash: true, out var selector);
        return error is null ? selector : throw InvalidArgument(index, error);
    }

    /// <summary>As <see cref="BlockTag"/>, or <paramref name="fallback"/> when missing or null.</summary>
    public BlockSelector OptionalBlockTag(int index, BlockSelector fallback) => IsMissing(index) ? fallback : BlockTag(index);

    /// <summary>Argument <paramref name="index"/> as a block tag or number only (<c>eth_getBlockByNumber</c>, <c>eth_feeHistory</c>).</summary>
    /// <exception cref="RpcErrorException">-32602: missing, malformed, or a hash.</exception>
    public BlockSelector BlockNumberTag(int index)
    {
        string? error = TryParseBlockSelector(Raw(index), allowHash: false, out var selector);
        return error is null ? selector : throw InvalidArgument(index, error);
    }

    /// <summary>
    /// Parses a block parameter (for converters of filter objects and the like); returns null on success or geth's
    /// error text. Without <paramref name="allowHash"/>, only tags and numbers are accepted.
    /// </summary>
    public static string? TryParseBlockSelector(JsonElement element, bool allowHash, out BlockSelector selector)
    {
        selector = default;
        if (element.ValueKind == JsonValueKind.Object)
        {
            return allowHash ? TryParseEip1898(element, out selector) : "json: cannot unmarshal object into Go value of type string";
        }

        var text = StringContent(element, out bool isString);
        if (!isString)
        {
            return NonString("rpc.BlockNumber");
        }

        if (TryParseTag(text, out selector))
        {
            return null;
        }

        if (allowHash && text.Length == 66)
        {
            Span<byte> hash = stackalloc byte[Hash256.Size];
            string? hashError = RpcHexParser.TryParseFixed(text, hash, "common.Hash");
            selector = hashError is null ? BlockSelector.ByHash(new Hash256(hash)) : default;
            return hashError;
        }

        return TryParseNumber(text, out selector);
    }

    private static bool TryParseTag(ReadOnlySpan<byte> text, out BlockSelector selector)
    {
        selector = text switch
        {
            _ when text.SequenceEqual("latest"u8) => BlockSelector.Latest,
            _ when text.SequenceEqual("pending"u8) => BlockSelector.Pending,
            _ when text.SequenceEqual("earliest"u8) => BlockSelector.Earliest,
            _ when text.SequenceEqual("safe"u8) => BlockSelector.Safe,
            _ when text.SequenceEqual("finalized"u8) => BlockSelector.Finalized,
            _ => BlockSelector.ByNumber(ulong.MaxValue),
        };
        return selector.Kind != BlockSelectorKind.Number;
    }

    private static string? TryParseNumber(ReadOnlySpan<byte> text, out BlockSelector selector)
    {
        selector = default;
        string? error = RpcHexParser.TryParseUInt64(text, out ulong number);
        if (error is not null)
        {
            return error;
        }

        if (number > long.MaxValue)
        {
            return "block number larger than int64";
        }

        selector = BlockSelector.ByNumber(number);
        return null;
    }

    private static string? TryParseEip1898(JsonElement element, out BlockSelector selector)
    {
        selector = default;
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
                selector = BlockSelector.ByHash(new Hash256(hash), requireCanonical);
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

            return TryParseTag(text, out selector) ? null : TryParseNumber(text, out selector);
        }

        return "invalid arguments; neither block nor hash specified";
    }
}
