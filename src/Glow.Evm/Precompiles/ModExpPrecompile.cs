using System.Buffers;
using Glow.Evm.Precompiles.ModExp;

namespace Glow.Evm.Precompiles;

/// <summary>
/// 0x05 modular exponentiation (EIP-198, Byzantium). Input: three 32-byte big-endian lengths (base, exponent,
/// modulus), then the three numbers of those lengths, the input virtually right-padded with zeros and excess
/// ignored. Output: base^exponent mod modulus as exactly modulus-length bytes (zero for a zero modulus; empty for
/// a zero modulus length). Priced by EIP-198, or from Berlin by EIP-2565 (see <see cref="GasCost"/>).
/// </summary>
/// <remarks>
/// Lengths are read as 256-bit numbers and priced before anything is read: a declared length of 2^255 costs
/// more than any gas limit and is never allocated. Only the base and the modulus are copied (their size is
/// bounded by the gas paid); the exponent is read in place, with its part beyond the input counted as zero bits.
/// </remarks>
public sealed partial class ModExpPrecompile : IPrecompile
{
    /// <summary>
    /// The largest base or modulus length <see cref="TryRun"/> will work on: 16 MiB. Beyond it the price is over
    /// 10^12 gas under either schedule, so no call can reach it having paid; larger inputs fail.
    /// </summary>
    public const int MaxOperandLength = 1 << 24;

    private readonly bool _eip2565;

    private ModExpPrecompile(bool eip2565) => _eip2565 = eip2565;

    /// <summary>Priced by EIP-198 (Byzantium to Istanbul).</summary>
    public static ModExpPrecompile Byzantium { get; } = new(eip2565: false);

    /// <summary>Priced by EIP-2565 (from Berlin).</summary>
    public static ModExpPrecompile Berlin { get; } = new(eip2565: true);

    /// <inheritdoc />
    public bool TryRun(ReadOnlySpan<byte> input, out byte[] output)
    {
        var header = ModExpHeader.Read(input);
        if (header.ModulusLength == 0)
        {
            output = [];
            return true;
        }

        if (header.BaseLength > MaxOperandLength || header.ModulusLength > MaxOperandLength || header.ExponentLength > int.MaxValue)
        {
            output = [];
            return false;
        }

        var baseLength = (int)header.BaseLength;
        var modulusLength = (int)header.ModulusLength;
        var exponentOffset = 96L + baseLength;
        var exponentLength = (long)header.ExponentLength;
        var modulusOffset = exponentOffset + exponentLength;

        // The exponent's bytes present in the input; the rest of its declared length reads as zeros.
        var present = exponentOffset >= input.Length ? 0 : (int)Math.Min(exponentLength, input.Length - exponentOffset);
        var exponent = new Exponent(present == 0 ? [] : input.Slice((int)exponentOffset, present), exponentLength - present);

        var operands = ArrayPool<byte>.Shared.Rent(baseLength + modulusLength);
        try
        {
            var baseBytes = operands.AsSpan(0, baseLength);
            var modulusBytes = operands.AsSpan(baseLength, modulusLength);
            PrecompileInput.CopyPadded(input, 96, baseBytes);
            PrecompileInput.CopyPadded(input, modulusOffset, modulusBytes);
            output = new byte[modulusLength];
            ModularExponentiation.Compute(baseBytes, exponent, modulusBytes, output);
            return true;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(operands);
        }
    }
}
