using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Glow.Core.Crypto;
using Glow.Core.Encoding;

namespace Glow.Core;

/// <summary>
/// A 20-byte account address. <see cref="ToString()"/> is lowercase hex (as the JSON-RPC writes it);
/// <see cref="ToChecksumString"/> is the mixed-case EIP-55 form wallets display.
/// </summary>
public readonly struct Address : IEquatable<Address>, IComparable<Address>, ISpanFormattable
{
    /// <summary>Length in bytes.</summary>
    public const int Size = 20;

    private readonly Bytes20 _bytes;

    /// <summary>Copies an address from exactly 20 bytes.</summary>
    /// <exception cref="ArgumentException"><paramref name="bytes"/> is not 20 bytes long.</exception>
    public Address(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != Size)
        {
            throw new ArgumentException($"An address is 20 bytes, got {bytes.Length}.", nameof(bytes));
        }

        bytes.CopyTo(_bytes);
    }

    /// <summary>The zero address.</summary>
    public static Address Zero => default;

    /// <summary>The 20 bytes.</summary>
    [UnscopedRef]
    public ReadOnlySpan<byte> Bytes => _bytes;

    /// <summary>True for the zero address.</summary>
    public bool IsZero => Bytes.IndexOfAnyExcept((byte)0) < 0;

    /// <summary>The address of a public key: the last 20 bytes of Keccak-256 of its 64-byte <c>x‖y</c> form.</summary>
    /// <exception cref="ArgumentException"><paramref name="publicKey64"/> is not 64 bytes long.</exception>
    public static Address FromPublicKey(ReadOnlySpan<byte> publicKey64)
    {
        if (publicKey64.Length != 64)
        {
            throw new ArgumentException("An uncompressed public key without prefix is 64 bytes.", nameof(publicKey64));
        }

        Span<byte> hash = stackalloc byte[Keccak256.HashSize];
        Keccak256.Hash(publicKey64, hash);
        return new Address(hash[12..]);
    }

    /// <summary>Copies the 20 bytes into <paramref name="destination"/>.</summary>
    public void CopyTo(Span<byte> destination) => Bytes.CopyTo(destination);

    /// <summary>The 20 bytes as a new array.</summary>
    public byte[] ToArray() => Bytes.ToArray();

    /// <summary>
    /// Parses <c>0x</c> and 40 hex digits. All-lowercase and all-uppercase text is accepted as is; mixed
    /// case must be a valid EIP-55 checksum, since a wrong one usually means a mistyped address.
    /// </summary>
    /// <exception cref="FormatException">Not an address, or a mixed-case address with a wrong checksum.</exception>
    public static Address Parse(ReadOnlySpan<char> text)
    {
        if (!TryParseIgnoringChecksum(text, out var address))
        {
            throw new FormatException($"Invalid address: \"{text}\" (expected 0x followed by 40 hex digits)");
        }

        if (!HasValidChecksumOrSingleCase(text, address))
        {
            throw new FormatException($"Invalid address checksum (EIP-55): \"{text}\"");
        }

        return address;
    }

    /// <summary>As <see cref="Parse"/>, returning false instead of throwing.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out Address address)
    {
        if (TryParseIgnoringChecksum(text, out address) && HasValidChecksumOrSingleCase(text, address))
        {
            return true;
        }

        address = default;
        return false;
    }

    /// <summary>Parses 40 hex digits (the <c>0x</c> prefix optional) in any case, without checking EIP-55.</summary>
    public static bool TryParseIgnoringChecksum(ReadOnlySpan<char> text, out Address address)
    {
        Span<byte> bytes = stackalloc byte[Size];
        if (!Hex.TryDecode(text, bytes))
        {
            address = default;
            return false;
        }

        address = new Address(bytes);
        return true;
    }

    /// <summary>True when <paramref name="text"/> is an address written exactly in its EIP-55 mixed-case form.</summary>
    public static bool IsChecksumValid(ReadOnlySpan<char> text) =>
        TryParseIgnoringChecksum(text, out var address) && Hex.StripPrefix(text).SequenceEqual(address.ToChecksumString().AsSpan(2));

    /// <summary>
    /// The EIP-55 form: a hex letter is uppercase when the matching nibble of Keccak-256 of the lowercase
    /// hex (ASCII, without prefix) is 8 or more.
    /// </summary>
    public string ToChecksumString() =>
        string.Create(2 + (Size * 2), this, static (chars, address) =>
        {
            chars[0] = '0';
            chars[1] = 'x';
            var digits = chars[2..];
            Convert.TryToHexStringLower(address.Bytes, digits, out _);

            Span<byte> ascii = stackalloc byte[Size * 2];
            for (var i = 0; i < ascii.Length; i++)
            {
                ascii[i] = (byte)digits[i];
            }

            Span<byte> hash = stackalloc byte[Keccak256.HashSize];
            Keccak256.Hash(ascii, hash);
            for (var i = 0; i < digits.Length; i++)
            {
                var nibble = (i % 2 == 0) ? hash[i / 2] >> 4 : hash[i / 2] & 0x0f;
                if (digits[i] >= 'a' && nibble >= 8)
                {
                    digits[i] = (char)(digits[i] - ('a' - 'A'));
                }
            }
        });

    /// <inheritdoc />
    public bool Equals(Address other) => Bytes.SequenceEqual(other.Bytes);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Address other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var b = Bytes;
        return HashCode.Combine(
            BinaryPrimitives.ReadUInt64LittleEndian(b),
            BinaryPrimitives.ReadUInt64LittleEndian(b[8..]),
            BinaryPrimitives.ReadUInt32LittleEndian(b[16..]));
    }

    /// <summary>Orders addresses as big-endian numbers (byte-wise lexicographic), deterministically.</summary>
    public int CompareTo(Address other) => Bytes.SequenceCompareTo(other.Bytes);

    /// <summary><c>0x</c> followed by 40 lowercase hex digits.</summary>
    public override string ToString() => Hex.Encode(Bytes);

    /// <summary>Format "C" gives the EIP-55 checksum form; anything else the lowercase form.</summary>
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        format is "C" or "c" ? ToChecksumString() : ToString();

    /// <inheritdoc />
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        var text = format is "C" or "c" ? ToChecksumString() : null;
        if (destination.Length < 2 + (Size * 2))
        {
            charsWritten = 0;
            return false;
        }

        if (text is not null)
        {
            text.CopyTo(destination);
        }
        else
        {
            destination[0] = '0';
            destination[1] = 'x';
            Convert.TryToHexStringLower(Bytes, destination[2..], out _);
        }

        charsWritten = 2 + (Size * 2);
        return true;
    }

    /// <summary>Byte-wise equality.</summary>
    public static bool operator ==(Address left, Address right) => left.Equals(right);

    /// <summary>Byte-wise inequality.</summary>
    public static bool operator !=(Address left, Address right) => !left.Equals(right);

    /// <summary>Big-endian order.</summary>
    public static bool operator <(Address left, Address right) => left.CompareTo(right) < 0;

    /// <summary>Big-endian order.</summary>
    public static bool operator <=(Address left, Address right) => left.CompareTo(right) <= 0;

    /// <summary>Big-endian order.</summary>
    public static bool operator >(Address left, Address right) => left.CompareTo(right) > 0;

    /// <summary>Big-endian order.</summary>
    public static bool operator >=(Address left, Address right) => left.CompareTo(right) >= 0;

    private static bool HasValidChecksumOrSingleCase(ReadOnlySpan<char> text, Address address)
    {
        var digits = Hex.StripPrefix(text);
        var hasLower = digits.IndexOfAnyInRange('a', 'f') >= 0;
        var hasUpper = digits.IndexOfAnyInRange('A', 'F') >= 0;
        return !(hasLower && hasUpper) || digits.SequenceEqual(address.ToChecksumString().AsSpan(2));
    }

    [InlineArray(Size)]
    private struct Bytes20
    {
        private byte _element;
    }
}
