using Glow.Core.Blocks;
using Glow.Core.Crypto;

namespace Glow.Core.Chain;

/// <summary>
/// Block 0 of a chain (protocol.md §2), built by every node from its chainspec and the state root of the genesis
/// allocation (which <c>Glow.State.GenesisState</c> computes from <see cref="ChainSpec.BuildGenesisAlloc"/>).
/// </summary>
public static class GenesisBlock
{
    /// <summary>
    /// The genesis block: the Cancun header shape with number 0, zero parent hash, difficulty 0, nonce 0, no ommers,
    /// empty transaction and receipt tries, <c>withdrawalsRoot</c> the empty trie root, no blob gas, a zero parent beacon
    /// root, gas used 0, the chainspec's gas limit, timestamp and coinbase, <c>baseFeePerGas</c> the initial base fee,
    /// <c>mixHash</c> the <see cref="InitialBeacon"/>, and <c>extraData</c> RLP(GlowExtra{version 1, cycle 0}) with no
    /// seal: nobody produces genesis, so nobody signs it. The body is empty, with an empty withdrawals list.
    /// </summary>
    public static Block Create(ChainSpec spec, Hash256 stateRoot)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var header = new BlockHeader
        {
            ParentHash = Hash256.Zero,
            OmmersHash = Keccak256.OfEmptyList,
            Coinbase = spec.Genesis.Coinbase,
            StateRoot = stateRoot,
            TransactionsRoot = Keccak256.OfEmptyString,
            ReceiptsRoot = Keccak256.OfEmptyString,
            Bloom = default,
            Difficulty = default,
            Number = 0,
            GasLimit = spec.GasLimit,
            GasUsed = 0,
            Timestamp = spec.Genesis.Timestamp,
            ExtraData = GlowExtraCodec.Encode(new GlowExtra { Cycle = 0 }),
            MixHash = InitialBeacon(spec.ChainId),
            Nonce = 0,
            BaseFeePerGas = spec.BaseFee.InitialBaseFee,
            WithdrawalsRoot = Keccak256.OfEmptyString,
            BlobGasUsed = 0,
            ExcessBlobGas = 0,
            ParentBeaconBlockRoot = Hash256.Zero,
        };
        return new Block(header, [], [], []);
    }

    /// <summary>
    /// The randomness beacon before any block (protocol.md §5.4), the genesis <c>mixHash</c>: Keccak-256 of the chain id
    /// as a 32-byte big-endian integer. Deterministic and different on every chain id; it carries no unpredictability,
    /// which the first reveals of the first cycle bring.
    /// </summary>
    public static Hash256 InitialBeacon(ulong chainId)
    {
        Span<byte> word = stackalloc byte[32];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt64BigEndian(word[24..], chainId);
        return Keccak256.Compute(word);
    }
}
