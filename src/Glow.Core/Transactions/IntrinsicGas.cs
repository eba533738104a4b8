using Glow.Core.Specs;

namespace Glow.Core.Transactions;

/// <summary>
/// The gas a transaction pays before any code runs (yellow paper §6.2, g0): the base cost, calldata,
/// contract creation, the access list (EIP-2930) and init code words (EIP-3860).
/// </summary>
public static class IntrinsicGas
{
    /// <summary>Base cost of every transaction.</summary>
    public const ulong TxGas = 21_000;

    /// <summary>Extra cost of a contract-creating transaction from Homestead on (EIP-2).</summary>
    public const ulong TxCreateGas = 32_000;

    /// <summary>Cost of a zero byte of data.</summary>
    public const ulong TxDataZeroGas = 4;

    /// <summary>Cost of each address in the access list (EIP-2930).</summary>
    public const ulong AccessListAddressGas = 2_400;

    /// <summary>Cost of each storage key in the access list (EIP-2930).</summary>
    public const ulong AccessListStorageKeyGas = 1_900;

    /// <summary>Cost of each 32-byte word of init code (EIP-3860).</summary>
    public const ulong InitCodeWordGas = 2;

    /// <summary>Cost of each authorization in a set-code transaction (EIP-7702's PER_EMPTY_ACCOUNT_COST).</summary>
    public const ulong AuthorizationGas = 25_000;

    /// <summary>The intrinsic gas of <paramref name="tx"/> under <paramref name="spec"/>.</summary>
    public static ulong Of(Transaction tx, ReleaseSpec spec)
    {
        var gas = TxGas;
        var data = tx.Data.Span;
        var zeros = (ulong)data.Count((byte)0);
        var nonZeros = (ulong)data.Length - zeros;
        gas += (zeros * TxDataZeroGas) + (nonZeros * (ulong)spec.TxDataNonZeroGas);

        if (tx.IsContractCreation)
        {
            if (spec.IsEip2Enabled)
            {
                gas += TxCreateGas;
            }

            if (spec.IsEip3860Enabled)
            {
                gas += InitCodeWordGas * (((ulong)data.Length + 31) / 32);
            }
        }

        foreach (var entry in tx.AccessList)
        {
            gas += AccessListAddressGas + (AccessListStorageKeyGas * (ulong)entry.StorageKeys.Count);
        }

        gas += AuthorizationGas * (ulong)tx.AuthorizationList.Count;
        return gas;
    }
}
