namespace Glow.Core.Chain;

/// <summary>
/// A chainspec that cannot be used: malformed JSON, a missing or unknown field, a value of the wrong type or out of
/// range. <see cref="Field"/> names the field by its JSON path (<c>params.gasLimit</c>, <c>genesis.alloc.0x…</c>;
/// <c>$</c> for the document itself), and the message starts with that path.
/// </summary>
public sealed class ChainSpecException : Exception
{
    /// <summary>The path of the JSON field that is wrong, for instance <c>params.baseFee.initial</c>; <c>$</c> for the whole document.</summary>
    public string Field { get; }

    /// <summary>Creates an exception about <paramref name="field"/>; the message is <c>field: detail</c>.</summary>
    public ChainSpecException(string field, string detail)
        : this(field, detail, null)
    {
    }

    /// <summary>Creates an exception about <paramref name="field"/> caused by <paramref name="innerException"/>.</summary>
    public ChainSpecException(string field, string detail, Exception? innerException)
        : base($"{field}: {detail}", innerException)
    {
        Field = field;
    }
}
