using Glow.Core;

using Glow.Core.Chain;
using Glow.Core.Db;
using Glow.Core.Numerics;
using Glow.Core.Transactions;
using Glow.Node.Chain;
using Glow.Node.Processing;
using Glow.Node.Producing;
using Glow.State;
using Glow.State.Db;

namespace Glow.Node.Tests.Support;

/// <summary>
/// A chain in memory (or on a given database) sealed by <see cref="SignerKey"/>, with <see cref="FundedCount"/> funded
/// test keys, a manual clock, a tree and a producer.
/// </summary>
internal sealed class TestChain : IDisposable
{
    public const int FundedCount = 20;
    public const ulong ChainId = 1337;
    public static readonly UInt256 FundedBalance = UInt256.Parse("1000000000000000000000000");

    public TestChain(IDatabase? database = null, ChainSpec? spec = null, StateHistory? history = null)
    {
        Database = database ?? new MemoryDatabase();
        Spec = spec ?? DefaultSpec();
        Time = new ManualTime(1_800_000_000);
        Processor = new BlockProcessor(Spec, new SingleSignerAuthority(Signer), Time);
        Tree = new BlockTree(new ChainStore(Database), new StateStore(Database, history), Processor);
        Producer = new BlockProducer(Tree, SignerKey, Time);
    }

    public static byte[] SignerKey { get; } = TestKeys.Key(999);

    public static Address Signer { get; } = TestKeys.AddressOf(SignerKey);

    public IDatabase Database { get; }

    public ChainSpec Spec { get; }

    public ManualTime Time { get; }

    public BlockProcessor Processor { get; }

    public BlockTree Tree { get; }

    public BlockProducer Producer { get; }

    public static ChainSpec DefaultSpec(ulong gasLimit = ChainSpec.DefaultGasLimit)
    {
        var alloc = new SortedDictionary<Address, GenesisAccount>();
        for (var i = 0; i < FundedCount; i++)
        {
            alloc[TestKeys.Address(i)] = new GenesisAccount(FundedBalance, 0, [], []);
        }

        return new ChainSpec
        {
            Name = "test",
            ChainId = ChainId,
            GasLimit = gasLimit,
            Genesis = new GenesisSpec { Timestamp = 1_700_000_000, Alloc = alloc },
        };
    }

    /// <summary>A second chain with the same spec, clock and signer, on its own database (to replay or fork).</summary>
    public TestChain Twin() => new(new MemoryDatabase(), Spec);

    /// <summary>Mines one block with <paramref name="transactions"/> (those that are valid), one clock second later.</summary>
    public ProducedBlock Mine(params Transaction[] transactions)
    {
        Time.Advance(1);
        return Producer.Produce(new ListTransactionSource(transactions));
    }

    public UInt256 Balance(in Address address) => Tree.State.ViewLatest().GetBalance(address);

    public ulong Nonce(in Address address) => Tree.State.ViewLatest().GetNonce(address);

    /// <summary>An EIP-1559 transaction from test key <paramref name="from"/>, signed, with a 1 gwei tip and a 100 gwei cap.</summary>
    public static Transaction Transfer(int from, ulong nonce, in Address to, in UInt256 value, ulong gas = 21_000, byte[]? data = null, bool create = false) =>
        TransactionSigner.Sign(new Transaction
        {
            Type = TxType.DynamicFee,
            ChainId = ChainId,
            Nonce = nonce,
            MaxPriorityFeePerGas = 1_000_000_000UL,
            MaxFeePerGas = 100_000_000_000UL,
            GasLimit = gas,
            To = create ? null : to,
            Value = value,
            Data = data ?? [],
        }, TestKeys.Key(from));

    public void Dispose() => Database.Dispose();
}
