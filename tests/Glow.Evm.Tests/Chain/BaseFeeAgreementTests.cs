using Glow.Core.Blocks;
using Glow.Core.Chain;
using Glow.Core.Numerics;
using Glow.Evm.Processing;

namespace Glow.Evm.Tests.Chain;

public class BaseFeeAgreementTests
{
    [Fact]
    public void The_default_chainspec_base_fee_rule_agrees_with_ethereums_block_fee_rules()
    {
        var random = new Random(7);
        for (var i = 0; i < 2_000; i++)
        {
            var gasLimit = (ulong)random.NextInt64(5_000, 200_000_000);
            var parent = new BlockHeader
            {
                GasLimit = gasLimit,
                GasUsed = (ulong)random.NextInt64(0, (long)gasLimit + 1),
                BaseFeePerGas = (UInt256)(ulong)random.NextInt64(0, long.MaxValue),
            };

            Assert.Equal(BlockFeeRules.NextBaseFee(parent), BaseFeeParameters.Default.NextBaseFee(parent));
        }
    }
}
