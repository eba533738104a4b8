using System.Text.Json;
using Glow.Core.Encoding;
using Glow.Evm.Precompiles;
using Glow.TestKit;

namespace Glow.Evm.Tests.Precompiles.Bn254;

/// <summary>
/// Precompile inputs taken from the GeneralStateTests in <c>stZeroKnowledge</c> (each test's contract hands an
/// ABI-encoded <c>bytes</c> argument to 0x07 or 0x08). Expected results: for ecmul, computed independently with
/// affine formulas over Python integers (the EIP-196 validity rules applied first); for ecpairing, read off the
/// test names (match, fail, invalid encodings).
/// </summary>
public class Bn254ConformanceDataTests
{
    // "fail" means the call fails (invalid point).
    private static readonly Dictionary<string, string> EcMulExpected = new()
    {
        ["ecmul_1-2_2_28000_128"] = "030644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd315ed738c0e0a7c92e7845f96b2ae9c0a68a6a449e3538fc7ff3ebf7a5a18a2c4",
        ["ecmul_1-2_2_28000_96"] = "030644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd315ed738c0e0a7c92e7845f96b2ae9c0a68a6a449e3538fc7ff3ebf7a5a18a2c4",
        ["ecmul_1-2_340282366920938463463374607431768211456_21000_128"] = "13b8fec4a1eb2c7e3ccc07061ad516277c3bbe57bd4a302012b58a517f6437a4224d978b5763831dff16ce9b2c42222684835fedfc70ffec005789bb0c10de36",
        ["ecmul_1-2_340282366920938463463374607431768211456_21000_80"] = "13b8fec4a1eb2c7e3ccc07061ad516277c3bbe57bd4a302012b58a517f6437a4224d978b5763831dff16ce9b2c42222684835fedfc70ffec005789bb0c10de36",
        ["ecmul_1-2_340282366920938463463374607431768211456_21000_96"] = "13b8fec4a1eb2c7e3ccc07061ad516277c3bbe57bd4a302012b58a517f6437a4224d978b5763831dff16ce9b2c42222684835fedfc70ffec005789bb0c10de36",
        ["ecmul_1-2_340282366920938463463374607431768211456_28000_128"] = "13b8fec4a1eb2c7e3ccc07061ad516277c3bbe57bd4a302012b58a517f6437a4224d978b5763831dff16ce9b2c42222684835fedfc70ffec005789bb0c10de36",
        ["ecmul_1-2_340282366920938463463374607431768211456_28000_80"] = "13b8fec4a1eb2c7e3ccc07061ad516277c3bbe57bd4a302012b58a517f6437a4224d978b5763831dff16ce9b2c42222684835fedfc70ffec005789bb0c10de36",
        ["ecmul_1-2_340282366920938463463374607431768211456_28000_96"] = "13b8fec4a1eb2c7e3ccc07061ad516277c3bbe57bd4a302012b58a517f6437a4224d978b5763831dff16ce9b2c42222684835fedfc70ffec005789bb0c10de36",
        ["ecmul_1-2_5616_21000_128"] = "000000000000000000000000000000000000000000000000000000000000000130644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd45",
        ["ecmul_1-2_5616_21000_96"] = "000000000000000000000000000000000000000000000000000000000000000130644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd45",
        ["ecmul_1-2_5616_28000_128"] = "000000000000000000000000000000000000000000000000000000000000000130644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd45",
        ["ecmul_1-2_5617_21000_128"] = "00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
        ["ecmul_1-2_5617_21000_96"] = "00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
        ["ecmul_1-2_5617_28000_128"] = "00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
        ["ecmul_1-2_5617_28000_96"] = "00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
        ["ecmul_1-2_616_28000_96"] = "000000000000000000000000000000000000000000000000000000000000000130644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd45",
        ["ecmul_1-2_9935_21000_128"] = "2f588cffe99db877a4434b598ab28f81e0522910ea52b45f0adaa772b2d5d35212f42fa8fd34fb1b33d8c6a718b6590198389b26fc9d8808d971f8b009777a97",
        ["ecmul_1-2_9935_21000_96"] = "2f588cffe99db877a4434b598ab28f81e0522910ea52b45f0adaa772b2d5d35212f42fa8fd34fb1b33d8c6a718b6590198389b26fc9d8808d971f8b009777a97",
        ["ecmul_1-2_9935_28000_128"] = "2f588cffe99db877a4434b598ab28f81e0522910ea52b45f0adaa772b2d5d35212f42fa8fd34fb1b33d8c6a718b6590198389b26fc9d8808d971f8b009777a97",
        ["ecmul_1-2_9935_28000_96"] = "2f588cffe99db877a4434b598ab28f81e0522910ea52b45f0adaa772b2d5d35212f42fa8fd34fb1b33d8c6a718b6590198389b26fc9d8808d971f8b009777a97",
        ["ecmul_1-2_9_21000_128"] = "039730ea8dff1254c0fee9c0ea777d29a9c710b7e616683f194f18c43b43b869073a5ffcc6fc7a28c30723d6e58ce577356982d65b833a5a5c15bf9024b43d98",
        ["ecmul_1-2_9_21000_96"] = "039730ea8dff1254c0fee9c0ea777d29a9c710b7e616683f194f18c43b43b869073a5ffcc6fc7a28c30723d6e58ce577356982d65b833a5a5c15bf9024b43d98",
        ["ecmul_1-2_9_28000_128"] = "039730ea8dff1254c0fee9c0ea777d29a9c710b7e616683f194f18c43b43b869073a5ffcc6fc7a28c30723d6e58ce577356982d65b833a5a5c15bf9024b43d98",
        ["ecmul_1-2_9_28000_96"] = "039730ea8dff1254c0fee9c0ea777d29a9c710b7e616683f194f18c43b43b869073a5ffcc6fc7a28c30723d6e58ce577356982d65b833a5a5c15bf9024b43d98",
        ["ecmul_1-3_0_21000_128"] = "fail",
        ["ecmul_1-3_0_21000_64"] = "fail",
        ["ecmul_1-3_0_21000_80"] = "fail",
        ["ecmul_1-3_0_21000_96"] = "fail",
        ["ecmul_1-3_0_28000_128"] = "fail",
        ["ecmul_1-3_0_28000_64"] = "fail",
        ["ecmul_1-3_0_28000_80_Paris"] = "fail",
        ["ecmul_1-3_0_28000_96"] = "fail",
        ["ecmul_1-3_1_21000_128"] = "fail",
        ["ecmul_1-3_1_21000_96"] = "fail",
        ["ecmul_1-3_1_28000_128"] = "fail",
        ["ecmul_1-3_1_28000_96"] = "fail",
        ["ecmul_1-3_2_21000_128"] = "fail",
        ["ecmul_1-3_2_21000_96"] = "fail",
        ["ecmul_1-3_2_28000_128"] = "fail",
        ["ecmul_1-3_2_28000_96"] = "fail",
        ["ecmul_1-3_340282366920938463463374607431768211456_21000_128"] = "fail",
        ["ecmul_1-3_340282366920938463463374607431768211456_21000_80"] = "fail",
        ["ecmul_1-3_340282366920938463463374607431768211456_21000_96"] = "fail",
        ["ecmul_1-3_340282366920938463463374607431768211456_28000_128"] = "fail",
        ["ecmul_1-3_340282366920938463463374607431768211456_28000_80"] = "fail",
        ["ecmul_1-3_340282366920938463463374607431768211456_28000_96"] = "fail",
        ["ecmul_1-3_5616_21000_128"] = "fail",
        ["ecmul_1-3_5616_21000_96"] = "fail",
        ["ecmul_1-3_5616_28000_128"] = "fail",
        ["ecmul_1-3_5616_28000_96"] = "fail",
        ["ecmul_1-3_5617_21000_128"] = "fail",
        ["ecmul_1-3_5617_21000_96"] = "fail",
        ["ecmul_1-3_5617_28000_128"] = "fail",
        ["ecmul_1-3_5617_28000_96"] = "fail",
        ["ecmul_1-3_9935_21000_128"] = "fail",
        ["ecmul_1-3_9935_21000_96"] = "fail",
        ["ecmul_1-3_9935_28000_128"] = "fail",
        ["ecmul_1-3_9935_28000_96"] = "fail",
        ["ecmul_1-3_9_21000_128"] = "fail",
        ["ecmul_1-3_9_21000_96"] = "fail",
        ["ecmul_1-3_9_28000_128"] = "fail",
        ["ecmul_1-3_9_28000_96"] = "fail",
        ["ecmul_7827-6598_0_21000_128"] = "00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
        ["ecmul_7827-6598_0_21000_64"] = "00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
        ["ecmul_7827-6598_0_21000_80"] = "00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
        ["ecmul_7827-6598_0_21000_96"] = "00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
        ["ecmul_7827-6598_0_28000_128"] = "00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
        ["ecmul_7827-6598_0_28000_64"] = "00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
        ["ecmul_7827-6598_0_28000_80"] = "00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
        ["ecmul_7827-6598_0_28000_96"] = "00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
        ["ecmul_7827-6598_1456_21000_128"] = "1051acb0700ec6d42a88215852d582efbaef31529b6fcbc3277b5c1b300f5cf0135b2394bb45ab04b8bd7611bd2dfe1de6a4e6e2ccea1ea1955f577cd66af85b",
        ["ecmul_7827-6598_1456_21000_80"] = "1051acb0700ec6d42a88215852d582efbaef31529b6fcbc3277b5c1b300f5cf0135b2394bb45ab04b8bd7611bd2dfe1de6a4e6e2ccea1ea1955f577cd66af85b",
        ["ecmul_7827-6598_1456_21000_96"] = "1051acb0700ec6d42a88215852d582efbaef31529b6fcbc3277b5c1b300f5cf0135b2394bb45ab04b8bd7611bd2dfe1de6a4e6e2ccea1ea1955f577cd66af85b",
        ["ecmul_7827-6598_1456_28000_128"] = "1051acb0700ec6d42a88215852d582efbaef31529b6fcbc3277b5c1b300f5cf0135b2394bb45ab04b8bd7611bd2dfe1de6a4e6e2ccea1ea1955f577cd66af85b",
        ["ecmul_7827-6598_1456_28000_80"] = "1051acb0700ec6d42a88215852d582efbaef31529b6fcbc3277b5c1b300f5cf0135b2394bb45ab04b8bd7611bd2dfe1de6a4e6e2ccea1ea1955f577cd66af85b",
        ["ecmul_7827-6598_1456_28000_96"] = "1051acb0700ec6d42a88215852d582efbaef31529b6fcbc3277b5c1b300f5cf0135b2394bb45ab04b8bd7611bd2dfe1de6a4e6e2ccea1ea1955f577cd66af85b",
        ["ecmul_7827-6598_1_21000_128"] = "1a87b0584ce92f4593d161480614f2989035225609f08058ccfa3d0f940febe31a2f3c951f6dadcc7ee9007dff81504b0fcd6d7cf59996efdc33d92bf7f9f8f6",
        ["ecmul_7827-6598_1_21000_96"] = "1a87b0584ce92f4593d161480614f2989035225609f08058ccfa3d0f940febe31a2f3c951f6dadcc7ee9007dff81504b0fcd6d7cf59996efdc33d92bf7f9f8f6",
        ["ecmul_7827-6598_1_28000_128"] = "1a87b0584ce92f4593d161480614f2989035225609f08058ccfa3d0f940febe31a2f3c951f6dadcc7ee9007dff81504b0fcd6d7cf59996efdc33d92bf7f9f8f6",
        ["ecmul_7827-6598_1_28000_96"] = "1a87b0584ce92f4593d161480614f2989035225609f08058ccfa3d0f940febe31a2f3c951f6dadcc7ee9007dff81504b0fcd6d7cf59996efdc33d92bf7f9f8f6",
        ["ecmul_7827-6598_2_21000_128"] = "03d64e49ebb3c56c99e0769c1833879c9b86ead23945e1e7477cbd057e961c500d6840b39f8c2fefe0eced3e7d210b830f50831e756f1cc9039af65dc292e6d0",
        ["ecmul_7827-6598_2_21000_96"] = "03d64e49ebb3c56c99e0769c1833879c9b86ead23945e1e7477cbd057e961c500d6840b39f8c2fefe0eced3e7d210b830f50831e756f1cc9039af65dc292e6d0",
        ["ecmul_7827-6598_2_28000_128"] = "03d64e49ebb3c56c99e0769c1833879c9b86ead23945e1e7477cbd057e961c500d6840b39f8c2fefe0eced3e7d210b830f50831e756f1cc9039af65dc292e6d0",
        ["ecmul_7827-6598_2_28000_96"] = "03d64e49ebb3c56c99e0769c1833879c9b86ead23945e1e7477cbd057e961c500d6840b39f8c2fefe0eced3e7d210b830f50831e756f1cc9039af65dc292e6d0",
        ["ecmul_7827-6598_5616_21000_128"] = "1a87b0584ce92f4593d161480614f2989035225609f08058ccfa3d0f940febe3163511ddc1c3f25d396745388200081287b3fd1472d8339d5fecb2eae0830451",
        ["ecmul_7827-6598_5616_21000_96"] = "1a87b0584ce92f4593d161480614f2989035225609f08058ccfa3d0f940febe3163511ddc1c3f25d396745388200081287b3fd1472d8339d5fecb2eae0830451",
        ["ecmul_7827-6598_5616_28000_128"] = "1a87b0584ce92f4593d161480614f2989035225609f08058ccfa3d0f940febe3163511ddc1c3f25d396745388200081287b3fd1472d8339d5fecb2eae0830451",
        ["ecmul_7827-6598_5616_28000_96"] = "1a87b0584ce92f4593d161480614f2989035225609f08058ccfa3d0f940febe3163511ddc1c3f25d396745388200081287b3fd1472d8339d5fecb2eae0830451",
        ["ecmul_7827-6598_5617_21000_128"] = "00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
        ["ecmul_7827-6598_5617_21000_96"] = "00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
        ["ecmul_7827-6598_5617_28000_128"] = "00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
        ["ecmul_7827-6598_5617_28000_96"] = "00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
        ["ecmul_7827-6598_9935_21000_128"] = "2cde5879ba6f13c0b5aa4ef627f159a3347df9722efce88a9afbb20b763b4c411aa7e43076f6aee272755a7f9b84832e71559ba0d2e0b17d5f9f01755e5b0d11",
        ["ecmul_7827-6598_9935_21000_96"] = "2cde5879ba6f13c0b5aa4ef627f159a3347df9722efce88a9afbb20b763b4c411aa7e43076f6aee272755a7f9b84832e71559ba0d2e0b17d5f9f01755e5b0d11",
        ["ecmul_7827-6598_9935_28000_128"] = "2cde5879ba6f13c0b5aa4ef627f159a3347df9722efce88a9afbb20b763b4c411aa7e43076f6aee272755a7f9b84832e71559ba0d2e0b17d5f9f01755e5b0d11",
        ["ecmul_7827-6598_9935_28000_96"] = "2cde5879ba6f13c0b5aa4ef627f159a3347df9722efce88a9afbb20b763b4c411aa7e43076f6aee272755a7f9b84832e71559ba0d2e0b17d5f9f01755e5b0d11",
        ["ecmul_7827-6598_9_21000_128"] = "1dbad7d39dbc56379f78fac1bca147dc8e66de1b9d183c7b167351bfe0aeab742cd757d51289cd8dbd0acf9e673ad67d0f0a89f912af47ed1be53664f5692575",
        ["ecmul_7827-6598_9_21000_96"] = "1dbad7d39dbc56379f78fac1bca147dc8e66de1b9d183c7b167351bfe0aeab742cd757d51289cd8dbd0acf9e673ad67d0f0a89f912af47ed1be53664f5692575",
        ["ecmul_7827-6598_9_28000_128"] = "1dbad7d39dbc56379f78fac1bca147dc8e66de1b9d183c7b167351bfe0aeab742cd757d51289cd8dbd0acf9e673ad67d0f0a89f912af47ed1be53664f5692575",
        ["ecmul_7827-6598_9_28000_96"] = "1dbad7d39dbc56379f78fac1bca147dc8e66de1b9d183c7b167351bfe0aeab742cd757d51289cd8dbd0acf9e673ad67d0f0a89f912af47ed1be53664f5692575",
    };

