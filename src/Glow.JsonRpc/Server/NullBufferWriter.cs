using System.Buffers;

namespace Glow.JsonRpc.Server;

/// <summary>An output that discards everything; a cached JSON writer points here between uses.</summary>
internal sealed class NullBufferWriter : IBufferWriter<byte>
{
    public static readonly NullBufferWriter Instance = new();

    public void Advance(int count)
    {
    }

    public Memory<byte> GetMemory(int sizeHint = 0) => Array.Empty<byte>();

    public Span<byte> GetSpan(int sizeHint = 0) => [];
}
