namespace Glow.Node.Chain;

/// <summary>What a <see cref="StateEdit"/> sets. The values are stored: never renumber.</summary>
public enum StateEditKind : byte
{
    /// <summary>The balance, in wei.</summary>
    Balance = 1,

    /// <summary>The nonce.</summary>
    Nonce = 2,

    /// <summary>The code.</summary>
    Code = 3,

    /// <summary>One storage slot.</summary>
    Storage = 4,
}
