using Glow.Core;
using Glow.Core.Crypto;
using Glow.Core.Numerics;
using Glow.Evm.Instructions;

namespace Glow.Cli.Bench;

/// <summary>
/// The fixed contracts of <c>utg bench evm</c>, hand-assembled: an arithmetic loop, a Keccak loop, a memory-copy loop,
/// ERC-20 transfers and a recursive call chain.
/// </summary>
internal static class EvmBenchContracts
{
    /// <summary>Where each contract is installed.</summary>
    public static Address Address { get; } = Address.Parse("0xc0de00000000000000000000000000000000c0de");

    /// <summary>The five contracts.</summary>
    public static IReadOnlyList<EvmBenchContract> All { get; } =
    [
        ArithmeticLoop(),
        KeccakLoop(),
        MemoryCopyLoop(),
        Erc20Transfers(),
        RecursiveCalls(),
    ];

    private static byte[] Word(ulong value) => ((UInt256)value).ToBigEndian();

    /// <summary>n iterations of acc = ((acc · 3 + 7) XOR n) − (acc / 5) + (n mod 11), on a loop counter; n from call data.</summary>
    private static EvmBenchContract ArithmeticLoop()
    {
        var code = new BytecodeBuilder().Push(0).Op(Opcode.CALLDATALOAD).Push(1); // n acc
        var loop = code.Length;
        code.Op(Opcode.JUMPDEST)
            .Push(3).Op(Opcode.MUL).Push(7).Op(Opcode.ADD)           // n acc*3+7
            .Op(Opcode.DUP2).Op(Opcode.XOR)                          // n x
            .Push(5).Op(Opcode.DUP2).Op(Opcode.DIV)                  // n x x/5
            .Op(Opcode.SWAP1).Op(Opcode.SUB)                         // n x-x/5
            .Push(11).Op(Opcode.DUP3).Op(Opcode.MOD).Op(Opcode.ADD)  // n acc'
            .Op(Opcode.SWAP1).Push(1).Op(Opcode.SWAP1).Op(Opcode.SUB) // acc' n-1
            .Op(Opcode.SWAP1).Op(Opcode.DUP2)                        // n-1 acc' n-1
            .PushLabel(loop).Op(Opcode.JUMPI)
            .ReturnTop();
        return new EvmBenchContract("arithmetic", "ADD/MUL/DIV/MOD/XOR loop", code.ToArray(), [], [(Word(300_000), 30_000_000)]);
    }

    /// <summary>n iterations of mem[0..32] = keccak256(mem[0..64]); mem[32..64] holds the counter.</summary>
    private static EvmBenchContract KeccakLoop()
    {
        var code = new BytecodeBuilder().Push(0).Op(Opcode.CALLDATALOAD); // n
        var loop = code.Length;
        code.Op(Opcode.JUMPDEST)
            .Op(Opcode.DUP1).Push(32).Op(Opcode.MSTORE)
            .Push(64).Push(0).Op(Opcode.KECCAK256).Push(0).Op(Opcode.MSTORE)
            .Push(1).Op(Opcode.SWAP1).Op(Opcode.SUB).Op(Opcode.DUP1)
            .PushLabel(loop).Op(Opcode.JUMPI)
            .Push(32).Push(0).Op(Opcode.RETURN);
        return new EvmBenchContract("keccak", "KECCAK256 of 64 bytes in a loop", code.ToArray(), [], [(Word(200_000), 30_000_000)]);
    }

    /// <summary>n iterations of MCOPY of 4 KiB within an 8 KiB memory, alternating direction.</summary>
    private static EvmBenchContract MemoryCopyLoop()
    {
        var code = new BytecodeBuilder().Push(0).Op(Opcode.CALLDATALOAD); // n
        var loop = code.Length;
        code.Op(Opcode.JUMPDEST)
            .Push(4096).Push(0).Push(4096).Op(Opcode.MCOPY)
            .Push(4096).Push(4096).Push(0).Op(Opcode.MCOPY)
            .Push(1).Op(Opcode.SWAP1).Op(Opcode.SUB).Op(Opcode.DUP1)
            .PushLabel(loop).Op(Opcode.JUMPI)
            .Push(32).Push(0).Op(Opcode.RETURN);
        return new EvmBenchContract("memcopy", "MCOPY of 4 KiB in a loop", code.ToArray(), [], [(Word(35_000), 30_000_000)]);
    }

