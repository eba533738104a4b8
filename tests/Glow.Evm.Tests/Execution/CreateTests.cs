using Glow.Core;
using Glow.Core.Encoding;
using Glow.Core.Numerics;
using Glow.Evm.Execution;
using Glow.Evm.Instructions;
using Glow.Evm.Processing;

namespace Glow.Evm.Tests.Execution;

public class CreateTests
{
    [Theory]
    [InlineData("0x6ac7ea33f8831ea9dcc53393aaa88b25a785dbf0", 0, "0xcd234a471b72ba2f1ccf0a70fcaba648a5eecd8d")]
    [InlineData("0x6ac7ea33f8831ea9dcc53393aaa88b25a785dbf0", 1, "0x343c43a37d37dff08ae8c4a11544c718abb4fcf8")]
    [InlineData("0x6ac7ea33f8831ea9dcc53393aaa88b25a785dbf0", 2, "0xf778b86fa74e846c4f0a1fbd1335fe81c00a0c91")]
    public void Create_address_is_the_hash_of_sender_and_nonce(string sender, ulong nonce, string expected) =>
        Assert.Equal(Address.Parse(expected), ContractAddress.From(Address.Parse(sender), nonce));

    [Theory]
    // EIP-1014's examples.
    [InlineData("0x0000000000000000000000000000000000000000", "0x00", "0x00", "0x4D1A2e2bB4F88F0250f26Ffff098B0b30B26BF38")]
    [InlineData("0xdeadbeef00000000000000000000000000000000", "0x00", "0x00", "0xB928f69Bb1D91Cd65274e3c79d8986362984fDA3")]
    [InlineData("0x00000000000000000000000000000000deadbeef", "0xcafebabe", "0xdeadbeef", "0x60f3f640a8508fC6a86d45DF051962668E1e8AC7")]
    [InlineData("0x0000000000000000000000000000000000000000", "0x00", "0x", "0xE33C0C7F7df4809055C3ebA6c09CFe4BaF1BD9e0")]
    public void Create2_address_follows_eip_1014(string sender, string salt, string initCode, string expected) =>
        Assert.Equal(Address.Parse(expected), ContractAddress.From(Address.Parse(sender), UInt256.Parse(salt), Hex.Decode(initCode)));

    [Fact]
    public void A_creation_transaction_deploys_the_returned_code_at_the_sender_and_nonce_address()
    {
        var runtime = new BytecodeBuilder().Push(7).ReturnTop().ToArray();
        var evm = new EvmHarness();

        var result = evm.Send(null, BytecodeBuilder.Deploying(runtime).ToHex());

        Assert.True(result.Success);
        var address = ContractAddress.From(EvmHarness.Sender, 0);
        Assert.Equal(address, result.ContractAddress);
        Assert.Equal(runtime, evm.State.GetCode(address).ToArray());
        Assert.Equal(1UL, evm.State.GetNonce(address));
    }

    [Fact]
    public void Code_starting_with_0xEF_is_not_deployed()
    {
        var evm = new EvmHarness();
        var result = evm.Send(null, BytecodeBuilder.Deploying([0xef, 0x00]).ToHex());

        Assert.Equal(EvmStatus.InvalidCodePrefix, result.Status);
        Assert.False(evm.State.AccountExists(ContractAddress.From(EvmHarness.Sender, 0)));
    }

    [Fact]
    public void Code_longer_than_24576_bytes_is_not_deployed()
    {
        // Init code returning 24577 zero bytes from fresh memory: PUSH2 0x6001, PUSH1 0, RETURN.
        var evm = new EvmHarness();
        var tooLong = evm.Send(null, new BytecodeBuilder().Push(24_577).Push(0).Op(Opcode.RETURN).ToHex(), gas: 10_000_000);
        var atLimit = evm.Send(null, new BytecodeBuilder().Push(24_576).Push(0).Op(Opcode.RETURN).ToHex(), gas: 10_000_000);

        Assert.Equal(EvmStatus.CodeSizeExceeded, tooLong.Status);
        Assert.True(atLimit.Success);
    }

    [Fact]
    public void A_creation_transaction_with_init_code_over_the_limit_is_rejected()
    {
        var evm = new EvmHarness();
        var result = evm.Send(null, Hex.Encode(new byte[49_153]), gas: 10_000_000);

        Assert.Equal(TxInvalidReason.InitCodeSizeExceeded, result.Invalid);
        Assert.Equal(0UL, evm.State.GetNonce(EvmHarness.Sender));
    }

    [Fact]
    public void Create_with_init_code_over_the_limit_runs_out_of_gas()
    {
        var evm = new EvmHarness().WithCode(new BytecodeBuilder().Push(49_153).Push(0).Push(0).Op(Opcode.CREATE).ToHex());
        Assert.Equal(EvmStatus.OutOfGas, evm.Call(gas: 10_000_000).Status);
    }

    [Fact]
    public void Create_charges_two_gas_per_word_of_init_code()
    {
        var one = new EvmHarness().WithCode(new BytecodeBuilder().Push(32).Push(0).Push(0).Op(Opcode.CREATE).Op(Opcode.POP).ToHex()).Call();
        var two = new EvmHarness().WithCode(new BytecodeBuilder().Push(64).Push(0).Push(0).Op(Opcode.CREATE).Op(Opcode.POP).ToHex()).Call();

        // One more word: 3 of memory and 2 of init code (the zero init code runs nothing).
        Assert.Equal(one.GasUsed + 3 + 2, two.GasUsed);
    }

    [Fact]
    public void Create_pushes_the_new_address_and_increments_the_creators_nonce()
    {
        var evm = new EvmHarness().WithCode(new BytecodeBuilder().Push(0).Push(0).Push(0).Op(Opcode.CREATE).StoreTop(0).ToHex());

        Assert.True(evm.Call().Success);
        Assert.Equal(Words.FromAddress(ContractAddress.From(EvmHarness.Contract, 0)), evm.Storage(0));
        Assert.Equal(1UL, evm.State.GetNonce(EvmHarness.Contract));
    }

    [Fact]
    public void Create2_onto_an_existing_contract_collides_and_pushes_zero()
    {
        var code = new BytecodeBuilder().Push(9).Push(0).Push(0).Push(0).Op(Opcode.CREATE2).StoreTop(0)
            .Push(9).Push(0).Push(0).Push(0).Op(Opcode.CREATE2).StoreTop(1);
        var evm = new EvmHarness().WithCode(code.ToHex());

        Assert.True(evm.Call().Success);
        Assert.Equal(Words.FromAddress(ContractAddress.From(EvmHarness.Contract, 9, [])), evm.Storage(0));
        Assert.Equal(UInt256.Zero, evm.Storage(1));
        Assert.Equal(2UL, evm.State.GetNonce(EvmHarness.Contract));
    }
}
