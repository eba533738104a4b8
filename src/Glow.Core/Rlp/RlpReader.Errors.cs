using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Glow.Core.Rlp;

/// <summary>
/// Throw helpers whose messages need formatting: kept out of line so that the reading methods stay small enough
/// to inline and carry no string-building code.
/// </summary>
public ref partial struct RlpReader
{
    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowNonCanonicalSingleByte(int offset, byte value) =>
        throw new RlpException(
            RlpError.NonCanonicalSingleByte, offset, $"0x81 0x{value:x2} must be encoded as the byte 0x{value:x2} alone");

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowLengthOverflow(int offset, ulong length) =>
        throw new RlpException(RlpError.LengthOverflow, offset, $"declared length {length} exceeds {int.MaxValue}");

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowNonCanonicalLength(int offset, ulong length) =>
        throw new RlpException(
            RlpError.NonCanonicalLength, offset, $"long-form header for {length} bytes, which must use the short form");

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowPastEnd(int offset, int needed, int available, bool isListContent) =>
        throw (isListContent
            ? new RlpException(
                RlpError.ListLengthMismatch,
                offset,
                $"the item needs {needed} more byte(s), the enclosing list has {available} left")
            : new RlpException(RlpError.Truncated, offset, $"the item needs {needed} more byte(s), the input has {available} left"));

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowIntegerOverflow(int offset, int length, int maxLength) =>
        throw new RlpException(RlpError.IntegerOverflow, offset, $"{length} bytes, at most {maxLength} allowed");

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowLeftover(int offset, int count, bool isListContent) =>
        throw (isListContent
            ? new RlpException(
                RlpError.ListLengthMismatch, offset, $"the list's items end {count} byte(s) before its declared length")
            : new RlpException(RlpError.TrailingBytes, offset, $"{count} byte(s) follow it"));
}
