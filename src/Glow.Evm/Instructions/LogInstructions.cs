using Glow.Core;
using Glow.Core.Blocks;
using Glow.Core.Numerics;
using Glow.Evm.Execution;
using Glow.Evm.Gas;

namespace Glow.Evm.Instructions;

/// <summary>LOG0 … LOG4 (0xa0–0xa4): memory offset μs[0], length μs[1], then the topics; 8 gas per byte plus memory.</summary>
internal static unsafe class LogInstructions
{
    public static EvmStatus Log(VirtualMachine vm, CallFrame frame, UInt256* top, int topicCount)
    {
        ref var length = ref top[-1];
        long cost = 0;
        if (!length.IsZero)
        {
            if (!length.IsUInt64 || length.U0 > GasMath.MaxMemorySize)
            {
                return EvmStatus.OutOfGas;
            }

            var data = GasCost.LogData * (long)length.U0;
            var expansion = frame.Memory.ExpansionCost(in top[0], in length, frame.Gas - data);
            cost = expansion == long.MaxValue ? long.MaxValue : data + expansion;
        }

        if (!EnvironmentInstructions.Charge(frame, cost))
        {
            return EvmStatus.OutOfGas;
        }

        if (frame.IsStatic)
        {
            return EvmStatus.StaticStateChange;
        }

        var topics = topicCount == 0 ? [] : new Hash256[topicCount];
        for (var i = 0; i < topicCount; i++)
        {
            topics[i] = Words.ToHash(in top[-2 - i]);
        }

        var bytes = length.IsZero ? [] : frame.Memory.Slice((long)top[0].U0, (long)length.U0).ToArray();
        vm.Substate.AddLog(new Log(frame.Target, topics, bytes));
        return EvmStatus.Success;
    }
}
