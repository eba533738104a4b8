using System.Runtime.CompilerServices;
using Glow.Core.Numerics;
using Glow.Evm.Instructions;

namespace Glow.Evm.Execution;

/// <summary>
/// Code ready to run: the bytes between 32 zero bytes in front (so PUSHn can read the whole 32-byte word that ends at
/// its last immediate byte) and 33 zero bytes behind (so a PUSH at the end reads zeros and running off the end reads
/// STOP, with no bounds check in the interpreter), and the JUMPDEST analysis as a bit vector: bit i is set when byte i
/// is a JUMPDEST instruction rather than PUSH data.
/// </summary>
public sealed class CodeInfo
{
    /// <summary>Zero bytes before the code: a word, so that a PUSH near the start can read 32 bytes ending in its data.</summary>
    internal const int FrontPadding = 32;

    /// <summary>Zero bytes after the code: one PUSH32's worth, plus the STOP that ends it.</summary>
    internal const int Padding = 33;

    private readonly ulong[] _jumpDests;

    /// <summary>Analyses <paramref name="code"/> (copied).</summary>
    public CodeInfo(ReadOnlySpan<byte> code)
    {
        Length = code.Length;
        Padded = new byte[FrontPadding + code.Length + Padding];
        code.CopyTo(Padded.AsSpan(FrontPadding));
        _jumpDests = Analyse(code);
    }

    /// <summary>Code of no bytes.</summary>
    public static CodeInfo Empty { get; } = new([]);

    /// <summary>The length of the code proper, without padding.</summary>
    public int Length { get; }

    /// <summary>The code with <see cref="FrontPadding"/> zero bytes before and <see cref="Padding"/> after; the code starts at <see cref="FrontPadding"/>.</summary>
    internal byte[] Padded { get; }

    /// <summary>The code proper.</summary>
    public ReadOnlySpan<byte> Code => Padded.AsSpan(FrontPadding, Length);

    /// <summary>True when <paramref name="destination"/> is the position of a JUMPDEST instruction.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsJumpDestination(in UInt256 destination)
    {
        if (!destination.IsUInt64 || destination.U0 >= (ulong)Length)
        {
            return false;
        }

        var index = (int)destination.U0;
        return (_jumpDests[index >> 6] & (1UL << (index & 63))) != 0;
    }

    private static ulong[] Analyse(ReadOnlySpan<byte> code)
    {
        var bits = new ulong[(code.Length + 63) >> 6];
        for (var i = 0; i < code.Length; i++)
        {
            var op = code[i];
            if (op == (byte)Opcode.JUMPDEST)
            {
                bits[i >> 6] |= 1UL << (i & 63);
            }
            else if (op >= (byte)Opcode.PUSH1 && op <= (byte)Opcode.PUSH32)
            {
                i += op - (byte)Opcode.PUSH1 + 1;
            }
        }

        return bits;
    }
}
