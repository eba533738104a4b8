using Glow.Core.Encoding;
using Glow.Core.Rlp;

namespace Glow.Core.Tests.Rlp;

public class RlpBuilderTests
{
    [Fact]
    public void Builds_nested_lists_with_headers_inserted_when_they_close()
    {
        // [ [], [[]], [ [], [[]] ] ] from RLPTests' listsoflists2.
        var builder = new RlpBuilder(capacity: 1);
        builder.StartList()
            .StartList().EndList()
            .StartList().StartList().EndList().EndList()
            .StartList().StartList().EndList().StartList().StartList().EndList().EndList().EndList()
            .EndList();

        Assert.Equal("0xc7c0c1c0c3c0c1c0", Hex.Encode(builder.ToArray()));
    }

    [Fact]
    public void Switches_a_list_to_the_long_form_when_its_content_reaches_56_bytes()
    {
        var builder = new RlpBuilder();
        builder.StartList();
        for (var i = 0; i < 14; i++)
        {
            builder.AddBytes("abc"u8);
        }

        builder.EndList();

        var encoded = builder.ToArray();
        Assert.Equal(new byte[] { 0xf8, 56, 0x83, (byte)'a' }, encoded[..4]);
        Assert.Equal(58, encoded.Length);
    }

    [Fact]
    public void Adds_integers_byte_arrays_and_encoded_items()
    {
        var builder = new RlpBuilder()
            .StartList()
            .AddUInt64(0)
            .AddUInt64(1024)
            .AddInteger([0, 0, 1])
            .AddBytes("dog"u8)
            .AddEncoded(RlpEncoding.Encode("cat"u8))
            .EndList();

        Assert.Equal("0xcd808204000183646f6783636174", Hex.Encode(builder.ToArray()));
    }

    [Fact]
    public void Refuses_to_finish_while_a_list_is_open()
    {
        var builder = new RlpBuilder().StartList();

        Assert.Throws<InvalidOperationException>(() => builder.ToArray());
    }

    [Fact]
    public void Refuses_to_close_a_list_that_was_not_opened() =>
        Assert.Throws<InvalidOperationException>(() => new RlpBuilder().EndList());

    [Fact]
    public void Starts_afresh_after_clear()
    {
        var builder = new RlpBuilder().StartList().AddUInt64(5);
        builder.Clear();

        builder.AddUInt64(6);

        Assert.Equal(new byte[] { 6 }, builder.ToArray());
        Assert.Equal(1, builder.Length);
    }
}