    /// <summary>
    /// A minimal ERC-20 <c>transfer(address,uint256)</c>: selector check, balances in a mapping at slot 0
    /// (keccak(holder ‖ 0)), balance check, two SSTOREs, a Transfer LOG3, returns true. One round is 200 transfers
    /// from the caller to 50 recipients in turn.
    /// </summary>
    private static EvmBenchContract Erc20Transfers()
    {
        var transferTopic = Keccak256.Compute("Transfer(address,address,uint256)"u8);
        var code = new BytecodeBuilder();
        var revertAt = 0;
        code.Push(0).Op(Opcode.CALLDATALOAD).Push(0xe0).Op(Opcode.SHR).Push(0xa9059cbb).Op(Opcode.EQ).Op(Opcode.ISZERO);
        var jumpToRevert1 = code.Length;
        code.PushLabel(0).Op(Opcode.JUMPI)
            .Op(Opcode.CALLER).Push(0).Op(Opcode.MSTORE).Push(0).Push(32).Op(Opcode.MSTORE)
            .Push(64).Push(0).Op(Opcode.KECCAK256)                     // fromSlot
            .Op(Opcode.DUP1).Op(Opcode.SLOAD)                         // fromSlot fromBal
            .Push(36).Op(Opcode.CALLDATALOAD)                         // fromSlot fromBal amount
            .Op(Opcode.DUP1).Op(Opcode.DUP3).Op(Opcode.LT);           // … fromBal < amount
        var jumpToRevert2 = code.Length;
        code.PushLabel(0).Op(Opcode.JUMPI)
            .Op(Opcode.DUP1).Op(Opcode.DUP3).Op(Opcode.SUB).Op(Opcode.DUP4).Op(Opcode.SSTORE) // balances[from] -= amount
            .Push(4).Op(Opcode.CALLDATALOAD).Push(0).Op(Opcode.MSTORE)
            .Push(64).Push(0).Op(Opcode.KECCAK256)                     // fromSlot fromBal amount toSlot
            .Op(Opcode.DUP1).Op(Opcode.SLOAD).Op(Opcode.DUP3).Op(Opcode.ADD).Op(Opcode.SWAP1).Op(Opcode.SSTORE)
            .Push(0).Op(Opcode.MSTORE)                                 // mem[0] = amount
            .Push(4).Op(Opcode.CALLDATALOAD).Op(Opcode.CALLER).Push(Words(transferTopic)).Push(32).Push(0).Op(Opcode.LOG3)
            .Op(Opcode.POP).Op(Opcode.POP)
            .Push(1).Push(0).Op(Opcode.MSTORE).Push(32).Push(0).Op(Opcode.RETURN);
        revertAt = code.Length;
        code.Op(Opcode.JUMPDEST).Push(0).Op(Opcode.DUP1).Op(Opcode.REVERT);

        var bytes = code.ToArray();
        PatchLabel(bytes, jumpToRevert1, revertAt);
        PatchLabel(bytes, jumpToRevert2, revertAt);

        Span<byte> key = stackalloc byte[64];
        key.Clear();
        EvmBenchContract.Caller.CopyTo(key[12..]);
        var callerSlot = Words(Keccak256.Compute(key));
        var calls = new List<(byte[], ulong)>();
        for (var i = 0; i < 200; i++)
        {
            var data = new byte[4 + 64];
            data[0] = 0xa9;
            data[1] = 0x05;
            data[2] = 0x9c;
            data[3] = 0xbb;
            data[4 + 31] = (byte)(1 + (i % 50));
            data[4 + 12] = 0xee;
            data[4 + 63] = 1;
            calls.Add((data, 100_000));
        }

        return new EvmBenchContract("erc20", "ERC-20 transfer() calls, 200 per round", bytes, [(callerSlot, UInt256.MaxValue >> 1)], calls);
    }

    /// <summary>A top-level loop making r calls to itself, each recursing d levels deep (d and r from call data).</summary>
    private static EvmBenchContract RecursiveCalls()
    {
        var code = new BytecodeBuilder().Push(0).Op(Opcode.CALLDATALOAD); // d
        var doneJump1 = code.Length + 2;
        code.Op(Opcode.DUP1).Op(Opcode.ISZERO).PushLabel(0).Op(Opcode.JUMPI)
            .Push(32).Op(Opcode.CALLDATALOAD).Op(Opcode.DUP1).Op(Opcode.ISZERO).Op(Opcode.OR); // d r (r at least 1)
        var loop = code.Length;
        code.Op(Opcode.JUMPDEST);
        var doneJump2 = code.Length + 2;
        code.Op(Opcode.DUP1).Op(Opcode.ISZERO).PushLabel(0).Op(Opcode.JUMPI)
            .Push(1).Op(Opcode.SWAP1).Op(Opcode.SUB)                              // d r-1
            .Push(1).Op(Opcode.DUP3).Op(Opcode.SUB).Push(0).Op(Opcode.MSTORE)     // mem[0] = d-1
            .Push(0).Push(0).Push(32).Push(0).Push(0).Op(Opcode.ADDRESS).Op(Opcode.GAS).Op(Opcode.CALL).Op(Opcode.POP)
            .PushLabel(loop).Op(Opcode.JUMP);
        var done = code.Length;
        code.Op(Opcode.JUMPDEST).Op(Opcode.STOP);
        var bytes = code.ToArray();
        PatchLabel(bytes, doneJump1, done);
        PatchLabel(bytes, doneJump2, done);
        var data = new byte[64];
        Word(8).CopyTo(data, 0);
        Word(2_000).CopyTo(data, 32);
        return new EvmBenchContract("calls", "2,000 call chains 8 deep", bytes, [], [(data, 30_000_000)]);
    }

    private static UInt256 Words(Hash256 hash) => UInt256.FromBigEndian(hash.Bytes);

    /// <summary>Writes <paramref name="target"/> into the PUSH2 at <paramref name="pushAt"/>.</summary>
    private static void PatchLabel(byte[] code, int pushAt, int target)
    {
        if (code[pushAt] != (byte)Opcode.PUSH2)
        {
            throw new InvalidOperationException($"no PUSH2 at {pushAt}");
        }

        code[pushAt + 1] = (byte)(target >> 8);
        code[pushAt + 2] = (byte)target;
    }
}
