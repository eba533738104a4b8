using System.Buffers.Binary;
using Glow.Core;
using Glow.Core.Blocks;
using Glow.Core.Chain;
using Glow.Core.Crypto;
using Glow.Core.Numerics;
using Glow.Core.Transactions;
using Glow.Evm.Execution;
using Glow.Node.Chain;
using Glow.Node.Processing;
using Glow.Node.Producing;
using Glow.State;
using Glow.State.Db;

namespace Glow.Node.CrashHarness;

/// <summary>
/// The chain of the import crash tests, generated block after block in memory from fixed keys and a fixed clock, so that
/// every run (the harness's, after each kill, and the test's own) produces the same blocks. Block n carries:
/// <list type="bullet">
/// <item>none when n is a multiple of 11 (empty blocks);</item>
/// <item><see cref="LargeTransfers"/> transfers to new accounts when <see cref="IsLarge"/> (every 50th block from 25);</item>
/// <item>otherwise 1 to 6 transfers of all three accepted types (legacy, EIP-2930, EIP-1559) to new and known accounts;
/// every third block 1 to 3 calls of the deployed contracts, each writing a storage slot (zero clears it) and emitting
/// a log; every 20th block from 1 a contract deployment.</item>
/// </list>
/// </summary>
public sealed class CrashChain : IDisposable
{
    /// <summary>The chain's id.</summary>
    public const ulong ChainId = 1337;

    /// <summary>Funded keys that send transactions.</summary>
    public const int Senders = 40;

    /// <summary>Transfers in a large block.</summary>
    public const int LargeTransfers = 1_200;

    /// <summary>Storage slots the contracts write (0 to this − 1).</summary>
    public const int Slots = 50;

    /// <summary>Blocks the harness imports unless told otherwise.</summary>
    public const int DefaultBlocks = 200;

    /// <summary>The generator's clock at genesis (Unix seconds); each block adds 1 to 3 seconds.</summary>
    public const ulong StartTime = 1_800_000_000;

    /// <summary>
    /// The runtime code of the contracts: <c>SSTORE(calldata[0:32], calldata[32:64])</c>, then <c>LOG1</c> of the value
    /// with the slot as topic.
    /// </summary>
    private static readonly byte[] Runtime =
    [
        0x60, 0x20, 0x35, 0x60, 0x00, 0x35, 0x55, // SSTORE(slot, value)
        0x60, 0x20, 0x35, 0x60, 0x00, 0x52, // MSTORE(0, value)
        0x60, 0x00, 0x35, 0x60, 0x20, 0x60, 0x00, 0xa1, // LOG1(0, 32, slot)
        0x00, // STOP
    ];

    private static readonly UInt256 FundedBalance = UInt256.Parse("1000000000000000000000000");
    private static readonly UInt256 GasPrice = 100_000_000_000UL;

    private readonly FixedTime _time = new(StartTime);
    private readonly MemoryDatabase _database = new();
    private readonly BlockProducer _producer;
    private readonly ulong[] _nonces = new ulong[Senders];
    private readonly List<Address> _contracts = [];

    /// <summary>A generator at genesis.</summary>
    public CrashChain()
    {
        Tree = new BlockTree(new ChainStore(_database), new StateStore(_database, StateHistory.Archive), CreateProcessor(_time));
        _producer = new BlockProducer(Tree, SignerKey, _time);
    }

    /// <summary>The chain's parameters: <see cref="Senders"/> funded keys, the default gas limit.</summary>
    public static ChainSpec Spec { get; } = BuildSpec();

    /// <summary>The key that seals every block.</summary>
    public static byte[] SignerKey { get; } = Key(999);

    /// <summary>The generated chain so far, with the state of every block (archive).</summary>
    public BlockTree Tree { get; }

    /// <summary>The contracts deployed so far.</summary>
    public IReadOnlyList<Address> Contracts => _contracts;

    /// <summary>True for the blocks of <see cref="LargeTransfers"/> transfers: 25, 75, 125, ...</summary>
    public static bool IsLarge(ulong number) => number % 50 == 25;

    /// <summary>Private key <paramref name="index"/>: the 32-byte big-endian number index + 1.</summary>
    public static byte[] Key(int index)
    {
        var key = new byte[32];
        BinaryPrimitives.WriteInt32BigEndian(key.AsSpan(28), index + 1);
        return key;
    }

    /// <summary>The address of <see cref="Key"/>(<paramref name="index"/>).</summary>
    public static Address Account(int index)
    {
        Span<byte> publicKey = stackalloc byte[64];
        _ = Secp256k1.CreatePublicKey(Key(index), publicKey);
        return Address.FromPublicKey(publicKey);
    }

    /// <summary>The new account that transfer <paramref name="index"/> of block <paramref name="block"/> pays.</summary>
    public static Address Recipient(ulong block, int index)
    {
        Span<byte> bytes = stackalloc byte[Address.Size];
        bytes.Clear();
        bytes[0] = 0xaa;
        BinaryPrimitives.WriteUInt64BigEndian(bytes[1..], block);
        BinaryPrimitives.WriteInt32BigEndian(bytes[9..], index);
        return new Address(bytes);
    }

