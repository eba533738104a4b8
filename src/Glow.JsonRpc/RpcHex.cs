using System.Buffers;
using System.Text.Json;
using Glow.Core.Numerics;

namespace Glow.JsonRpc;

/// <summary>
/// Writes quantities and data as JSON strings in the encoding of rpc.md, rule 1: <c>0x</c> and lowercase hex;
/// quantities without leading zeros (zero is <c>0x0</c>), data with two digits per byte. Allocates nothing up to
/// 256 bytes of data (longer data borrows from the array pool).
/// </summary>
public static class RpcHex
{
    private const int StackLimit = 600;

    private static ReadOnlySpan<byte> Digits => "0123456789abcdef"u8;

    /// <summary>Writes <paramref name="value"/> as a quantity string value.</summary>
    public static void WriteQuantity(Utf8JsonWriter writer, ulong value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Span<byte> buffer = stackalloc byte[20];
        int length = FormatQuantity(value, buffer);
        writer.WriteRawValue(buffer[..length], skipInputValidation: true);
    }

    /// <summary>Writes <paramref name="value"/> as a quantity string value.</summary>
    public static void WriteQuantity(Utf8JsonWriter writer, in UInt256 value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value.IsUInt64)
        {
            WriteQuantity(writer, value.U0);
            return;
        }

        Span<byte> buffer = stackalloc byte[68];
        Span<byte> bytes = stackalloc byte[32];
        value.WriteBigEndian(bytes);
        int first = bytes.IndexOfAnyExcept((byte)0);
        buffer[0] = (byte)'"';
        buffer[1] = (byte)'0';
        buffer[2] = (byte)'x';
        int pos = 3;
        byte lead = bytes[first];
        if (lead >= 0x10)
        {
            buffer[pos++] = Digits[lead >> 4];
        }

        buffer[pos++] = Digits[lead & 0xf];
        for (int i = first + 1; i < 32; i++)
        {
            buffer[pos++] = Digits[bytes[i] >> 4];
            buffer[pos++] = Digits[bytes[i] & 0xf];
        }

        buffer[pos++] = (byte)'"';
        writer.WriteRawValue(buffer[..pos], skipInputValidation: true);
    }

    /// <summary>Writes <paramref name="data"/> as a data string value (<c>"0x"</c> for empty data).</summary>
    public static void WriteData(Utf8JsonWriter writer, ReadOnlySpan<byte> data)
    {
        ArgumentNullException.ThrowIfNull(writer);
        int length = data.Length * 2 + 4;
        byte[]? rented = null;
        Span<byte> buffer = length <= StackLimit ? stackalloc byte[StackLimit] : (rented = ArrayPool<byte>.Shared.Rent(length));
        try
        {
            buffer[0] = (byte)'"';
            buffer[1] = (byte)'0';
            buffer[2] = (byte)'x';
            int pos = 3;
            foreach (byte b in data)
            {
                buffer[pos++] = Digits[b >> 4];
                buffer[pos++] = Digits[b & 0xf];
            }

            buffer[pos++] = (byte)'"';
            writer.WriteRawValue(buffer[..pos], skipInputValidation: true);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Writes <c>"0x…"</c> with quotes for <paramref name="value"/> into <paramref name="buffer"/> (20 bytes) and returns the length.</summary>
    private static int FormatQuantity(ulong value, Span<byte> buffer)
    {
        int digits = value == 0 ? 1 : (64 - System.Numerics.BitOperations.LeadingZeroCount(value) + 3) >> 2;
        buffer[0] = (byte)'"';
        buffer[1] = (byte)'0';
        buffer[2] = (byte)'x';
        for (int i = 0; i < digits; i++)
        {
            buffer[3 + i] = Digits[(int)((value >> ((digits - 1 - i) * 4)) & 0xf)];
        }

        buffer[3 + digits] = (byte)'"';
        return digits + 4;
    }
}
