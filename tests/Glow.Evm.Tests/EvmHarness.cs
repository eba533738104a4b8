using Glow.Core;
using Glow.Core.Encoding;
using Glow.Core.Numerics;
using Glow.Core.Specs;
using Glow.Core.Transactions;
using Glow.Evm.Execution;
using Glow.Evm.Processing;
using Glow.Evm.Tracing;
using Glow.State;

namespace Glow.Evm.Tests;

/// <summary>Runs bytecode in a one-transaction world: a funded sender, a contract under test, Cancun rules.</summary>
internal sealed class EvmHarness
{
    public static readonly Address Sender = Address.Parse("0xa94f5374fce5edbc8e2a8697c15331677e6ebf0b");
    public static readonly Address Contract = Address.Parse("0x1000000000000000000000000000000000000001");
    public static readonly Address Coinbase = Address.Parse("0x2adc25665018aa1fe0e6bc666dac8fc2697ff9ba");

    public EvmHarness(ReleaseSpec? spec = null, IPrecompileProvider? precompiles = null)
    {
        Processor = new TransactionProcessor(spec ?? Forks.Cancun, precompiles ?? PrecompileMap.Empty);
        State.AddBalance(Sender, UInt256.Parse("1000000000000000000000"));
        State.FinishTransaction(false);
    }

    public WorldState State { get; } = WorldState.InMemory();

    public TransactionProcessor Processor { get; }

    public BlockContext Block { get; set; } = new()
    {
        Coinbase = Coinbase,
        Number = 1,
        Timestamp = 1000,
        GasLimit = 30_000_000,
        ChainId = 1,
        BaseFee = 7,
    };

    /// <summary>Installs <paramref name="code"/> (hex) at <paramref name="address"/>.</summary>
    public EvmHarness WithCode(Address address, string code)
    {
        State.SetCode(address, Hex.Decode(code));
        State.FinishTransaction(false);
        return this;
    }

    public EvmHarness WithCode(string code) => WithCode(Contract, code);

    /// <summary>Sends a dynamic-fee transaction to <paramref name="to"/> (or a creation when null).</summary>
    public TransactionResult Send(Address? to, string data = "0x", ulong gas = 1_000_000, UInt256 value = default, ITxTracer? tracer = null, IReadOnlyList<AccessListEntry>? accessList = null)
    {
        var tx = new Transaction
        {
            Type = TxType.DynamicFee,
            ChainId = 1,
            Nonce = State.GetNonce(Sender),
            MaxFeePerGas = 10,
            MaxPriorityFeePerGas = 2,
            GasLimit = gas,
            To = to,
            Value = value,
            Data = Hex.Decode(data),
            AccessList = accessList ?? [],
        };
        return Processor.Execute(State, Block, tx, Sender, 0, tracer);
    }

    public TransactionResult Call(string data = "0x", ulong gas = 1_000_000) => Send(Contract, data, gas);

    public UInt256 Storage(ulong slot, Address? address = null) => State.GetStorage(address ?? Contract, slot);
}
