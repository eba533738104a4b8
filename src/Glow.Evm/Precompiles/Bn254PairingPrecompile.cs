using System.Buffers;
using Glow.Evm.Precompiles.Bn254;

namespace Glow.Evm.Precompiles;

/// <summary>
/// 0x08 bn254 pairing check (EIP-197, Byzantium). Input: k pairs of a G1 point (64 bytes) and a G2 point (128
/// bytes: x then y, each imaginary part first); the length must be a multiple of 192, and empty input is valid.
/// Every point must be validly encoded and on its curve, every G2 point in the order-r subgroup, else the call
/// fails. Output: 32 bytes, 1 when Π e(Pᵢ, Qᵢ) = 1, else 0. Gas: 100,000 + 80,000·k, or 45,000 + 34,000·k
/// from EIP-1108.
/// </summary>
public sealed class Bn254PairingPrecompile : IPrecompile
{
    /// <summary>Bytes per (G1, G2) pair.</summary>
    public const int PairLength = 192;

    private const int StackPairs = 4;

    private readonly long _baseGas;
    private readonly long _pairGas;

    private Bn254PairingPrecompile(long baseGas, long pairGas)
    {
        _baseGas = baseGas;
        _pairGas = pairGas;
    }

    /// <summary>Priced as in Byzantium (EIP-197): 100,000 + 80,000 per pair.</summary>
    public static Bn254PairingPrecompile Byzantium { get; } = new(100_000, 80_000);

    /// <summary>Priced as from Istanbul (EIP-1108): 45,000 + 34,000 per pair.</summary>
    public static Bn254PairingPrecompile Istanbul { get; } = new(45_000, 34_000);

    /// <summary>The base price plus the per-pair price for each whole 192 bytes of input.</summary>
    public long GasCost(ReadOnlySpan<byte> input) => _baseGas + (_pairGas * (input.Length / PairLength));

    /// <inheritdoc />
    public bool TryRun(ReadOnlySpan<byte> input, out byte[] output)
    {
        output = [];
        if (input.Length % PairLength != 0)
        {
            return false;
        }

        var count = input.Length / PairLength;
        G1Point[]? rentedP = null;
        G2Point[]? rentedQ = null;
        var p = count <= StackPairs ? stackalloc G1Point[StackPairs] : (rentedP = ArrayPool<G1Point>.Shared.Rent(count));
        var q = count <= StackPairs ? stackalloc G2Point[StackPairs] : (rentedQ = ArrayPool<G2Point>.Shared.Rent(count));
        try
        {
            for (var i = 0; i < count; i++)
            {
                var pair = input.Slice(i * PairLength, PairLength);
                if (!G1Point.TryDecode(pair[..64], out p[i]) || !G2Point.TryDecode(pair[64..], out q[i]))
                {
                    return false;
                }
            }

            output = new byte[32];
            if (Pairing.ProductIsOne(p[..count], q[..count]))
            {
                output[31] = 1;
            }

            return true;
        }
        finally
        {
            if (rentedP is not null)
            {
                ArrayPool<G1Point>.Shared.Return(rentedP);
            }

            if (rentedQ is not null)
            {
                ArrayPool<G2Point>.Shared.Return(rentedQ);
            }
        }
    }
}
