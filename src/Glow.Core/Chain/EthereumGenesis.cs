using System.Text.Json;
using Glow.Core.Blocks;
using Glow.Core.Crypto;
using Glow.Core.Encoding;
using Glow.Core.Numerics;
using Glow.Core.Specs;

namespace Glow.Core.Chain;

/// <summary>
/// An Ethereum chain's genesis in geth's <c>genesis.json</c> format (the <c>config</c> fork schedule, the genesis header's
/// fields and the <c>alloc</c>), for replaying chains made by Ethereum clients: the execution-apis conformance chain,
/// hive's chains, devnets. Only chains that run one fork from Paris on throughout are accepted (every fork active at
/// genesis, the terminal total difficulty reached by genesis): our block executor has no proof-of-work rules, and a
/// schedule with later transitions is refused with the name of the transition rather than replayed wrongly.
/// </summary>
public sealed record EthereumGenesis
{
    /// <summary>The block-numbered forks that must be active at genesis for a chain to start at Paris or later.</summary>
    private static readonly string[] RequiredBlockForks =
    [
        "homesteadBlock", "eip150Block", "eip155Block", "eip158Block", "byzantiumBlock", "constantinopleBlock",
        "petersburgBlock", "istanbulBlock", "berlinBlock", "londonBlock",
    ];

    /// <summary>Config fields that change nothing for a chain past the Merge (difficulty bombs, DAO, PoW engines).</summary>
    private static readonly string[] InertConfigFields =
    [
        "daoForkBlock", "daoForkSupport", "eip150Hash", "muirGlacierBlock", "arrowGlacierBlock", "grayGlacierBlock",
        "mergeNetsplitBlock", "terminalTotalDifficultyPassed", "ethash", "clique", "depositContractAddress", "blobSchedule",
    ];

    /// <summary>Forks after Cancun, which this node does not implement.</summary>
    private static readonly string[] LaterForks = ["pragueTime", "osakaTime", "verkleTime", "bpo1Time", "bpo2Time"];

    /// <summary>The chain id (EIP-155).</summary>
    public required ulong ChainId { get; init; }

    /// <summary>The fork whose rules apply to every block.</summary>
    public required ReleaseSpec Fork { get; init; }

    /// <summary>The accounts at genesis, ordered by address.</summary>
    public required IReadOnlyDictionary<Address, GenesisAccount> Alloc { get; init; }

    /// <summary>The genesis header's fields other than the state root (which <see cref="CreateBlock"/> takes).</summary>
    public required BlockHeader Header { get; init; }

