using Glow.Core;
using Glow.Core.Encoding;
using Glow.Core.Numerics;

namespace Glow.Evm.Instructions;

/// <summary>
/// A small assembler for EVM code, for tests, benchmarks and tools: <c>new BytecodeBuilder().Push(2).Push(3).Op(Opcode.ADD)</c>.
/// Labels are plain offsets: read <see cref="Length"/> where a JUMPDEST goes and push it where a jump needs it.
/// </summary>
public sealed class BytecodeBuilder
{
    private readonly List<byte> _bytes = [];

    /// <summary>Bytes written so far (the offset of the next instruction).</summary>
    public int Length => _bytes.Count;

    /// <summary>Appends one instruction without immediate data.</summary>
    public BytecodeBuilder Op(Opcode opcode)
    {
        _bytes.Add((byte)opcode);
        return this;
    }

    /// <summary>Appends instructions without immediate data.</summary>
    public BytecodeBuilder Ops(params Opcode[] opcodes)
    {
        foreach (var opcode in opcodes)
        {
            Op(opcode);
        }

        return this;
    }

    /// <summary>PUSHn with the shortest n that holds <paramref name="value"/> (PUSH1 0 for zero).</summary>
    public BytecodeBuilder Push(in UInt256 value)
    {
        Span<byte> word = stackalloc byte[32];
        value.WriteBigEndian(word);
        var bytes = value.IsZero ? word[31..] : word.TrimStart((byte)0);
        _bytes.Add((byte)((int)Opcode.PUSH1 + bytes.Length - 1));
        foreach (var b in bytes)
        {
            _bytes.Add(b);
        }

        return this;
    }

    /// <summary>PUSHn of a 64-bit value.</summary>
    public BytecodeBuilder Push(ulong value) => Push((UInt256)value);

    /// <summary>PUSH2 of a code offset (a jump target), so the length of the code does not depend on the target.</summary>
    public BytecodeBuilder PushLabel(int offset)
    {
        _bytes.Add((byte)Opcode.PUSH2);
        _bytes.Add((byte)(offset >> 8));
        _bytes.Add((byte)offset);
        return this;
    }

    /// <summary>PUSH20 of an address.</summary>
    public BytecodeBuilder Push(in Address address)
    {
        _bytes.Add((byte)Opcode.PUSH20);
        foreach (var b in address.Bytes)
        {
            _bytes.Add(b);
        }

        return this;
    }

    /// <summary>Appends raw bytes.</summary>
    public BytecodeBuilder Raw(params byte[] bytes)
    {
        _bytes.AddRange(bytes);
        return this;
    }

    /// <summary>MSTORE the top of the stack at 0 and RETURN those 32 bytes.</summary>
    public BytecodeBuilder ReturnTop() => Push(0).Op(Opcode.MSTORE).Push(32).Push(0).Op(Opcode.RETURN);

    /// <summary>SSTORE the top of the stack in <paramref name="slot"/>.</summary>
    public BytecodeBuilder StoreTop(ulong slot) => Push(slot).Op(Opcode.SSTORE);

    /// <summary>A call with all gas to <paramref name="to"/>, no input, output window [0, <paramref name="outLength"/>).</summary>
    public BytecodeBuilder Call(in Address to, ulong value = 0, ulong outLength = 0, Opcode kind = Opcode.CALL)
    {
        Push(outLength).Push(0).Push(0).Push(0);
        if (kind is Opcode.CALL or Opcode.CALLCODE)
        {
            Push(value);
        }

        return Push(to).Op(Opcode.GAS).Op(kind);
    }

    /// <summary>Init code that deploys <paramref name="runtime"/>: CODECOPY it to memory and RETURN it.</summary>
    public static BytecodeBuilder Deploying(ReadOnlySpan<byte> runtime)
    {
        // PUSH2 length, DUP1, PUSH2 offset, PUSH1 0, CODECOPY, PUSH1 0, RETURN: 13 bytes, then the runtime.
        const int Prefix = 13;
        return new BytecodeBuilder()
            .PushLabel(runtime.Length).Op(Opcode.DUP1).PushLabel(Prefix).Push(0).Op(Opcode.CODECOPY).Push(0).Op(Opcode.RETURN)
            .Raw(runtime.ToArray());
    }

    /// <summary>The code.</summary>
    public byte[] ToArray() => [.. _bytes];

    /// <summary>The code as <c>0x</c>-prefixed hex.</summary>
    public string ToHex() => Hex.Encode(ToArray());

    /// <inheritdoc />
    public override string ToString() => ToHex();
}
