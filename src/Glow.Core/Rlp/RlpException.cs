using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Glow.Core.Rlp;

/// <summary>Thrown for input that is not canonical RLP or not of the expected shape; names the rule and the offset.</summary>
public sealed class RlpException : Exception
{
    /// <summary>Creates an exception for <paramref name="error"/> at <paramref name="offset"/>.</summary>
    /// <param name="error">The rule that was broken.</param>
    /// <param name="offset">Offset in the top-level input of the item (or header) at fault.</param>
    /// <param name="detail">What was found, in a few words.</param>
    public RlpException(RlpError error, int offset, string detail)
        : base($"RLP {Describe(error)} at offset {offset}: {detail}")
    {
        Error = error;
        Offset = offset;
    }

    /// <summary>The rule that was broken.</summary>
    public RlpError Error { get; }

    /// <summary>Offset in the top-level input of the item (or header) at fault.</summary>
    public int Offset { get; }

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static void Throw(RlpError error, int offset, string detail) => throw new RlpException(error, offset, detail);

    private static string Describe(RlpError error) => error switch
    {
        RlpError.Truncated => "input truncated",
        RlpError.NonCanonicalSingleByte => "non-canonical single byte (a byte below 0x80 must be its own encoding)",
        RlpError.NonCanonicalLength => "non-canonical length (long form used for fewer than 56 bytes)",
        RlpError.LeadingZeroInLength => "non-canonical length (leading zero byte)",
        RlpError.LengthOverflow => "length overflow",
        RlpError.LeadingZeroInInteger => "non-canonical integer (leading zero byte)",
        RlpError.IntegerOverflow => "integer overflow",
        RlpError.UnexpectedList => "unexpected list (expected a byte string)",
        RlpError.UnexpectedBytes => "unexpected byte string (expected a list)",
        RlpError.TrailingBytes => "trailing bytes after the item",
        RlpError.ListLengthMismatch => "list length mismatch",
        _ => "error",
    };
}
