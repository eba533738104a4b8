using Glow.Core.Rlp;

namespace Glow.Core.Tests.Rlp;

public class RlpRoundTripTests
{
    [Fact]
    public void Byte_arrays_of_every_length_around_the_form_boundaries_round_trip()
    {
        var random = new Random(1);
        foreach (var length in new[] { 0, 1, 2, 54, 55, 56, 57, 255, 256, 257, 65535, 65536, 70000 })
        {
            for (var trial = 0; trial < 4; trial++)
            {
                var bytes = new byte[length];
                random.NextBytes(bytes);
                var encoded = RlpEncoding.Encode(bytes);

                var reader = new RlpReader(encoded);
                Assert.Equal(bytes, reader.ReadBytes().ToArray());
                reader.EnsureAtEnd();
            }
        }
    }

    [Fact]
    public void Every_single_byte_round_trips()
    {
        for (var b = 0; b < 256; b++)
        {
            var encoded = RlpEncoding.Encode([(byte)b]);

            Assert.Equal(b < 0x80 ? 1 : 2, encoded.Length);
            var reader = new RlpReader(encoded);
            Assert.Equal((byte)b, reader.ReadBytes()[0]);
            reader.EnsureAtEnd();
        }
    }

    [Fact]
    public void Integers_round_trip_at_every_byte_width()
    {
        var random = new Random(2);
        var values = new List<ulong> { 0, 1, 0x7f, 0x80, 0xff, 0x100, ulong.MaxValue };
        for (var shift = 0; shift < 64; shift++)
        {
            values.Add(1UL << shift);
            values.Add((1UL << shift) - 1);
            values.Add((ulong)random.NextInt64() >> shift);
        }

        foreach (var value in values)
        {
            var reader = new RlpReader(RlpEncoding.EncodeUInt64(value));
            Assert.Equal(value, reader.ReadUInt64());
            reader.EnsureAtEnd();
        }
    }

    [Fact]
    public void Random_nested_structures_round_trip_through_builder_writer_and_reader()
    {
        var random = new Random(3);
        for (var trial = 0; trial < 200; trial++)
        {
            var tree = RandomTree(random, depth: 0);

            var builder = new RlpBuilder();
            Build(builder, tree);
            var built = builder.ToArray();

            var written = new byte[EncodedLength(tree)];
            var writer = new RlpWriter(written);
            Write(ref writer, tree);
            Assert.Equal(written.Length, writer.Position);
            Assert.Equal(built, written);

            var reader = new RlpReader(written);
            AssertReads(ref reader, tree);
            reader.EnsureAtEnd();
        }
    }

    private static object RandomTree(Random random, int depth)
    {
        if (depth > 3 || random.Next(3) == 0)
        {
            var bytes = new byte[random.Next(4) == 0 ? random.Next(56, 300) : random.Next(0, 4)];
            random.NextBytes(bytes);
            return bytes;
        }

        var items = new object[random.Next(0, 8)];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = RandomTree(random, depth + 1);
        }

        return items;
    }

    private static void Build(RlpBuilder builder, object tree)
    {
        if (tree is byte[] bytes)
        {
            builder.AddBytes(bytes);
            return;
        }

        builder.StartList();
        foreach (var item in (object[])tree)
        {
            Build(builder, item);
        }

        builder.EndList();
    }

    private static int ContentLength(object[] items)
    {
        var total = 0;
        foreach (var item in items)
        {
            total += EncodedLength(item);
        }

        return total;
    }

    private static int EncodedLength(object tree) =>
        tree is byte[] bytes ? RlpEncoding.LengthOf(bytes) : RlpEncoding.LengthOfList(ContentLength((object[])tree));

    private static void Write(ref RlpWriter writer, object tree)
    {
        if (tree is byte[] bytes)
        {
            writer.WriteBytes(bytes);
            return;
        }

        var items = (object[])tree;
        writer.WriteListHeader(ContentLength(items));
        foreach (var item in items)
        {
            Write(ref writer, item);
        }
    }

    private static void AssertReads(ref RlpReader reader, object tree)
    {
        if (tree is byte[] bytes)
        {
            Assert.Equal(RlpKind.Bytes, reader.PeekKind());
            Assert.Equal(bytes, reader.ReadBytes().ToArray());
            return;
        }

        var list = reader.ReadList();
        foreach (var item in (object[])tree)
        {
            AssertReads(ref list, item);
        }

        list.EnsureAtEnd();
    }
}
