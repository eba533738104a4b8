using Glow.Core;
using Glow.Core.Chain;
using Glow.Core.Crypto;
using Glow.Core.Encoding;
using Glow.Core.Numerics;
using Glow.Evm.Execution;
using Glow.Evm.Instructions;
using Glow.State;

namespace Glow.Evm.Tests.Chain;

/// <summary>The genesis preinstalls run as they do on Ethereum mainnet (protocol.md §2).</summary>
public class PreinstallTests
{
    private static readonly Address Funded = Address.Parse("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");

    [Fact]
    public void Deploying_through_the_create2_deployer_gives_the_address_create2_predicts()
    {
        var evm = WithDevGenesis();
        var runtime = new BytecodeBuilder().Push(42).ReturnTop().ToArray();
        var initCode = BytecodeBuilder.Deploying(runtime).ToArray();
        var salt = UInt256.Parse("0x1234");
        var expected = ContractAddress.From(Preinstalls.Create2Deployer.Address, salt, initCode);

        var result = evm.Send(Preinstalls.Create2Deployer.Address, Hex.Encode([.. salt.ToBigEndian(), .. initCode]));

        Assert.True(result.Success, result.Status.ToString());
        Assert.Equal(expected.ToArray(), result.Output.ToArray());
        Assert.Equal(runtime, evm.State.GetCode(expected).ToArray());
        Assert.Equal(1UL, evm.State.GetNonce(expected));
    }

    [Fact]
    public void The_create2_deployer_reverts_when_the_same_salt_and_code_are_deployed_twice()
    {
        var evm = WithDevGenesis();
        var data = Hex.Encode([.. new byte[32], .. BytecodeBuilder.Deploying([0x00]).ToArray()]);

        Assert.True(evm.Send(Preinstalls.Create2Deployer.Address, data).Success);
        Assert.Equal(EvmStatus.Revert, evm.Send(Preinstalls.Create2Deployer.Address, data).Status);
    }

    [Fact]
    public void Multicall3_aggregate3_returns_each_call_result_abi_encoded()
    {
        var evm = WithDevGenesis();
        var multicall = Preinstalls.Multicall3.Address;
        byte[] getEthBalance = [.. Hex.Decode("0x4d2301cc"), .. Word(Funded)];
        byte[] getBlockNumber = Hex.Decode("0x42cbb15c");

        // aggregate3((address target, bool allowFailure, bytes callData)[]) with two calls to Multicall3 itself.
        byte[] calldata =
        [
            .. Hex.Decode("0x82ad56cb"),
            .. Word(0x20),
            .. Word(2),
            .. Word(0x40),
            .. Word(0x40 + 0xc0),
            .. Word(multicall), .. Word(0), .. Word(0x60), .. Word((ulong)getEthBalance.Length), .. Padded(getEthBalance),
            .. Word(multicall), .. Word(1), .. Word(0x60), .. Word((ulong)getBlockNumber.Length), .. Padded(getBlockNumber),
        ];

        var result = evm.Send(multicall, Hex.Encode(calldata));

        // Result[] (bool success, bytes returnData): the balance, then the block number.
        byte[] expected =
        [
            .. Word(0x20),
            .. Word(2),
            .. Word(0x40),
            .. Word(0x40 + 0x80),
            .. Word(1), .. Word(0x40), .. Word(32), .. Word(UInt256.Parse("10000000000000000000000")),
            .. Word(1), .. Word(0x40), .. Word(32), .. Word(evm.Block.Number),
        ];
        Assert.True(result.Success, result.Status.ToString());
        Assert.Equal(Hex.Encode(expected), Hex.Encode(result.Output.Span));
    }

    [Fact]
    public void The_genesis_state_holds_the_preinstalls_with_their_published_code_hashes()
    {
        var evm = WithDevGenesis();

        foreach (var preinstall in Preinstalls.All)
        {
            Assert.Equal(preinstall.CodeHash, Keccak256.Compute(evm.State.GetCode(preinstall.Address).Span));
            Assert.Equal(Preinstall.Nonce, evm.State.GetNonce(preinstall.Address));
        }
    }

    private static EvmHarness WithDevGenesis()
    {
        var evm = new EvmHarness();
        GenesisState.Apply(evm.State, ChainSpecLoader.Dev().BuildGenesisAlloc());
        return evm;
    }

    private static byte[] Word(ulong value) => Word((UInt256)value);

    private static byte[] Word(UInt256 value) => value.ToBigEndian();

    private static byte[] Word(Address address) => [.. new byte[12], .. address.ToArray()];

    private static byte[] Padded(byte[] data) => [.. data, .. new byte[(32 - (data.Length % 32)) % 32]];
}
