using Glow.Core;
using Glow.Core.Blocks;
using Glow.Core.Chain;
using Glow.Core.Encoding;
using Glow.Core.Numerics;
using Glow.Core.Specs;
using Glow.Core.Transactions;
using Glow.Evm.Execution;
using Glow.Evm.Processing;
using Glow.State;

namespace Glow.Evm.Tests.Processing;

/// <summary>
/// A Cancun genesis (a funded sender, the EIP-4788 beacon-roots contract) and a way to seal a child block: run it with
/// <see cref="BlockExecutor.Process"/> on a fresh copy of the genesis state and copy what it computed into the header.
/// </summary>
internal sealed class BlockFixture
{
    public const string SenderKeyHex = "0x45a915e4d060149eb4365960e6a7a45f334393093061116b197e3240065ff2d8";

    /// <summary>The EIP-4788 contract's runtime code, as deployed on mainnet.</summary>
    public const string BeaconRootsCode = "0x3373fffffffffffffffffffffffffffffffffffffffe14604d57602036146024575f5ffd5b5f35801560495762001fff810690815414603c575f5ffd5b62001fff01545f5260205ff35b5f5ffd5b62001fff42064281555f359062001fff015500";

    public static readonly Address Sender = Address.Parse("0xa94f5374fce5edbc8e2a8697c15331677e6ebf0b");
    public static readonly Address Recipient = Address.Parse("0x5000000000000000000000000000000000000005");
    public static readonly Address Coinbase = Address.Parse("0x2adc25665018aa1fe0e6bc666dac8fc2697ff9ba");
    public static readonly Hash256 BeaconRoot = Hash256.Parse("0x00000000000000000000000000000000000000000000000000000000000000aa");

    private readonly SortedDictionary<Address, GenesisAccount> _alloc = [];

    public BlockFixture(bool withBeaconRootsContract = true, Action<SortedDictionary<Address, GenesisAccount>>? extraAlloc = null)
    {
        _alloc[Sender] = new GenesisAccount(UInt256.Parse("1000000000000000000000"), 0, [], new());
        if (withBeaconRootsContract)
        {
            _alloc[BeaconRoots.ContractAddress] = new GenesisAccount(UInt256.Zero, 1, Hex.Decode(BeaconRootsCode), new());
        }

        extraAlloc?.Invoke(_alloc);
        var genesisRoot = NewState().ComputeStateRoot();
        Genesis = new HeaderFields
        {
            Number = 0,
            Timestamp = 1000,
            BaseFeePerGas = 1000,
            WithdrawalsRoot = OrderedTrie.RootOf([]),
            BlobGasUsed = 0,
            ExcessBlobGas = 0,
            ParentBeaconBlockRoot = Hash256.Zero,
            StateRoot = genesisRoot,
        }.ToHeader();
    }

    public BlockHeader Genesis { get; }

    public BlockExecutor Executor { get; } = new(Forks.Cancun, PrecompileMap.Empty);

    /// <summary>A fresh world state holding the genesis allocation (uncommitted).</summary>
    public WorldState NewState()
    {
        var state = WorldState.InMemory();
        GenesisState.Apply(state, _alloc);
        return state;
    }

    /// <summary>The header fields of a child of <see cref="Genesis"/> before execution fills in the results.</summary>
    public HeaderFields Draft() => new()
    {
        ParentHash = Genesis.Hash,
        Coinbase = Coinbase,
        Number = 1,
        Timestamp = 1012,
        GasLimit = Genesis.GasLimit,
        BaseFeePerGas = BlockFeeRules.NextBaseFee(Genesis),
        ExcessBlobGas = BlockFeeRules.NextExcessBlobGas(Genesis),
        BlobGasUsed = 0,
        WithdrawalsRoot = OrderedTrie.RootOf([]),
        ParentBeaconBlockRoot = BeaconRoot,
    };

    /// <summary>A valid child of <see cref="Genesis"/> with <paramref name="transactions"/> and <paramref name="withdrawals"/>.</summary>
    public Block Seal(IReadOnlyList<Transaction>? transactions = null, IReadOnlyList<Withdrawal>? withdrawals = null, HeaderFields? draft = null)
    {
        transactions ??= [];
        withdrawals ??= [];
        var header = (draft ?? Draft()).ToHeader();
        var result = Executor.Process(new Block(header, transactions, [], withdrawals), NewState());
        Assert.True(result.IsValid, result.Rejection?.ToString());
        var sealedHeader = HeaderFields.Of(header) with
        {
            GasUsed = result.GasUsed,
            BlobGasUsed = result.BlobGasUsed,
            TransactionsRoot = result.TransactionsRoot,
            ReceiptsRoot = result.ReceiptsRoot,
            Bloom = result.Bloom,
            WithdrawalsRoot = result.WithdrawalsRoot,
            StateRoot = result.StateRoot,
        };
        return new Block(sealedHeader.ToHeader(), transactions, [], withdrawals);
    }

    /// <summary><paramref name="block"/> with its header changed by <paramref name="tamper"/>.</summary>
    public static Block WithHeader(Block block, Func<HeaderFields, HeaderFields> tamper) =>
        block with { Header = tamper(HeaderFields.Of(block.Header)).ToHeader() };

    /// <summary>Executes <paramref name="block"/> on a fresh genesis state, returning the result and the state.</summary>
    public (BlockExecutionResult Result, WorldState State) Execute(Block block)
    {
        var state = NewState();
        return (Executor.Execute(Genesis, block, state), state);
    }

    /// <summary>A signed dynamic-fee transfer from <see cref="Sender"/>.</summary>
    public static Transaction Transfer(ulong nonce = 0, UInt256? value = null, ulong chainId = 1, Address? to = null) => Sign(new Transaction
    {
        Type = TxType.DynamicFee,
        ChainId = chainId,
        Nonce = nonce,
        MaxFeePerGas = 2000,
        MaxPriorityFeePerGas = 2,
        GasLimit = 21_000,
        To = to ?? Recipient,
        Value = value ?? 1000,
    });

    /// <summary>A signed blob transaction from <see cref="Sender"/> carrying <paramref name="blobs"/> versioned hashes.</summary>
    public static Transaction BlobTransfer(ulong nonce, int blobs) => Sign(new Transaction
    {
        Type = TxType.Blob,
        ChainId = 1,
        Nonce = nonce,
        MaxFeePerGas = 2000,
        MaxPriorityFeePerGas = 2,
        GasLimit = 21_000,
        To = Recipient,
        MaxFeePerBlobGas = 10,
        BlobVersionedHashes = [.. Enumerable.Range(0, blobs).Select(i => Hash256.Parse($"0x01{i:x62}"))],
    });

    public static Transaction Sign(Transaction tx) => TransactionSigner.Sign(tx, Hex.Decode(SenderKeyHex));
}
