using BenchmarkDotNet.Attributes;
using Glow.Core.Rlp;

namespace Glow.Benchmarks;

/// <summary>
/// Encoding and decoding a legacy-transaction-shaped list (nonce, gas price, gas, to, value, 100 bytes of data,
/// v, r, s): the span writer and reader must not allocate; the builder is shown for contrast.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class RlpBenchmarks
{
    private const ulong Nonce = 42;
    private const ulong GasPrice = 20_000_000_000;
    private const ulong Gas = 21_000;
    private const ulong Value = 1_000_000_000_000_000_000;
    private const ulong V = 37;

    private readonly byte[] _to = new byte[20];
    private readonly byte[] _data = new byte[100];
    private readonly byte[] _r = new byte[32];
    private readonly byte[] _s = new byte[32];
    private byte[] _buffer = [];
    private byte[] _encoded = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(7);
        random.NextBytes(_to);
        random.NextBytes(_data);
        random.NextBytes(_r);
        random.NextBytes(_s);
        _r[0] |= 0x80;
        _s[0] = 0x7f;
        _buffer = new byte[RlpEncoding.LengthOfList(ContentLength())];
        _encoded = EncodeWithBuilder();
        if (Encode() != _encoded.Length || !_buffer.AsSpan().SequenceEqual(_encoded) || Decode() == 0)
        {
            throw new InvalidOperationException("writer, builder and reader disagree");
        }
    }

    /// <summary>Sizes the list, then writes it into a preallocated buffer.</summary>
    [Benchmark(Baseline = true)]
    public int Encode()
    {
        var writer = new RlpWriter(_buffer);
        writer.WriteListHeader(ContentLength());
        writer.WriteUInt64(Nonce);
        writer.WriteUInt64(GasPrice);
        writer.WriteUInt64(Gas);
        writer.WriteBytes(_to);
        writer.WriteUInt64(Value);
        writer.WriteBytes(_data);
        writer.WriteUInt64(V);
        writer.WriteInteger(_r);
        writer.WriteInteger(_s);
        return writer.Position;
    }

    /// <summary>Reads every field back strictly (integers without leading zeros, nothing left over).</summary>
    [Benchmark]
    public ulong Decode()
    {
        var reader = new RlpReader(_encoded);
        var list = reader.ReadList();
        var sum = list.ReadUInt64();
        sum += list.ReadUInt64();
        sum += list.ReadUInt64();
        sum += (ulong)list.ReadBytes().Length;
        sum += list.ReadUInt64();
        sum += (ulong)list.ReadBytes().Length;
        sum += list.ReadUInt64();
        sum += (ulong)list.ReadIntegerBytes(32).Length;
        sum += (ulong)list.ReadIntegerBytes(32).Length;
        list.EnsureAtEnd();
        reader.EnsureAtEnd();
        return sum;
    }

    /// <summary>The growable builder, which allocates: for code off the hot path.</summary>
    [Benchmark]
    public byte[] EncodeWithBuilder() =>
        new RlpBuilder(256)
            .StartList()
            .AddUInt64(Nonce)
            .AddUInt64(GasPrice)
            .AddUInt64(Gas)
            .AddBytes(_to)
            .AddUInt64(Value)
            .AddBytes(_data)
            .AddUInt64(V)
            .AddInteger(_r)
            .AddInteger(_s)
            .EndList()
            .ToArray();

    private int ContentLength() =>
        RlpEncoding.LengthOf(Nonce)
        + RlpEncoding.LengthOf(GasPrice)
        + RlpEncoding.LengthOf(Gas)
        + RlpEncoding.LengthOf(_to)
        + RlpEncoding.LengthOf(Value)
        + RlpEncoding.LengthOf(_data)
        + RlpEncoding.LengthOf(V)
        + RlpEncoding.LengthOfInteger(_r)
        + RlpEncoding.LengthOfInteger(_s);
}
