namespace Glow.Core.Transactions;

/// <summary>One entry of an EIP-2930 access list: an address and the storage keys of it that the transaction will touch.</summary>
/// <param name="Address">The account.</param>
/// <param name="StorageKeys">Its storage slots, each exactly 32 bytes.</param>
public sealed record AccessListEntry(Address Address, IReadOnlyList<Hash256> StorageKeys)
{
    /// <summary>Equal when the address and every key, in order, are equal.</summary>
    public bool Equals(AccessListEntry? other) =>
        other is not null && Address == other.Address && StorageKeys.SequenceEqual(other.StorageKeys);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Address, StorageKeys.Count);
}