    private static readonly Dictionary<string, string> EcPairingExpected = new()
    {
        ["ecpairing_bad_length_191"] = "fail",
        ["ecpairing_bad_length_193"] = "fail",
        ["ecpairing_empty_data"] = "1",
        ["ecpairing_empty_data_insufficient_gas"] = "1",
        ["ecpairing_one_point_fail"] = "0",
        ["ecpairing_one_point_insufficient_gas"] = "0",
        ["ecpairing_one_point_not_in_subgroup"] = "fail",
        ["ecpairing_one_point_with_g1_zero"] = "1",
        ["ecpairing_one_point_with_g2_zero"] = "1",
        ["ecpairing_one_point_with_g2_zero_and_g1_invalid"] = "fail",
        ["ecpairing_perturb_g2_by_curve_order"] = "fail",
        ["ecpairing_perturb_g2_by_field_modulus"] = "fail",
        ["ecpairing_perturb_g2_by_field_modulus_again"] = "fail",
        ["ecpairing_perturb_g2_by_one"] = "fail",
        ["ecpairing_perturb_zeropoint_by_curve_order"] = "fail",
        ["ecpairing_perturb_zeropoint_by_field_modulus"] = "fail",
        ["ecpairing_perturb_zeropoint_by_one"] = "fail",
        ["ecpairing_three_point_fail_1"] = "0",
        ["ecpairing_three_point_match_1"] = "1",
        ["ecpairing_two_point_fail_1"] = "0",
        ["ecpairing_two_point_fail_2"] = "0",
        ["ecpairing_two_point_match_1"] = "1",
        ["ecpairing_two_point_match_2"] = "1",
        ["ecpairing_two_point_match_3"] = "1",
        ["ecpairing_two_point_match_4"] = "1",
        ["ecpairing_two_point_match_5"] = "1",
        ["ecpairing_two_point_oog"] = "1",
        ["ecpairing_two_points_with_one_g2_zero"] = "0",
    };

