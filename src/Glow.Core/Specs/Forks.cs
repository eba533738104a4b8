namespace Glow.Core.Specs;

/// <summary>
/// The Ethereum forks from Frontier to Cancun, each the previous one plus its EIPs. UltronGlow runs
/// <see cref="Cancun"/> (protocol.md §2); the older forks exist for the conformance suites and for
/// replaying chains made under them.
/// </summary>
public static class Forks
{
    /// <summary>Frontier (2015).</summary>
    public static ReleaseSpec Frontier { get; } = new() { Name = "Frontier" };

    /// <summary>Homestead: EIP-2, EIP-7.</summary>
    public static ReleaseSpec Homestead { get; } = Frontier with { Name = "Homestead", IsEip2Enabled = true, IsEip7Enabled = true };

    /// <summary>Tangerine Whistle: EIP-150.</summary>
    public static ReleaseSpec TangerineWhistle { get; } = Homestead with { Name = "EIP150", IsEip150Enabled = true };

    /// <summary>Spurious Dragon: EIP-155, 158/161, 160, 170.</summary>
    public static ReleaseSpec SpuriousDragon { get; } = TangerineWhistle with
    {
        Name = "EIP158",
        IsEip155Enabled = true,
        IsEip158Enabled = true,
        IsEip160Enabled = true,
        IsEip170Enabled = true,
    };

    /// <summary>Byzantium: EIP-140, 196, 197, 198, 211, 214, 658.</summary>
    public static ReleaseSpec Byzantium { get; } = SpuriousDragon with
    {
        Name = "Byzantium",
        IsEip140Enabled = true,
        IsEip196Enabled = true,
        IsEip197Enabled = true,
        IsEip198Enabled = true,
        IsEip211Enabled = true,
        IsEip214Enabled = true,
        IsEip658Enabled = true,
    };

    /// <summary>Constantinople: EIP-145, 1014, 1052, 1283.</summary>
    public static ReleaseSpec Constantinople { get; } = Byzantium with
    {
        Name = "Constantinople",
        IsEip145Enabled = true,
        IsEip1014Enabled = true,
        IsEip1052Enabled = true,
        IsEip1283Enabled = true,
    };

    /// <summary>Petersburg (the test suites' <c>ConstantinopleFix</c>): Constantinople without EIP-1283.</summary>
    public static ReleaseSpec Petersburg { get; } = Constantinople with { Name = "ConstantinopleFix", IsEip1283Enabled = false };

    /// <summary>Istanbul: EIP-152, 1108, 1344, 1884, 2028, 2200.</summary>
    public static ReleaseSpec Istanbul { get; } = Petersburg with
    {
        Name = "Istanbul",
        IsEip152Enabled = true,
        IsEip1108Enabled = true,
        IsEip1344Enabled = true,
        IsEip1884Enabled = true,
        IsEip2028Enabled = true,
        IsEip2200Enabled = true,
    };

    /// <summary>Berlin: EIP-2565, 2718, 2929, 2930.</summary>
    public static ReleaseSpec Berlin { get; } = Istanbul with
    {
        Name = "Berlin",
        IsEip2565Enabled = true,
        IsEip2929Enabled = true,
        IsEip2930Enabled = true,
    };

    /// <summary>London: EIP-1559, 3198, 3529, 3541.</summary>
    public static ReleaseSpec London { get; } = Berlin with
    {
        Name = "London",
        IsEip1559Enabled = true,
        IsEip3198Enabled = true,
        IsEip3529Enabled = true,
        IsEip3541Enabled = true,
    };

    /// <summary>Paris, the Merge: EIP-3675 and EIP-4399.</summary>
    public static ReleaseSpec Paris { get; } = London with { Name = "Paris", IsEip4399Enabled = true };

    /// <summary>Shanghai: EIP-3651, 3855, 3860, 4895.</summary>
    public static ReleaseSpec Shanghai { get; } = Paris with
    {
        Name = "Shanghai",
        IsEip3651Enabled = true,
        IsEip3855Enabled = true,
        IsEip3860Enabled = true,
        IsEip4895Enabled = true,
    };

    /// <summary>Cancun: EIP-1153, 4788, 4844, 5656, 6780, 7516. The rules of UltronGlow.</summary>
    public static ReleaseSpec Cancun { get; } = Shanghai with
    {
        Name = "Cancun",
        IsEip1153Enabled = true,
        IsEip4788Enabled = true,
        IsEip4844Enabled = true,
        IsEip5656Enabled = true,
        IsEip6780Enabled = true,
        IsEip7516Enabled = true,
    };

    /// <summary>Every fork, oldest first.</summary>
    public static IReadOnlyList<ReleaseSpec> All { get; } =
        [Frontier, Homestead, TangerineWhistle, SpuriousDragon, Byzantium, Constantinople, Petersburg, Istanbul, Berlin, London, Paris, Shanghai, Cancun];

    /// <summary>
    /// The fork with the given name as the test suites write it; also accepts the common aliases
    /// (<c>TangerineWhistle</c>, <c>SpuriousDragon</c>, <c>Petersburg</c>, <c>Merge</c>). Case-insensitive.
    /// </summary>
    public static ReleaseSpec? FindByName(string name) => name.ToUpperInvariant() switch
    {
        "TANGERINEWHISTLE" => TangerineWhistle,
        "SPURIOUSDRAGON" => SpuriousDragon,
        "PETERSBURG" => Petersburg,
        "MERGE" or "PARIS" => Paris,
        _ => All.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase)),
    };
}