    /// <summary>Parses a <c>genesis.json</c>.</summary>
    /// <exception cref="ChainSpecException">Malformed, or a fork schedule this node cannot replay; the field is named.</exception>
    public static EthereumGenesis Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new ChainSpecException("(document)", $"not valid JSON: {e.Message}", e);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new ChainSpecException("(document)", "a genesis is a JSON object");
            }

            return Read(root);
        }
    }

    /// <summary>The genesis block for the state root of <see cref="Alloc"/>.</summary>
    public Block CreateBlock(in Hash256 stateRoot) =>
        new(new BlockHeader(Header) { StateRoot = stateRoot }, [], [], Fork.IsEip4895Enabled ? [] : null);

    private static EthereumGenesis Read(JsonElement root)
    {
        if (!root.TryGetProperty("config", out var config) || config.ValueKind != JsonValueKind.Object)
        {
            throw new ChainSpecException("config", "missing: a genesis needs its fork schedule");
        }

        var (chainId, fork) = ReadConfig(config);
        ulong number = 0, gasUsed = 0, timestamp = 0, nonce = 0, gasLimit = 0;
        UInt256 difficulty = default;
        UInt256? baseFee = null;
        ulong? excessBlobGas = null, blobGasUsed = null;
        Hash256 parentHash = Hash256.Zero, mixHash = Hash256.Zero;
        Address coinbase = default;
        byte[] extraData = [];
        IReadOnlyDictionary<Address, GenesisAccount> alloc = new SortedDictionary<Address, GenesisAccount>();
        var hasGasLimit = false;
        foreach (var property in root.EnumerateObject())
        {
            var value = property.Value;
            switch (property.Name)
            {
                case "config":
                    break;
                case "nonce":
                    nonce = ChainSpecValues.ReadUInt64(value, "nonce");
                    break;
                case "timestamp":
                    timestamp = ChainSpecValues.ReadUInt64(value, "timestamp");
                    break;
                case "extraData":
                    extraData = ReadBytes(value, "extraData");
                    if (extraData.Length > 32)
                    {
                        throw new ChainSpecException("extraData", $"{extraData.Length} bytes, at most 32");
                    }

                    break;
                case "gasLimit":
                    gasLimit = ChainSpecValues.ReadUInt64(value, "gasLimit");
                    hasGasLimit = true;
                    break;
                case "difficulty":
                    difficulty = ChainSpecValues.ReadUInt256(value, "difficulty");
                    break;
                case "mixHash":
                    mixHash = ReadHash(value, "mixHash");
                    break;
                case "parentHash":
                    parentHash = ReadHash(value, "parentHash");
                    break;
                case "coinbase":
                    coinbase = ChainSpecValues.ReadAddress(value, "coinbase");
                    break;
                case "number":
                    number = ChainSpecValues.ReadUInt64(value, "number");
                    break;
                case "gasUsed":
                    gasUsed = ChainSpecValues.ReadUInt64(value, "gasUsed");
                    break;
                case "baseFeePerGas":
                    baseFee = value.ValueKind == JsonValueKind.Null ? null : ChainSpecValues.ReadUInt256(value, "baseFeePerGas");
                    break;
                case "excessBlobGas":
                    excessBlobGas = value.ValueKind == JsonValueKind.Null ? null : ChainSpecValues.ReadUInt64(value, "excessBlobGas");
                    break;
                case "blobGasUsed":
                    blobGasUsed = value.ValueKind == JsonValueKind.Null ? null : ChainSpecValues.ReadUInt64(value, "blobGasUsed");
                    break;
                case "alloc":
                    try
                    {
                        alloc = GenesisAlloc.Parse(value);
                    }
                    catch (FormatException e)
                    {
                        throw new ChainSpecException("alloc", e.Message, e);
                    }

                    break;
                default:
                    throw new ChainSpecException(property.Name, "not a genesis field");
            }
        }

        if (!hasGasLimit)
        {
            throw new ChainSpecException("gasLimit", "missing");
        }

        if (number != 0 || gasUsed != 0)
        {
            throw new ChainSpecException(number != 0 ? "number" : "gasUsed", "a genesis block has number 0 and uses no gas");
        }

        CheckMerged(config, difficulty);
        var header = new BlockHeader
        {
            ParentHash = parentHash,
            OmmersHash = Keccak256.OfEmptyList,
            Coinbase = coinbase,
            TransactionsRoot = Keccak256.OfEmptyString,
            ReceiptsRoot = Keccak256.OfEmptyString,
            Difficulty = difficulty,
            Number = 0,
            GasLimit = gasLimit,
            Timestamp = timestamp,
            ExtraData = extraData,
            MixHash = mixHash,
            Nonce = nonce,
            BaseFeePerGas = baseFee ?? 1_000_000_000UL,
            WithdrawalsRoot = fork.IsEip4895Enabled ? Keccak256.OfEmptyString : null,
            BlobGasUsed = fork.IsEip4844Enabled ? blobGasUsed ?? 0 : null,
            ExcessBlobGas = fork.IsEip4844Enabled ? excessBlobGas ?? 0 : null,
            ParentBeaconBlockRoot = fork.IsEip4788Enabled ? Hash256.Zero : null,
        };
        return new EthereumGenesis { ChainId = chainId, Fork = fork, Alloc = alloc, Header = header };
    }

    private static (ulong ChainId, ReleaseSpec Fork) ReadConfig(JsonElement config)
    {
        ulong? chainId = null;
        ulong? shanghai = null, cancun = null;
        foreach (var property in config.EnumerateObject())
        {
            var path = "config." + property.Name;
            var name = property.Name;
            if (name == "chainId")
            {
                chainId = ChainSpecValues.ReadUInt64(property.Value, path);
            }
            else if (name == "shanghaiTime")
            {
                shanghai = ChainSpecValues.ReadUInt64(property.Value, path);
            }
            else if (name == "cancunTime")
            {
                cancun = ChainSpecValues.ReadUInt64(property.Value, path);
            }
            else if (Array.IndexOf(RequiredBlockForks, name) >= 0)
            {
                if (ChainSpecValues.ReadUInt64(property.Value, path) != 0)
                {
                    throw new ChainSpecException(path, "forks before the Merge must be active at genesis: this node has no proof-of-work rules to replay the blocks before them");
                }
            }
            else if (Array.IndexOf(LaterForks, name) >= 0)
            {
                throw new ChainSpecException(path, "forks after Cancun are not implemented");
            }
            else if (name != "terminalTotalDifficulty" && Array.IndexOf(InertConfigFields, name) < 0)
            {
                throw new ChainSpecException(path, "not a fork-schedule field");
            }
        }

        foreach (var required in RequiredBlockForks)
        {
            if (!config.TryGetProperty(required, out _))
            {
                throw new ChainSpecException("config." + required, "missing: every fork up to London must be active at genesis");
            }
        }

        if (shanghai is > 0 || cancun is > 0)
        {
            throw new ChainSpecException(cancun is > 0 ? "config.cancunTime" : "config.shanghaiTime", "fork transitions after genesis are not supported: every block is executed under the genesis fork");
        }

        if (cancun == 0 && shanghai != 0)
        {
            throw new ChainSpecException("config.shanghaiTime", "Cancun at genesis needs Shanghai at genesis");
        }

        var fork = cancun == 0 ? Forks.Cancun : shanghai == 0 ? Forks.Shanghai : Forks.Paris;
        return (chainId ?? throw new ChainSpecException("config.chainId", "missing"), fork);
    }

    /// <summary>The chain must have passed the Merge at genesis: its terminal total difficulty is at most genesis's.</summary>
    private static void CheckMerged(JsonElement config, in UInt256 genesisDifficulty)
    {
        if (!config.TryGetProperty("terminalTotalDifficulty", out var ttdValue))
        {
            throw new ChainSpecException("config.terminalTotalDifficulty", "missing: only chains past the Merge at genesis can be replayed");
        }

        var ttd = ChainSpecValues.ReadUInt256(ttdValue, "config.terminalTotalDifficulty");
        if (ttd > genesisDifficulty)
        {
            throw new ChainSpecException("config.terminalTotalDifficulty", $"{ttd} is above the genesis difficulty {genesisDifficulty}: the chain starts with proof-of-work blocks, which this node cannot replay");
        }
    }

    private static byte[] ReadBytes(JsonElement value, string path)
    {
        if (value.ValueKind != JsonValueKind.String || !Hex.TryDecode(value.GetString()!, out var bytes))
        {
            throw new ChainSpecException(path, $"expected hex bytes, got {ChainSpecValues.Show(value)}");
        }

        return bytes;
    }

    private static Hash256 ReadHash(JsonElement value, string path)
    {
        var bytes = ReadBytes(value, path);
        return bytes.Length == Hash256.Size ? new Hash256(bytes) : throw new ChainSpecException(path, $"expected 32 bytes, got {bytes.Length}");
    }
}
