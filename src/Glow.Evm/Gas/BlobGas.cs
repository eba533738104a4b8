using Glow.Core.Numerics;

namespace Glow.Evm.Gas;

/// <summary>The blob gas market of EIP-4844: the blob base fee from the excess blob gas.</summary>
public static class BlobGas
{
    /// <summary>MIN_BASE_FEE_PER_BLOB_GAS.</summary>
    public const ulong MinBaseFeePerBlobGas = 1;

    /// <summary>BLOB_BASE_FEE_UPDATE_FRACTION under Cancun.</summary>
    public const ulong BaseFeeUpdateFraction = 3_338_477;

    /// <summary>
    /// The blob base fee for a block with <paramref name="excessBlobGas"/>: <c>fake_exponential(1, excess, 3338477)</c>,
    /// the integer Taylor approximation of e^(excess / fraction) that EIP-4844 specifies. Saturates at 2^256 − 1
    /// for excess values far beyond anything a chain can reach.
    /// </summary>
    public static UInt256 BaseFeePerBlobGas(ulong excessBlobGas) => FakeExponential(MinBaseFeePerBlobGas, excessBlobGas, BaseFeeUpdateFraction);

    /// <summary>EIP-4844's <c>fake_exponential(factor, numerator, denominator)</c>.</summary>
    public static UInt256 FakeExponential(ulong factor, ulong numerator, ulong denominator)
    {
        UInt256 output = UInt256.Zero;
        UInt256 accumulator = (UInt256)factor * denominator;
        UInt256 num = numerator;
        UInt256 den = denominator;
        for (ulong i = 1; !accumulator.IsZero; i++)
        {
            if (UInt256.AddOverflow(output, accumulator, out output)
                || UInt256.MultiplyOverflow(accumulator, num, out var product)
                || UInt256.MultiplyOverflow(den, i, out var divisor))
            {
                return UInt256.MaxValue;
            }

            accumulator = product / divisor;
        }

        return output / den;
    }
}
