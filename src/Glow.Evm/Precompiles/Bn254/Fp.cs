using System.Buffers.Binary;
using System.Runtime.CompilerServices;

namespace Glow.Evm.Precompiles.Bn254;

/// <summary>
/// An element of the bn254 base field F_p, p = 0x30644e72…fd47 (EIP-196), held in Montgomery form
/// (a·2^256 mod p) as four little-endian 64-bit limbs, always fully reduced below p.
/// </summary>
/// <remarks>
/// Multiplication is CIOS Montgomery (Koç, Acar, Kaliski 1996). Because p &lt; 2^254 the top limb of every
/// intermediate stays clear of overflow, so the loop needs no fifth carry word and a single conditional
/// subtraction at the end. Nothing here is constant-time: the precompiles only see public data.
/// </remarks>
internal readonly partial struct Fp : IEquatable<Fp>
{
    /// <summary>The limbs of p, least significant first.</summary>
    internal const ulong P0 = 0x3c208c16d87cfd47UL, P1 = 0x97816a916871ca8dUL, P2 = 0xb85045b68181585dUL, P3 = 0x30644e72e131a029UL;

    /// <summary>−p⁻¹ mod 2^64, the Montgomery reduction constant.</summary>
    private const ulong PInv = 0x87d20782e4866389UL;

    /// <summary>The least significant limb (Montgomery form).</summary>
    public readonly ulong L0;

    /// <summary>The second limb.</summary>
    public readonly ulong L1;

    /// <summary>The third limb.</summary>
    public readonly ulong L2;

    /// <summary>The most significant limb.</summary>
    public readonly ulong L3;

    /// <summary>An element from its Montgomery-form limbs, which must already be below p.</summary>
    public Fp(ulong l0, ulong l1, ulong l2, ulong l3)
    {
        L0 = l0;
        L1 = l1;
        L2 = l2;
        L3 = l3;
    }

    /// <summary>Zero.</summary>
    public static Fp Zero => default;

    /// <summary>One (2^256 mod p in Montgomery form).</summary>
    public static Fp One => new(0xd35d438dc58f0d9dUL, 0x0a78eb28f5c70b3dUL, 0x666ea36f7879462cUL, 0x0e0a77c19a07df2fUL);

    /// <summary>2^512 mod p: multiplying a plain integer by it in Montgomery form converts it into Montgomery form.</summary>
    private static Fp R2 => new(0xf32cfc5b538afa89UL, 0xb5e71911d44501fbUL, 0x47ab1eff0a417ff6UL, 0x06d89f71cab8351fUL);

    /// <summary>True for zero.</summary>
    public bool IsZero => (L0 | L1 | L2 | L3) == 0;

    /// <summary>True for one.</summary>
    public bool IsOne => Equals(One);

    /// <summary>The element with the canonical value l0 + l1·2^64 + l2·2^128 + l3·2^192, which must be below p.</summary>
    public static Fp FromCanonical(ulong l0, ulong l1, ulong l2, ulong l3) => Mul(new Fp(l0, l1, l2, l3), R2);

    /// <summary>The element equal to the small integer <paramref name="value"/>.</summary>
    public static Fp FromUInt64(ulong value) => Mul(new Fp(value, 0, 0, 0), R2);

    /// <summary>
    /// Reads a 32-byte big-endian integer; false when it is not below p (EIP-196: such encodings are invalid).
    /// </summary>
    public static bool TryRead(ReadOnlySpan<byte> bytes32, out Fp value)
    {
        var l3 = BinaryPrimitives.ReadUInt64BigEndian(bytes32);
        var l2 = BinaryPrimitives.ReadUInt64BigEndian(bytes32[8..]);
        var l1 = BinaryPrimitives.ReadUInt64BigEndian(bytes32[16..]);
        var l0 = BinaryPrimitives.ReadUInt64BigEndian(bytes32[24..]);
        if (!LessThanP(l0, l1, l2, l3))
        {
            value = default;
            return false;
        }

        value = Mul(new Fp(l0, l1, l2, l3), R2);
        return true;
    }

    /// <summary>Writes the canonical 32-byte big-endian integer.</summary>
    public void Write(Span<byte> bytes32)
    {
        var plain = Mul(this, new Fp(1, 0, 0, 0));
        BinaryPrimitives.WriteUInt64BigEndian(bytes32, plain.L3);
        BinaryPrimitives.WriteUInt64BigEndian(bytes32[8..], plain.L2);
        BinaryPrimitives.WriteUInt64BigEndian(bytes32[16..], plain.L1);
        BinaryPrimitives.WriteUInt64BigEndian(bytes32[24..], plain.L0);
    }

    /// <inheritdoc />
    public bool Equals(Fp other) => ((L0 ^ other.L0) | (L1 ^ other.L1) | (L2 ^ other.L2) | (L3 ^ other.L3)) == 0;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Fp other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(L0, L1, L2, L3);

    /// <summary>Equality of field elements.</summary>
    public static bool operator ==(in Fp a, in Fp b) => a.Equals(b);

    /// <summary>Inequality of field elements.</summary>
    public static bool operator !=(in Fp a, in Fp b) => !a.Equals(b);

    /// <summary>Big-endian hex of the canonical value, for test messages.</summary>
    public override string ToString()
    {
        Span<byte> bytes = stackalloc byte[32];
        Write(bytes);
        return Convert.ToHexStringLower(bytes);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool LessThanP(ulong l0, ulong l1, ulong l2, ulong l3)
    {
        if (l3 != P3)
        {
            return l3 < P3;
        }

        if (l2 != P2)
        {
            return l2 < P2;
        }

        return l1 != P1 ? l1 < P1 : l0 < P0;
    }
}