    [Fact]
    public void Every_ecmul_input_of_stZeroKnowledge_gives_the_independently_computed_product()
    {
        var files = Directory.GetFiles(RepoPaths.EthereumTests("GeneralStateTests", "stZeroKnowledge"), "ecmul_*.json");
        Assert.Equal(EcMulExpected.Keys.Order(), files.Select(Path.GetFileNameWithoutExtension).Order()!);
        foreach (var file in files)
        {
            var expected = EcMulExpected[Path.GetFileNameWithoutExtension(file)];
            var ok = Bn254MulPrecompile.Istanbul.TryRun(AbiBytesArgument(file), out var output);
            Assert.True(ok == (expected != "fail"), file);
            if (ok)
            {
                Assert.True(expected == Hex.Encode(output, prefix: false), file);
            }
        }
    }

    [Fact]
    public void Every_abi_wrapped_ecpairing_input_of_stZeroKnowledge_gives_the_result_its_name_states()
    {
        var directory = RepoPaths.EthereumTests("GeneralStateTests", "stZeroKnowledge");
        foreach (var (name, expected) in EcPairingExpected)
        {
            var input = AbiBytesArgument(Path.Combine(directory, name + ".json"));
            var ok = Bn254PairingPrecompile.Istanbul.TryRun(input, out var output);
            Assert.True(ok == (expected != "fail"), name);
            if (ok)
            {
                Assert.Equal(32, output.Length);
                Assert.True(output.AsSpan(0, 31).IndexOfAnyExcept((byte)0) < 0, name);
                Assert.True(expected == output[31].ToString(System.Globalization.CultureInfo.InvariantCulture), name);
            }
        }
    }

