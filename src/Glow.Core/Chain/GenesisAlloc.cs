using System.Globalization;
using System.Text.Json;
using Glow.Core.Encoding;
using Glow.Core.Numerics;

namespace Glow.Core.Chain;

/// <summary>
/// Reads a genesis allocation: the <c>alloc</c> object of a chainspec (geth's genesis format) or the <c>pre</c> object
/// of an Ethereum test. Keys are addresses (with or without <c>0x</c>); each account may give <c>balance</c>,
/// <c>nonce</c> (hex with <c>0x</c>, or decimal), <c>code</c> (hex) and <c>storage</c> (slot → value, hex or decimal).
/// Anything else is an error that names the account and the field.
/// </summary>
public static class GenesisAlloc
{
    /// <summary>Parses an allocation object; the result is ordered by address.</summary>
    /// <exception cref="FormatException">An address, number, code or slot is malformed, or a field is not understood.</exception>
    public static SortedDictionary<Address, GenesisAccount> Parse(JsonElement alloc)
    {
        if (alloc.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException($"A genesis allocation is a JSON object of accounts, not {alloc.ValueKind}.");
        }

        var accounts = new SortedDictionary<Address, GenesisAccount>();
        foreach (var property in alloc.EnumerateObject())
        {
            var text = property.Name.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? property.Name : "0x" + property.Name;
            if (!Address.TryParseIgnoringChecksum(text, out var address))
            {
                throw new FormatException($"Genesis allocation: '{property.Name}' is not an address.");
            }

            if (!accounts.TryAdd(address, ParseAccount(address, property.Value)))
            {
                throw new FormatException($"Genesis allocation: {address} is listed twice.");
            }
        }

        return accounts;
    }

    /// <summary>Parses the JSON text of an allocation object.</summary>
    /// <exception cref="FormatException">The text is not JSON, or the allocation is malformed.</exception>
    public static SortedDictionary<Address, GenesisAccount> Parse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return Parse(document.RootElement);
        }
        catch (JsonException e)
        {
            throw new FormatException($"Genesis allocation is not valid JSON: {e.Message}", e);
        }
    }

    private static GenesisAccount ParseAccount(in Address address, JsonElement account)
    {
        if (account.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException($"Genesis allocation: the account {address} is not a JSON object.");
        }

        var balance = UInt256.Zero;
        ulong nonce = 0;
        byte[] code = [];
        var storage = new SortedDictionary<UInt256, UInt256>();
        foreach (var field in account.EnumerateObject())
        {
            switch (field.Name)
            {
                case "balance":
                    balance = Number(address, field);
                    break;
                case "nonce":
                    var value = Number(address, field);
                    nonce = value <= ulong.MaxValue ? (ulong)value : throw new FormatException($"Genesis allocation: the nonce of {address} exceeds 2^64 - 1.");
                    break;
                case "code":
                    code = Bytes(address, field);
                    break;
                case "storage":
                    ParseStorage(address, field.Value, storage);
                    break;
                case "secretKey" or "privateKey" or "comment":
                    // Test fixtures and devnet chainspecs annotate accounts; the state does not hold these.
                    break;
                default:
                    throw new FormatException($"Genesis allocation: the account {address} has an unknown field '{field.Name}'.");
            }
        }

        return new GenesisAccount(balance, nonce, code, storage);
    }

    private static void ParseStorage(in Address address, JsonElement storage, SortedDictionary<UInt256, UInt256> into)
    {
        if (storage.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException($"Genesis allocation: the storage of {address} is not a JSON object.");
        }

        foreach (var entry in storage.EnumerateObject())
        {
            if (!UInt256.TryParse(entry.Name, out var slot))
            {
                throw new FormatException($"Genesis allocation: storage slot '{entry.Name}' of {address} is not a 256-bit number.");
            }

            into[slot] = Number(address, entry);
        }
    }

    private static UInt256 Number(in Address address, JsonProperty field)
    {
        var text = field.Value.ValueKind switch
        {
            JsonValueKind.String => field.Value.GetString()!,
            JsonValueKind.Number => field.Value.GetRawText(),
            _ => throw new FormatException($"Genesis allocation: '{field.Name}' of {address} is not a number."),
        };
        if (text.Length == 0 || text == "0x")
        {
            return UInt256.Zero;
        }

        return UInt256.TryParse(text, out var value)
            ? value
            : throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"Genesis allocation: '{field.Name}' of {address} is not a 256-bit number: \"{text}\"."));
    }

    private static byte[] Bytes(in Address address, JsonProperty field)
    {
        var text = field.Value.ValueKind == JsonValueKind.String ? field.Value.GetString()! : null;
        return text is not null && Hex.TryDecode(text, out var bytes)
            ? bytes
            : throw new FormatException($"Genesis allocation: '{field.Name}' of {address} is not hex bytes.");
    }
}
