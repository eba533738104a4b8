using Glow.Core.Encoding;
using Glow.Evm.Precompiles;

namespace Glow.Evm.Tests.Precompiles;

public class Bn254PrecompileTests
{
    private const string G1 = "0000000000000000000000000000000000000000000000000000000000000001" + "0000000000000000000000000000000000000000000000000000000000000002";
    private const string TwoG1 = "030644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd315ed738c0e0a7c92e7845f96b2ae9c0a68a6a449e3538fc7ff3ebf7a5a18a2c4";
    private const string G2 =
        "198e9393920d483a7260bfb731fb5d25f1aa493335a9e71297e485b7aef312c2" + "1800deef121f1e76426a00665e5c4479674322d4f75edadd46debd5cd992f6ed" +
        "090689d0585ff075ec9e99ad690c3395bc4b313370b38ef355acdadcd122975b" + "12c85ea5db8c6deb4aab71808dcb408fe3d1e7690c43d37b4ce6cc0166fa7daa";

    // −G1 = (1, p − 2).
    private const string MinusG1 = "0000000000000000000000000000000000000000000000000000000000000001" + "30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd45";

    [Fact]
    public void Add_doubles_the_generator_and_treats_zero_as_infinity()
    {
        Assert.Equal(TwoG1, Run(Bn254AddPrecompile.Istanbul, G1 + G1));
        Assert.Equal(G1, Run(Bn254AddPrecompile.Istanbul, G1 + new string('0', 128)));
        Assert.Equal(G1, Run(Bn254AddPrecompile.Istanbul, G1));
        Assert.Equal(new string('0', 128), Run(Bn254AddPrecompile.Istanbul, ""));
        Assert.Equal(new string('0', 128), Run(Bn254AddPrecompile.Istanbul, G1 + MinusG1));
        Assert.Equal(TwoG1, Run(Bn254AddPrecompile.Istanbul, G1 + G1 + "ffff"));
    }

    [Theory]
    [InlineData("0000000000000000000000000000000000000000000000000000000000000001" + "0000000000000000000000000000000000000000000000000000000000000003")]
    [InlineData("30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd48" + "0000000000000000000000000000000000000000000000000000000000000002")]
    [InlineData("0000000000000000000000000000000000000000000000000000000000000001" + "30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd49")]
    public void Add_and_mul_fail_on_invalid_points(string point)
    {
        Assert.False(Bn254AddPrecompile.Istanbul.TryRun(Hex.Decode(point + G1), out _));
        Assert.False(Bn254AddPrecompile.Istanbul.TryRun(Hex.Decode(G1 + point), out _));
        Assert.False(Bn254MulPrecompile.Istanbul.TryRun(Hex.Decode(point + "02".PadLeft(64, '0')), out _));
    }

    [Fact]
    public void Mul_by_two_equals_add_and_short_scalars_are_right_padded()
    {
        Assert.Equal(TwoG1, Run(Bn254MulPrecompile.Istanbul, G1 + "02".PadLeft(64, '0')));
        Assert.Equal(new string('0', 128), Run(Bn254MulPrecompile.Istanbul, G1));
        Assert.Equal(G1, Run(Bn254MulPrecompile.Istanbul, G1 + "01".PadLeft(64, '0') + "77"));

        // A 31-byte scalar 00…01 is padded on the right to 0x100: 256·G.
        var padded = Run(Bn254MulPrecompile.Istanbul, G1 + "01".PadLeft(62, '0'));
        Assert.Equal(Run(Bn254MulPrecompile.Istanbul, G1 + "0100".PadLeft(64, '0')), padded);
    }

    [Fact]
    public void Pairing_checks_e_of_P_and_Q_times_e_of_minus_P_and_Q()
    {
        Assert.Equal("01".PadLeft(64, '0'), Run(Bn254PairingPrecompile.Istanbul, G1 + G2 + MinusG1 + G2));
        Assert.Equal("00".PadLeft(64, '0'), Run(Bn254PairingPrecompile.Istanbul, G1 + G2 + G1 + G2));
        Assert.Equal("01".PadLeft(64, '0'), Run(Bn254PairingPrecompile.Istanbul, ""));
        Assert.False(Bn254PairingPrecompile.Istanbul.TryRun(Hex.Decode(G1 + G2 + "00"), out _));
    }

    [Fact]
    public void Many_pairs_beyond_the_stack_buffer_are_handled()
    {
        // Ten copies of e(P, Q)·e(−P, Q): 20 pairs, rented arrays.
        var input = string.Concat(Enumerable.Repeat(G1 + G2 + MinusG1 + G2, 10));
        Assert.Equal("01".PadLeft(64, '0'), Run(Bn254PairingPrecompile.Istanbul, input));
        Assert.Equal(45_000 + (20 * 34_000), Bn254PairingPrecompile.Istanbul.GasCost(Hex.Decode(input)));
    }

    [Fact]
    public void Prices_follow_EIP_196_197_and_then_EIP_1108()
    {
        Assert.Equal(500, Bn254AddPrecompile.Byzantium.GasCost([]));
        Assert.Equal(150, Bn254AddPrecompile.Istanbul.GasCost([]));
        Assert.Equal(40_000, Bn254MulPrecompile.Byzantium.GasCost([]));
        Assert.Equal(6_000, Bn254MulPrecompile.Istanbul.GasCost([]));
        Assert.Equal(100_000, Bn254PairingPrecompile.Byzantium.GasCost([]));
        Assert.Equal(45_000, Bn254PairingPrecompile.Istanbul.GasCost([]));
        Assert.Equal(100_000 + (2 * 80_000), Bn254PairingPrecompile.Byzantium.GasCost(new byte[384]));
        Assert.Equal(45_000 + (2 * 34_000), Bn254PairingPrecompile.Istanbul.GasCost(new byte[384]));
        Assert.Equal(45_000 + 34_000, Bn254PairingPrecompile.Istanbul.GasCost(new byte[383]));
    }

    private static string Run(IPrecompile precompile, string inputHex)
    {
        Assert.True(precompile.TryRun(Hex.Decode(inputHex), out var output));
        return Hex.Encode(output, prefix: false);
    }
}
