using System.CommandLine;
using System.Text;
using System.Text.Json;
using Glow.Core.Encoding;
using Glow.Core.Numerics;
using Glow.Core.Transactions;

namespace Glow.Cli.Commands;

/// <summary><c>utg tx decode &lt;hex&gt;</c>: prints a signed transaction as JSON, with its hash and recovered sender.</summary>
internal static class TxCommand
{
    public static Command Create()
    {
        var hex = new Argument<string>("hex") { Description = "The signed transaction (as given to eth_sendRawTransaction), 0x-prefixed hex" };
        var decode = new Command("decode", "Decode a raw transaction and print it as JSON with its hash and sender") { hex };
        decode.SetAction(result =>
        {
            var console = result.InvocationConfiguration;
            if (!Hex.TryDecode(result.GetValue(hex)!.Trim(), out var bytes))
            {
                console.Error.WriteLine("error: not hex data (expected 0x followed by an even number of hex digits)");
                return 2;
            }

            try
            {
                var tx = TransactionDecoder.Decode(bytes);
                console.Output.WriteLine(ToJson(tx));
                return 0;
            }
            catch (InvalidTransactionException e)
            {
                console.Error.WriteLine($"error: invalid transaction: {e.Message.ReplaceLineEndings(" ")}");
                return 2;
            }
        });
        return new Command("tx", "Work with transactions") { decode };
    }

    /// <summary>The transaction in the JSON-RPC's field names and encodings (quantities as 0x hex).</summary>
    internal static string ToJson(Transaction tx)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("type", Quantity((ulong)tx.Type));
            json.WriteString("hash", tx.Hash.ToString());
            var sender = tx.RecoverSender();
            if (sender is { } from)
            {
                json.WriteString("from", from.ToChecksumString());
            }
            else
            {
                json.WriteNull("from");
            }

            if (tx.ChainId is { } chainId)
            {
                json.WriteString("chainId", chainId.ToHexString());
            }

            json.WriteString("nonce", Quantity(tx.Nonce));
            if (tx.Type >= TxType.DynamicFee)
            {
                json.WriteString("maxPriorityFeePerGas", tx.MaxPriorityFeePerGas.ToHexString());
                json.WriteString("maxFeePerGas", tx.MaxFeePerGas.ToHexString());
            }
            else
            {
                json.WriteString("gasPrice", tx.GasPrice.ToHexString());
            }

            json.WriteString("gas", Quantity(tx.GasLimit));
            if (tx.To is { } to)
            {
                json.WriteString("to", to.ToChecksumString());
            }
            else
            {
                json.WriteNull("to");
            }

            json.WriteString("value", tx.Value.ToHexString());
            json.WriteString("input", Hex.Encode(tx.Data.Span));
            if (tx.Type != TxType.Legacy)
            {
                WriteAccessList(json, tx.AccessList);
            }

            if (tx.Type == TxType.Blob)
            {
                json.WriteString("maxFeePerBlobGas", tx.MaxFeePerBlobGas.ToHexString());
                json.WriteStartArray("blobVersionedHashes");
                foreach (var hash in tx.BlobVersionedHashes)
                {
                    json.WriteStringValue(hash.ToString());
                }

                json.WriteEndArray();
            }

            json.WriteString("v", tx.V.ToHexString());
            if (tx.Type != TxType.Legacy)
            {
                json.WriteString("yParity", tx.V.ToHexString());
            }

            json.WriteString("r", tx.R.ToHexString());
            json.WriteString("s", tx.S.ToHexString());
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteAccessList(Utf8JsonWriter json, IReadOnlyList<AccessListEntry> accessList)
    {
        json.WriteStartArray("accessList");
        foreach (var entry in accessList)
        {
            json.WriteStartObject();
            json.WriteString("address", entry.Address.ToString());
            json.WriteStartArray("storageKeys");
            foreach (var key in entry.StorageKeys)
            {
                json.WriteStringValue(key.ToString());
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static string Quantity(ulong value) => ((UInt256)value).ToHexString();
}
