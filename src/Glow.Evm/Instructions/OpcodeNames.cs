namespace Glow.Evm.Instructions;

/// <summary>The mnemonic of every opcode byte, computed once, for tracers.</summary>
internal static class OpcodeNames
{
    private static readonly string[] Names = Build();

    /// <summary>The mnemonic of <paramref name="opcode"/>, or <c>opcode 0xNN</c> for a byte no fork defines.</summary>
    public static string Get(byte opcode) => Names[opcode];

    private static string[] Build()
    {
        var names = new string[256];
        for (var i = 0; i < 256; i++)
        {
            names[i] = Enum.IsDefined((Opcode)i) ? ((Opcode)i).ToString() : $"opcode 0x{i:x2}";
        }

        return names;
    }
}
