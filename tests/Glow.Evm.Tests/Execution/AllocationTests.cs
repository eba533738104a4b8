using Glow.Evm.Instructions;

namespace Glow.Evm.Tests.Execution;

public class AllocationTests
{
    [Fact]
    public void Instructions_allocate_nothing_so_a_longer_loop_allocates_no_more()
    {
        // n iterations of arithmetic, memory and stack work; the only allocations are the transaction's own (result, output).
        var code = new BytecodeBuilder().Push(0).Op(Opcode.CALLDATALOAD);
        var loop = code.Length;
        code.Op(Opcode.JUMPDEST)
            .Op(Opcode.DUP1).Push(64).Op(Opcode.MSTORE).Push(64).Op(Opcode.MLOAD).Push(3).Op(Opcode.MUL).Op(Opcode.POP)
            .Push(1).Op(Opcode.SWAP1).Op(Opcode.SUB).Op(Opcode.DUP1).PushLabel(loop).Op(Opcode.JUMPI).ReturnTop();
        var evm = new EvmHarness().WithCode(code.ToHex());
        static string Iterations(ulong n) => "0x" + n.ToString("x64", System.Globalization.CultureInfo.InvariantCulture);
        long Allocated(ulong iterations)
        {
            // The least of three runs: the JIT (on-stack replacement, tiering) may allocate on this thread during one.
            var least = long.MaxValue;
            for (var attempt = 0; attempt < 3; attempt++)
            {
                var before = GC.GetAllocatedBytesForCurrentThread();
                Assert.True(evm.Call(Iterations(iterations), gas: 10_000_000).Success);
                least = Math.Min(least, GC.GetAllocatedBytesForCurrentThread() - before);
            }

            return least;
        }

        Allocated(20_000);
        var few = Allocated(10);
        var many = Allocated(20_000);

        // 2,000 times the instructions; allow a little slack for the world state's own bookkeeping.
        Assert.True(many <= few + 512, $"10 iterations allocated {few} bytes, 20,000 allocated {many}");
    }
}
