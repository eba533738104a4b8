using Glow.Core;
using Glow.Core.Encoding;
using Glow.Core.Numerics;
using Glow.Evm.Instructions;

namespace Glow.Evm.Tests;

/// <summary>A small assembler for test contracts: <c>new Bytecode().Push(2).Push(3).Op(Opcode.ADD)</c>.</summary>
internal sealed class Bytecode
{
    private readonly List<byte> _bytes = [];

    public int Length => _bytes.Count;

    public Bytecode Op(Opcode opcode)
    {
        _bytes.Add((byte)opcode);
        return this;
    }

    public Bytecode Ops(params Opcode[] opcodes)
    {
        foreach (var opcode in opcodes)
        {
            Op(opcode);
        }

        return this;
    }

    /// <summary>PUSHn with the shortest n that holds <paramref name="value"/> (PUSH1 0 for zero).</summary>
    public Bytecode Push(UInt256 value)
    {
        var bytes = value.IsZero ? [0] : value.ToBigEndian().AsSpan().TrimStart((byte)0).ToArray();
        _bytes.Add((byte)((int)Opcode.PUSH1 + bytes.Length - 1));
        _bytes.AddRange(bytes);
        return this;
    }

    public Bytecode Push(ulong value) => Push((UInt256)value);

    public Bytecode Push(Address address)
    {
        _bytes.Add((byte)Opcode.PUSH20);
        _bytes.AddRange(address.ToArray());
        return this;
    }

    public Bytecode Raw(params byte[] bytes)
    {
        _bytes.AddRange(bytes);
        return this;
    }

    /// <summary>MSTORE the top of the stack at 0 and RETURN those 32 bytes.</summary>
    public Bytecode ReturnTop() => Push(0).Op(Opcode.MSTORE).Push(32).Push(0).Op(Opcode.RETURN);

    /// <summary>SSTORE the top of the stack in <paramref name="slot"/>.</summary>
    public Bytecode StoreTop(ulong slot) => Push(slot).Op(Opcode.SSTORE);

    /// <summary>CALL(gas: all, to, value, in 0/0, out 0/<paramref name="outLength"/>).</summary>
    public Bytecode Call(Address to, ulong value = 0, ulong outLength = 0, Opcode kind = Opcode.CALL)
    {
        Push(outLength).Push(0).Push(0).Push(0);
        if (kind is Opcode.CALL or Opcode.CALLCODE)
        {
            Push(value);
        }

        return Push(to).Op(Opcode.GAS).Op(kind);
    }

    /// <summary>Init code that deploys <paramref name="runtime"/>: CODECOPY it to memory and RETURN it.</summary>
    public static Bytecode Deploying(byte[] runtime)
    {
        // PUSHn len, DUP1, PUSH1 offset, PUSH1 0, CODECOPY, PUSH1 0, RETURN — then the runtime.
        var head = new Bytecode().Push((ulong)runtime.Length).Op(Opcode.DUP1);
        var prefixLength = head.Length + 2 + 2 + 1 + 2 + 1;
        head.Push((ulong)prefixLength).Push(0).Op(Opcode.CODECOPY).Push(0).Op(Opcode.RETURN);
        return head.Raw(runtime);
    }

    public byte[] ToArray() => [.. _bytes];

    public string ToHex() => Hex.Encode(ToArray());

    public override string ToString() => ToHex();
}
