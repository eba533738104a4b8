using System.Text.Json;
using Glow.Core.Specs;

namespace Glow.Core.Chain;

/// <summary>
/// Reads a <see cref="ChainSpec"/> from JSON. The format, with every optional field at its default:
/// <code>
/// {
///   "name": "UltronGlow dev",                 required, non-empty
///   "description": "free text",               optional, ignored
///   "chainId": 1337,                          required, 1 … 2^64-1
///   "fork": "cancun",                         required; only "cancun" (any case) for now
///   "params": {                               optional, as are all its fields
///     "gasLimit": 100000000,                  at least 5,000
///     "blockIntervalSeconds": 10,             at least 1
///     "cycleLength": 210,                     at least 1
///     "baseFee": {
///       "initial": "1000000000",              wei per gas (1 gwei)
///       "min": 0,                             at most "initial"
///       "elasticityMultiplier": 2,            at least 1
///       "maxChangeDenominator": 8             at least 1
///     },
///     "rewards": {
///       "initial": "500000000000000000",      wei per block in era 1 (0.5 UTG)
///       "decayNumerator": 96,                 below decayDenominator
///       "decayDenominator": 100,
///       "eraLength": 420000                   a multiple of cycleLength
///     }
///   },
///   "preinstalls": true,                      optional: the CREATE2 deployer and Multicall3 at genesis
///   "systemContracts": {                      optional
///     "staking": "0x0000000000000000000000000000000000001000",
///     "srt": "0x0000000000000000000000000000000000001001"
///   },
///   "genesis": {                              required
///     "timestamp": 0,                         required, seconds since the Unix epoch
///     "coinbase": "0x0000000000000000000000000000000000000000",
///     "alloc": { "0x…": { "balance": "…", "nonce": "…", "code": "0x…", "storage": { "…": "…" } } }
///   }
/// }
/// </code>
/// Numbers are JSON numbers of digits only, or strings holding decimal digits or <c>0x</c> hex. Addresses are
/// <c>0x</c> and 40 hex digits, with a valid EIP-55 checksum when written in mixed case. The <c>alloc</c> entries are
/// those of <see cref="GenesisAlloc"/> (geth's genesis format); an entry may not sit at a preinstall's address while
/// preinstalls are on, nor at a system contract's. Unknown fields are errors at every level, so a misspelt field
/// never silently takes its default. Any error throws <see cref="ChainSpecException"/> naming the field by its path.
/// </summary>
public static class ChainSpecLoader
{
    /// <summary>The lowest gas limit a chainspec may set (geth's <c>MinGasLimit</c>).</summary>
    public const ulong MinGasLimit = 5_000;

    /// <summary>The name of the embedded development chainspec.</summary>
    private const string DevResource = "Glow.Core.Chain.dev.json";

    private static readonly JsonDocumentOptions Strict = new() { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow };

    /// <summary>Parses a chainspec from its JSON text.</summary>
    /// <exception cref="ChainSpecException">The text is not JSON or not a valid chainspec.</exception>
    public static ChainSpec Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, Strict);
        }
        catch (JsonException e)
        {
            throw new ChainSpecException("$", $"not valid JSON: {e.Message}", e);
        }

        using (document)
        {
            return Read(document.RootElement);
        }
    }

    /// <summary>Reads a chainspec from a stream of UTF-8 JSON (the stream is read to its end, not closed).</summary>
    /// <exception cref="ChainSpecException">The content is not JSON or not a valid chainspec.</exception>
    public static ChainSpec Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(stream, Strict);
        }
        catch (JsonException e)
        {
            throw new ChainSpecException("$", $"not valid JSON: {e.Message}", e);
        }

        using (document)
        {
            return Read(document.RootElement);
        }
    }

    /// <summary>The JSON text of the development chainspec built into this assembly (chain id 1337).</summary>
    public static string DevJson()
    {
        using var stream = typeof(ChainSpecLoader).Assembly.GetManifestResourceStream(DevResource)
            ?? throw new InvalidOperationException($"The embedded resource {DevResource} is missing from Glow.Core.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The development chainspec built into this assembly (<see cref="DevJson"/>).</summary>
    public static ChainSpec Dev() => Parse(DevJson());

    private static ChainSpec Read(JsonElement root)
    {
        var top = new ChainSpecJsonObject(root, "$");
        var name = ChainSpecValues.ReadNonEmptyString(top.Take("name"), "name");
        if (top.TryTake("description", out var description))
        {
            ChainSpecValues.ReadString(description, "description");
        }

        var chainId = ChainSpecValues.ReadUInt64(top.Take("chainId"), "chainId");
        if (chainId == 0)
        {
            throw new ChainSpecException("chainId", "must not be 0 (EIP-155 signatures need a chain id)");
        }

        var fork = ReadFork(top.Take("fork"));
        var spec = new ChainSpec { Name = name, ChainId = chainId, Fork = fork };
        if (top.TryTake("params", out var parameters))
        {
            spec = ReadParams(spec, new ChainSpecJsonObject(parameters, "params"));
        }

        if (top.TryTake("preinstalls", out var preinstalls) && !ChainSpecValues.ReadBoolean(preinstalls, "preinstalls"))
        {
            spec = spec with { Preinstalls = [] };
        }

        if (top.TryTake("systemContracts", out var systemContracts))
        {
            spec = spec with { SystemContracts = ReadSystemContracts(new ChainSpecJsonObject(systemContracts, "systemContracts"), spec) };
        }

        spec = spec with { Genesis = ReadGenesis(new ChainSpecJsonObject(top.Take("genesis"), "genesis"), spec) };
        top.RejectUnknown();
        return spec;
    }

    private static ReleaseSpec ReadFork(JsonElement value)
    {
        var text = ChainSpecValues.ReadNonEmptyString(value, "fork");
        return string.Equals(text, "cancun", StringComparison.OrdinalIgnoreCase)
            ? Forks.Cancun
            : throw new ChainSpecException("fork", $"unknown fork \"{text}\" (supported: \"cancun\")");
    }

    private static ChainSpec ReadParams(ChainSpec spec, ChainSpecJsonObject parameters)
    {
        if (parameters.TryTake("gasLimit", out var gasLimit))
        {
            spec = spec with { GasLimit = AtLeast(ChainSpecValues.ReadUInt64(gasLimit, "params.gasLimit"), MinGasLimit, "params.gasLimit") };
        }

        if (parameters.TryTake("blockIntervalSeconds", out var interval))
        {
            spec = spec with { BlockIntervalSeconds = AtLeast(ChainSpecValues.ReadUInt64(interval, "params.blockIntervalSeconds"), 1, "params.blockIntervalSeconds") };
        }

        if (parameters.TryTake("cycleLength", out var cycle))
        {
            spec = spec with { CycleLength = AtLeast(ChainSpecValues.ReadUInt64(cycle, "params.cycleLength"), 1, "params.cycleLength") };
        }

        if (parameters.TryTake("baseFee", out var baseFee))
        {
            spec = spec with { BaseFee = ReadBaseFee(new ChainSpecJsonObject(baseFee, "params.baseFee")) };
        }

        // Read last: the era length is checked against the cycle length.
        if (parameters.TryTake("rewards", out var rewards))
        {
            spec = spec with { Rewards = ReadRewards(new ChainSpecJsonObject(rewards, "params.rewards"), spec.CycleLength) };
        }
        else if (spec.Rewards.EraLength % spec.CycleLength != 0)
        {
            throw new ChainSpecException("params.cycleLength", $"the default era length ({spec.Rewards.EraLength}) is not a multiple of the cycle length ({spec.CycleLength}); set params.rewards.eraLength (protocol.md §3)");
        }

        parameters.RejectUnknown();
        return spec;
    }

    private static BaseFeeParameters ReadBaseFee(ChainSpecJsonObject baseFee)
    {
        var result = BaseFeeParameters.Default;
        if (baseFee.TryTake("initial", out var initial))
        {
            result = result with { InitialBaseFee = ChainSpecValues.ReadUInt256(initial, "params.baseFee.initial") };
        }

        if (baseFee.TryTake("min", out var min))
        {
            result = result with { MinBaseFee = ChainSpecValues.ReadUInt256(min, "params.baseFee.min") };
        }

        if (baseFee.TryTake("elasticityMultiplier", out var elasticity))
        {
            result = result with { ElasticityMultiplier = AtLeast(ChainSpecValues.ReadUInt64(elasticity, "params.baseFee.elasticityMultiplier"), 1, "params.baseFee.elasticityMultiplier") };
        }

        if (baseFee.TryTake("maxChangeDenominator", out var denominator))
        {
            result = result with { MaxChangeDenominator = AtLeast(ChainSpecValues.ReadUInt64(denominator, "params.baseFee.maxChangeDenominator"), 1, "params.baseFee.maxChangeDenominator") };
        }

        if (result.MinBaseFee > result.InitialBaseFee)
        {
            throw new ChainSpecException("params.baseFee.min", $"the minimum base fee ({result.MinBaseFee}) is above the initial base fee ({result.InitialBaseFee})");
        }

        baseFee.RejectUnknown();
        return result;
    }

    private static BlockRewardSchedule ReadRewards(ChainSpecJsonObject rewards, ulong cycleLength)
    {
        var defaults = BlockRewardSchedule.Default;
        var initial = rewards.TryTake("initial", out var initialValue) ? ChainSpecValues.ReadUInt256(initialValue, "params.rewards.initial") : defaults.InitialReward;
        var numerator = rewards.TryTake("decayNumerator", out var numeratorValue) ? ChainSpecValues.ReadUInt64(numeratorValue, "params.rewards.decayNumerator") : defaults.DecayNumerator;
        var denominator = rewards.TryTake("decayDenominator", out var denominatorValue)
            ? AtLeast(ChainSpecValues.ReadUInt64(denominatorValue, "params.rewards.decayDenominator"), 1, "params.rewards.decayDenominator")
            : defaults.DecayDenominator;
        var eraLength = rewards.TryTake("eraLength", out var eraValue)
            ? AtLeast(ChainSpecValues.ReadUInt64(eraValue, "params.rewards.eraLength"), 1, "params.rewards.eraLength")
            : defaults.EraLength;
        if (numerator >= denominator)
        {
            throw new ChainSpecException("params.rewards.decayNumerator", $"must be below params.rewards.decayDenominator ({denominator}), or rewards never end");
        }

        if (eraLength % cycleLength != 0)
        {
            throw new ChainSpecException("params.rewards.eraLength", $"the era length ({eraLength}) must be a multiple of the cycle length ({cycleLength}), so every block of a cycle earns the same reward (protocol.md §3)");
        }

        rewards.RejectUnknown();
        if (initial == defaults.InitialReward && numerator == defaults.DecayNumerator && denominator == defaults.DecayDenominator && eraLength == defaults.EraLength)
        {
            // The protocol's schedule: share its table rather than build another (a few milliseconds of big-integer work).
            return defaults;
        }

        try
        {
            return new BlockRewardSchedule(initial, numerator, denominator, eraLength);
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw new ChainSpecException("params.rewards.decayNumerator", $"the reward would stay above zero for more than {BlockRewardSchedule.MaxEras} eras; decay faster", e);
        }
    }

    private static SystemContracts ReadSystemContracts(ChainSpecJsonObject contracts, ChainSpec spec)
    {
        var result = spec.SystemContracts;
        if (contracts.TryTake("staking", out var staking))
        {
            result = result with { Staking = ChainSpecValues.ReadAddress(staking, "systemContracts.staking") };
        }

        if (contracts.TryTake("srt", out var srt))
        {
            result = result with { Srt = ChainSpecValues.ReadAddress(srt, "systemContracts.srt") };
        }

        if (result.Srt == result.Staking)
        {
            throw new ChainSpecException("systemContracts.srt", $"the SRT contract cannot share the Staking contract's address {result.Staking}");
        }

        foreach (var address in result.All)
        {
            if (address.IsZero)
            {
                throw new ChainSpecException(address == result.Staking ? "systemContracts.staking" : "systemContracts.srt", "a system contract cannot live at the zero address");
            }

            foreach (var preinstall in spec.Preinstalls)
            {
                if (preinstall.Address == address)
                {
                    throw new ChainSpecException(address == result.Staking ? "systemContracts.staking" : "systemContracts.srt", $"{address} is the {preinstall.Name} preinstall's address");
                }
            }
        }

        contracts.RejectUnknown();
        return result;
    }

    private static GenesisSpec ReadGenesis(ChainSpecJsonObject genesis, ChainSpec spec)
    {
        var timestamp = ChainSpecValues.ReadUInt64(genesis.Take("timestamp"), "genesis.timestamp");
        var coinbase = genesis.TryTake("coinbase", out var coinbaseValue) ? ChainSpecValues.ReadAddress(coinbaseValue, "genesis.coinbase") : Address.Zero;
        var alloc = genesis.TryTake("alloc", out var allocValue) ? ReadAlloc(allocValue, spec) : new SortedDictionary<Address, GenesisAccount>();
        genesis.RejectUnknown();
        return new GenesisSpec { Timestamp = timestamp, Coinbase = coinbase, Alloc = alloc };
    }

    private static SortedDictionary<Address, GenesisAccount> ReadAlloc(JsonElement value, ChainSpec spec)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            throw new ChainSpecException("genesis.alloc", $"expected an object of accounts, got {ChainSpecValues.Show(value)}");
        }

        var alloc = new SortedDictionary<Address, GenesisAccount>();
        foreach (var entry in value.EnumerateObject())
        {
            var path = $"genesis.alloc.{entry.Name}";
            var text = entry.Name.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? entry.Name : "0x" + entry.Name;
            if (!Address.TryParseIgnoringChecksum(text, out var address))
            {
                throw new ChainSpecException(path, "the key is not an address (40 hex digits)");
            }

            CheckReserved(address, path, spec);

            // GenesisAlloc reads one account at a time here, so that its error (which names the account's field) comes
            // with this account's path.
            SortedDictionary<Address, GenesisAccount> one;
            try
            {
                one = GenesisAlloc.Parse($"{{\"{address}\":{entry.Value.GetRawText()}}}");
            }
            catch (FormatException e)
            {
                throw new ChainSpecException(path, e.Message, e);
            }

            if (!alloc.TryAdd(address, one[address]))
            {
                throw new ChainSpecException(path, $"the account {address} is listed twice");
            }
        }

        return alloc;
    }

    private static void CheckReserved(in Address address, string path, ChainSpec spec)
    {
        foreach (var preinstall in spec.Preinstalls)
        {
            if (preinstall.Address == address)
            {
                throw new ChainSpecException(path, $"{address} is where the {preinstall.Name} preinstall goes; remove the account, or set \"preinstalls\": false");
            }
        }

        if (address == spec.SystemContracts.Staking || address == spec.SystemContracts.Srt)
        {
            throw new ChainSpecException(path, $"{address} is reserved for a system contract (systemContracts)");
        }
    }

    private static ulong AtLeast(ulong value, ulong minimum, string path) =>
        value >= minimum ? value : throw new ChainSpecException(path, $"must be at least {minimum}, got {value}");
}