    /// <summary>The block rules of the chain, with <paramref name="time"/> as the node's clock.</summary>
    public static BlockProcessor CreateProcessor(TimeProvider time) => new(Spec, new SingleSignerAuthority(Address.FromPublicKey(PublicKey(SignerKey))), time);

    /// <summary>A clock late enough to accept every block of a chain of <paramref name="blocks"/> blocks.</summary>
    public static TimeProvider ImportClock(int blocks) => new FixedTime(StartTime + (3 * (ulong)blocks) + 60);

    /// <summary>Produces the next block (each of its transactions must make it in, or the generator is wrong).</summary>
    /// <exception cref="InvalidOperationException">A transaction was left out.</exception>
    public Block Next()
    {
        var number = Tree.Head.Number + 1;
        var transactions = Transactions(number);
        _time.Advance(1 + (number % 3));
        var block = _producer.Produce(new ListTransactionSource(transactions)).Block;
        if (block.Transactions.Count != transactions.Count)
        {
            throw new InvalidOperationException($"Block {number} holds {block.Transactions.Count} of the {transactions.Count} transactions generated for it.");
        }

        if (number % 20 == 1)
        {
            _contracts.Add(ContractAddress.From(Account(Senders - 1), _nonces[Senders - 1] - 1));
        }

        return block;
    }

    /// <summary>Releases the in-memory database.</summary>
    public void Dispose() => _database.Dispose();

    private List<Transaction> Transactions(ulong number)
    {
        var transactions = new List<Transaction>();
        if (number % 11 == 0)
        {
            return transactions;
        }

        if (IsLarge(number))
        {
            for (var i = 0; i < LargeTransfers; i++)
            {
                var from = 20 + (i % 20);
                transactions.Add(Sign(from, TxType.DynamicFee, Recipient(number, i), (ulong)(i + 1), 21_000, []));
            }

            return transactions;
        }

        var transfers = 1 + (int)(number % 6);
        for (var j = 0; j < transfers; j++)
        {
            var from = (int)((number + (ulong)j) % 19);
            var to = j % 2 == 0 ? Recipient(number, j) : Account((int)((number + (ulong)j + 5) % Senders));
            var type = (TxType)((number + (ulong)j) % 3);
            transactions.Add(Sign(from, type, to, (number * 1000) + (ulong)j, 21_000, []));
        }

        if (number % 3 == 0 && _contracts.Count > 0)
        {
            for (var j = 0; j < 1 + (int)(number % 3); j++)
            {
                var data = new byte[64];
                var slot = (int)(((number * 7) + (ulong)j) % Slots);
                data[31] = (byte)slot;
                var value = (number + (ulong)j) % 4 == 0 ? 0 : (number * 1000) + (ulong)j;
                BinaryPrimitives.WriteUInt64BigEndian(data.AsSpan(56), value);
                var contract = _contracts[(int)((number + (ulong)j) % (ulong)_contracts.Count)];
                transactions.Add(Sign(19 - j, TxType.DynamicFee, contract, 0, 100_000, data));
            }
        }

        if (number % 20 == 1)
        {
            byte[] init = [0x60, (byte)Runtime.Length, 0x80, 0x60, 0x0b, 0x60, 0x00, 0x39, 0x60, 0x00, 0xf3, .. Runtime];
            transactions.Add(Sign(Senders - 1, TxType.DynamicFee, null, 0, 200_000, init));
        }

        return transactions;
    }

    private Transaction Sign(int from, TxType type, Address? to, UInt256 value, ulong gas, byte[] data)
    {
        var unsigned = new Transaction
        {
            Type = type,
            ChainId = ChainId,
            Nonce = _nonces[from]++,
            GasPrice = type == TxType.DynamicFee ? UInt256.Zero : GasPrice,
            MaxPriorityFeePerGas = type == TxType.DynamicFee ? 1_000_000_000UL : UInt256.Zero,
            MaxFeePerGas = type == TxType.DynamicFee ? GasPrice : UInt256.Zero,
            GasLimit = gas,
            To = to,
            Value = value,
            Data = data,
        };
        return TransactionSigner.Sign(unsigned, Key(from));
    }

    private static byte[] PublicKey(ReadOnlySpan<byte> key)
    {
        var publicKey = new byte[64];
        _ = Secp256k1.CreatePublicKey(key, publicKey);
        return publicKey;
    }

    private static ChainSpec BuildSpec()
    {
        var alloc = new SortedDictionary<Address, GenesisAccount>();
        for (var i = 0; i < Senders; i++)
        {
            alloc[Account(i)] = new GenesisAccount(FundedBalance, 0, [], []);
        }

        return new ChainSpec
        {
            Name = "crash",
            ChainId = ChainId,
            Genesis = new GenesisSpec { Timestamp = 1_700_000_000, Alloc = alloc },
        };
    }
}
