using Glow.Core.Numerics;
using Glow.Core.Specs;

namespace Glow.Evm.Gas;

/// <summary>
/// The price and refund of SSTORE: the net metering of EIP-2200 with the cold/warm prices of EIP-2929 and the
/// smaller clearing refund of EIP-3529, or the original rule (20,000 to set, 5,000 otherwise) before Istanbul.
/// </summary>
public static class SstoreCost
{
    /// <summary>
    /// The gas of writing <paramref name="value"/> over <paramref name="current"/>, where the slot held
    /// <paramref name="original"/> at the start of the transaction; <paramref name="cold"/> when the slot was not yet
    /// warm (EIP-2929). <paramref name="refund"/> receives the change to the refund counter (possibly negative).
    /// </summary>
    public static long Compute(ReleaseSpec spec, in UInt256 original, in UInt256 current, in UInt256 value, bool cold, out long refund)
    {
        if (!spec.IsEip2200Enabled)
        {
            refund = !current.IsZero && value.IsZero ? GasCost.StorageClearRefundLegacy : 0;
            return current.IsZero && !value.IsZero ? GasCost.StorageSet : GasCost.StorageUpdate;
        }

        var warmRead = spec.IsEip2929Enabled ? GasCost.WarmAccess : 800;
        var update = spec.IsEip2929Enabled ? GasCost.StorageUpdate - GasCost.ColdSload : GasCost.StorageUpdate;
        var clearRefund = spec.IsEip3529Enabled ? GasCost.StorageClearRefund : GasCost.StorageClearRefundLegacy;
        long cost = cold && spec.IsEip2929Enabled ? GasCost.ColdSload : 0;
        refund = 0;
        if (original == current && current != value)
        {
            cost += original.IsZero ? GasCost.StorageSet : update;
        }
        else
        {
            cost += warmRead;
        }

        if (current != value)
        {
            if (!original.IsZero && !current.IsZero && value.IsZero)
            {
                refund += clearRefund;
            }

            if (!original.IsZero && current.IsZero)
            {
                refund -= clearRefund;
            }

            if (original == value)
            {
                refund += original.IsZero ? GasCost.StorageSet - warmRead : update - warmRead;
            }
        }

        return cost;
    }
}
