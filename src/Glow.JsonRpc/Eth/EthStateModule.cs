using System.Text.Json;
using Glow.Core;
using Glow.Core.Crypto;
using Glow.Core.Numerics;
using Glow.Core.Transactions;
using Glow.Node.Api;
using Glow.State;

namespace Glow.JsonRpc.Eth;

/// <summary><c>eth_getProof</c> (EIP-1186) and the <c>txpool_</c> namespace (<c>txpool_content</c>, <c>txpool_status</c>, <c>txpool_inspect</c>).</summary>
public sealed class EthStateModule
{
    /// <summary>The most storage slots one <c>eth_getProof</c> may ask for.</summary>
    public const int MaxProofSlots = 1024;

    private readonly NodeApi _node;

    /// <summary>The methods over <paramref name="node"/>.</summary>
    public EthStateModule(NodeApi node)
    {
        ArgumentNullException.ThrowIfNull(node);
        _node = node;
    }

    /// <summary>Adds the methods to <paramref name="registry"/>.</summary>
    public void Register(RpcMethodRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        EthModule.AddGuarded(registry, "eth_getProof", 3, Proof);
        EthModule.AddGuarded(registry, "txpool_status", 0, _ => RpcResult.Json(writer =>
        {
            var status = _node.Pool.Status;
            writer.WriteStartObject();
            writer.WritePropertyName("pending");
            RpcHex.WriteQuantity(writer, (ulong)status.Pending);
            writer.WritePropertyName("queued");
            RpcHex.WriteQuantity(writer, (ulong)status.Queued);
            writer.WriteEndObject();
        }));
        EthModule.AddGuarded(registry, "txpool_content", 0, _ => Content(inspect: false));
        EthModule.AddGuarded(registry, "txpool_inspect", 0, _ => Content(inspect: true));
    }

    private RpcResult Proof(RpcParams p)
    {
        var address = p.Address(0);
        var slots = new List<UInt256>();
        var list = p.Raw(1);
        if (list.ValueKind != JsonValueKind.Array)
        {
            throw RpcParams.InvalidArgument(1, "expected an array of storage keys");
        }

        foreach (var item in list.EnumerateArray())
        {
            var text = item.ValueKind == JsonValueKind.String ? item.GetString()! : throw RpcParams.InvalidArgument(1, "storage keys must be hex strings");
            if (!text.StartsWith("0x", StringComparison.Ordinal) || text.Length > 66 || !UInt256.TryParse(text, out var slot))
            {
                throw RpcParams.InvalidArgument(1, $"invalid storage key \"{text}\"");
            }

            slots.Add(slot);
        }

        if (slots.Count > MaxProofSlots)
        {
            throw RpcParams.InvalidArgument(1, $"too many storage keys (at most {MaxProofSlots})");
        }

        var header = _node.Query.FindHeader(p.BlockTag(2)) ?? throw new ChainQueryException("header not found");
        if (header.Hash == _node.Query.Head.Hash && _node.Query.HeadHasUnminedEdits)
        {
            throw new ChainQueryException("the latest state has dev-mode edits (anvil_setBalance and the like) that no block carries yet: mine a block (evm_mine) to prove it");
        }

        var view = _node.Tree.State.Contains(header.StateRoot)
            ? _node.Tree.State.ViewAt(header.StateRoot)
            : throw new ChainQueryException($"state of block {header.Number} is not available");
        var proof = view.GetProof(address, slots);
        return RpcResult.Json(writer => WriteProof(writer, proof));
    }

    private static void WriteProof(Utf8JsonWriter writer, AccountProof proof)
    {
        var account = proof.Account ?? default;
        writer.WriteStartObject();
        writer.WritePropertyName("address");
        RpcHex.WriteData(writer, proof.Address.Bytes);
        writer.WritePropertyName("balance");
        RpcHex.WriteQuantity(writer, account.Balance);
        writer.WritePropertyName("codeHash");
        RpcHex.WriteData(writer, (proof.Account is null ? Keccak256.OfEmpty : account.CodeHash).Bytes);
        writer.WritePropertyName("nonce");
        RpcHex.WriteQuantity(writer, account.Nonce);
        writer.WritePropertyName("storageHash");
        RpcHex.WriteData(writer, (proof.Account is null ? Keccak256.OfEmptyString : account.StorageRoot).Bytes);
        WriteNodes(writer, "accountProof", proof.Nodes);
        writer.WriteStartArray("storageProof");
        foreach (var slot in proof.Storage)
        {
            writer.WriteStartObject();
            writer.WritePropertyName("key");
            RpcHex.WriteQuantity(writer, slot.Slot);
            writer.WritePropertyName("value");
            RpcHex.WriteQuantity(writer, slot.Value);
            WriteNodes(writer, "proof", slot.Nodes);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteNodes(Utf8JsonWriter writer, string name, IReadOnlyList<byte[]> nodes)
    {
        writer.WriteStartArray(name);
        foreach (var node in nodes)
        {
            RpcHex.WriteData(writer, node);
        }

        writer.WriteEndArray();
    }

    private RpcResult Content(bool inspect)
    {
        var pending = _node.Pool.GetPending();
        var queued = _node.Pool.GetQueued();
        return RpcResult.Json(writer =>
        {
            writer.WriteStartObject();
            WriteGroup(writer, "pending", pending, inspect);
            WriteGroup(writer, "queued", queued, inspect);
            writer.WriteEndObject();
        });
    }

    private static void WriteGroup(Utf8JsonWriter writer, string name, IReadOnlyDictionary<Address, IReadOnlyList<Transaction>> group, bool inspect)
    {
        writer.WriteStartObject(name);
        foreach (var (sender, transactions) in group)
        {
            writer.WriteStartObject(sender.ToChecksumString());
            foreach (var tx in transactions)
            {
                var nonce = tx.Nonce.ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (inspect)
                {
                    var to = tx.To?.ToChecksumString() ?? "contract creation";
                    writer.WriteString(nonce, $"{to}: {tx.Value} wei + {tx.GasLimit} gas × {tx.MaxFeePerGas} wei");
                }
                else
                {
                    writer.WritePropertyName(nonce);
                    RpcObjects.WriteTransaction(writer, new TransactionInfo(tx, sender, null, null, null, null));
                }
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }
}