    [Fact]
    public void The_raw_inputs_of_ecpairing_inputs_fail_exactly_when_a_point_is_invalid()
    {
        // Classified independently (Python integers): the first 38 inputs hold only valid points; each of the other
        // 106 has a coordinate not below p, a point off its curve, or a twist point outside G2 (70 of them only that).
        const int ValidCount = 38;
        var file = Path.Combine(RepoPaths.EthereumTests("GeneralStateTests", "stZeroKnowledge"), "ecpairing_inputs.json");
        using var document = JsonDocument.Parse(File.ReadAllText(file));
        var test = document.RootElement.EnumerateObject().Single().Value;
        var inputs = test.GetProperty("transaction").GetProperty("data").EnumerateArray().Select(d => Hex.Decode(d.GetString()!)).ToList();
        Assert.Equal(144, inputs.Count);
        for (var i = 0; i < inputs.Count; i++)
        {
            var ok = Bn254PairingPrecompile.Istanbul.TryRun(inputs[i], out var output);
            Assert.True(ok == i < ValidCount, $"input {i}");
            if (ok)
            {
                Assert.Equal(32, output.Length);
                Assert.True(output.AsSpan(0, 31).IndexOfAnyExcept((byte)0) < 0 && output[31] <= 1, $"input {i}");
            }
        }
    }

    // The test's transaction data: selector, offset 0x20, length, then the bytes passed to the precompile.
    private static byte[] AbiBytesArgument(string file)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(file));
        var test = document.RootElement.EnumerateObject().Single().Value;
        var data = Hex.Decode(test.GetProperty("transaction").GetProperty("data")[0].GetString()!);
        Assert.Equal("30c8d1da", Hex.Encode(data.AsSpan(0, 4), prefix: false));
        var length = (int)System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(data.AsSpan(60, 8));
        return data.AsSpan(68, length).ToArray();
    }
}
