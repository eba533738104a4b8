namespace Glow.Core.Crypto;

/// <summary>Key arithmetic for hierarchical derivation (BIP-32).</summary>
public static partial class Secp256k1
{
    /// <summary>
    /// <paramref name="privateKey32"/> + <paramref name="tweak32"/> mod n into <paramref name="result32"/> (BIP-32
    /// private child derivation). False, with nothing written, when the tweak is not below n or the sum is zero: BIP-32
    /// then moves to the next index.
    /// </summary>
    public static bool TryAddPrivateKeyTweak(ReadOnlySpan<byte> privateKey32, ReadOnlySpan<byte> tweak32, Span<byte> result32)
    {
        CheckLength(privateKey32, ScalarLength, nameof(privateKey32));
        CheckLength(tweak32, ScalarLength, nameof(tweak32));
        CheckLength(result32, ScalarLength, nameof(result32));
        var key = Scalar.Read(privateKey32, out var keyOverflow);
        var tweak = Scalar.Read(tweak32, out var tweakOverflow);
        if (keyOverflow || key.IsZero || tweakOverflow)
        {
            return false;
        }

        var sum = key + tweak;
        if (sum.IsZero)
        {
            return false;
        }

        sum.Write(result32);
        return true;
    }

    /// <summary>The 33-byte compressed form (SEC 1: 0x02 or 0x03 by the parity of y, then x) of a 64-byte x‖y public key.</summary>
    public static void CompressPublicKey(ReadOnlySpan<byte> publicKey64, Span<byte> compressed33)
    {
        CheckLength(publicKey64, 64, nameof(publicKey64));
        CheckLength(compressed33, 33, nameof(compressed33));
        compressed33[0] = (byte)(0x02 | (publicKey64[63] & 1));
        publicKey64[..32].CopyTo(compressed33[1..]);
    }
}
