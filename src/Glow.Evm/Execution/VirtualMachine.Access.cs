using System.Runtime.CompilerServices;
using Glow.Core;
using Glow.Core.Crypto;
using Glow.Core.Numerics;
using Glow.Evm.Gas;

namespace Glow.Evm.Execution;

internal sealed unsafe partial class VirtualMachine
{
    /// <summary>
    /// The EIP-2929 price of touching <paramref name="address"/>: warm 100, cold 2600 (and it becomes warm). Zero before
    /// EIP-2929, whose forks charge a static price in the opcode table instead.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long AccountAccessCost(in Address address)
    {
        if (!Spec.IsEip2929Enabled)
        {
            return 0;
        }

        return Substate.WarmAccount(address) ? GasCost.ColdAccountAccess : GasCost.WarmAccess;
    }

    /// <summary>The EIP-2929 price of reading a storage slot: warm 100, cold 2100 (and it becomes warm).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long SlotAccessCost(in Address address, in UInt256 slot) =>
        Substate.WarmSlot(address, slot) ? GasCost.ColdSload : GasCost.WarmAccess;

    /// <summary>The analysed code of <paramref name="address"/>, from the cache when it has been seen before.</summary>
    public CodeInfo GetCodeInfo(in Address address)
    {
        var hash = State.GetCodeHash(address);
        if (hash.IsZero || hash == Keccak256.OfEmpty)
        {
            return CodeInfo.Empty;
        }

        return CodeCache.TryGet(hash, out var info) ? info : CodeCache.Add(hash, State.GetCode(address).Span);
    }

    /// <summary>True when an account other than a dead one exists (EIP-161 "alive"), or under older rules, any account exists.</summary>
    public bool IsAliveForNewAccountCost(in Address address) =>
        Spec.IsEip158Enabled ? !State.IsDeadOrMissing(address) : State.AccountExists(address);

    /// <summary>True when a creation at <paramref name="address"/> would collide: it has code, a nonce or storage (EIP-684, EIP-7610).</summary>
    public bool HasCollision(in Address address) =>
        State.TryGetAccount(address, out var account) && (account.Nonce != 0 || account.HasCode || account.HasStorage);
}
