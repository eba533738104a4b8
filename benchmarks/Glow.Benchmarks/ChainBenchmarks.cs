using BenchmarkDotNet.Attributes;
using Glow.Core;
using Glow.Core.Blocks;
using Glow.Core.Chain;
using Glow.Core.Crypto;
using Glow.Core.Numerics;

namespace Glow.Benchmarks;

/// <summary>The per-block chain rules: seal hash and signer recovery, GlowExtra, base fee, block reward.</summary>
[MemoryDiagnoser]
public class ChainBenchmarks
{
    private static readonly byte[] Key = Convert.FromHexString("4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318");
    private readonly BlockHeader _sealed;
    private readonly byte[] _extra;

    public ChainBenchmarks()
    {
        var unsealed = new BlockHeader
        {
            ParentHash = Keccak256.Compute([1]),
            StateRoot = Keccak256.Compute([2]),
            Number = 1_000_000,
            GasLimit = ChainSpec.DefaultGasLimit,
            GasUsed = 42_000_000,
            Timestamp = 10_000_000,
            ExtraData = GlowExtraCodec.Encode(new GlowExtra { Cycle = 4761, RandomCommit = Keccak256.Compute([3]), RandomReveal = Keccak256.Compute([4]) }),
            MixHash = Keccak256.Compute([5]),
            BaseFeePerGas = (UInt256)1_000_000_000UL,
            WithdrawalsRoot = Keccak256.OfEmptyString,
            BlobGasUsed = 0,
            ExcessBlobGas = 0,
            ParentBeaconBlockRoot = Hash256.Zero,
        };
        _sealed = HeaderSeal.Seal(unsealed, Key);
        _extra = unsealed.ExtraData.ToArray();
    }

    [Benchmark]
    public Hash256 SealHash() => HeaderSeal.SealHash(_sealed);

    [Benchmark]
    public Address RecoverSigner() => HeaderSeal.TryRecoverSigner(_sealed, out var signer) ? signer : Address.Zero;

    [Benchmark]
    public GlowExtra DecodeGlowExtra() => GlowExtraCodec.Decode(_extra);

    [Benchmark]
    public UInt256 NextBaseFee() => BaseFeeParameters.Default.NextBaseFee(_sealed);

    [Benchmark]
    public UInt256 RewardAt() => BlockRewardSchedule.Default.RewardAt(_sealed.Number);

    [Benchmark]
    public BlockRewardSchedule BuildRewardTable() => new(BlockRewardSchedule.HalfUtg, 96, 100, 420_000);

    [Benchmark]
    public ChainSpec ParseDevChainSpec() => ChainSpecLoader.Dev();
}
