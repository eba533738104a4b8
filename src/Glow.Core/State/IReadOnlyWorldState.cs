using Glow.Core.Numerics;

namespace Glow.Core.State;

/// <summary>
/// Read access to the world state: accounts, code and storage. Implemented by the mutable world state (which sees
/// its own uncommitted changes) and by read-only views of the state under a stored root.
/// </summary>
public interface IReadOnlyWorldState
{
    /// <summary>Reads an account; false when no account exists at <paramref name="address"/>.</summary>
    bool TryGetAccount(in Address address, out Account account);

    /// <summary>True when an account exists at <paramref name="address"/> (it may still be empty in the EIP-161 sense).</summary>
    bool AccountExists(in Address address);

    /// <summary>True when no account exists or it is empty (EIP-161 "dead").</summary>
    bool IsDeadOrMissing(in Address address);

    /// <summary>The balance, zero for a missing account.</summary>
    UInt256 GetBalance(in Address address);

    /// <summary>The nonce, zero for a missing account.</summary>
    ulong GetNonce(in Address address);

    /// <summary>The code hash; <see cref="Crypto.Keccak256.OfEmpty"/> for an account without code, zero for a missing account.</summary>
    Hash256 GetCodeHash(in Address address);

    /// <summary>The code (empty for none). The returned memory must not be modified.</summary>
    ReadOnlyMemory<byte> GetCode(in Address address);

    /// <summary>The value of storage slot <paramref name="slot"/>; zero when unset or the account is missing.</summary>
    UInt256 GetStorage(in Address address, in UInt256 slot);
}
