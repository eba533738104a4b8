using Glow.Core.Crypto;
using Glow.Core.Numerics;

namespace Glow.Core.State;

/// <summary>
/// An account as the state trie stores it: <c>rlp([nonce, balance, storageRoot, codeHash])</c> (Yellow Paper §4.1).
/// The nonce is a 64-bit number (EIP-2681 caps it at 2^64 - 1).
/// </summary>
/// <param name="Nonce">Transactions sent (externally owned) or contracts created (contracts).</param>
/// <param name="Balance">Balance in wei.</param>
/// <param name="StorageRoot">Root of the account's storage trie; <see cref="EmptyTrieRoot"/> when it has no storage.</param>
/// <param name="CodeHash">Keccak-256 of the code; <see cref="Keccak256.OfEmpty"/> when it has none.</param>
public readonly record struct Account(ulong Nonce, UInt256 Balance, Hash256 StorageRoot, Hash256 CodeHash)
{
    /// <summary>The root hash of an empty trie, Keccak-256 of the RLP empty string (0x80).</summary>
    public static Hash256 EmptyTrieRoot => Keccak256.OfEmptyString;

    /// <summary>A new account with no nonce, no balance, no code and no storage.</summary>
    public static Account Empty => new(0, UInt256.Zero, Keccak256.OfEmptyString, Keccak256.OfEmpty);

    /// <summary>A fresh account holding <paramref name="balance"/>.</summary>
    public static Account WithBalance(in UInt256 balance) => new(0, balance, Keccak256.OfEmptyString, Keccak256.OfEmpty);

    /// <summary>True when the account has code.</summary>
    public bool HasCode => CodeHash != Keccak256.OfEmpty;

    /// <summary>True when the account has a non-empty storage trie.</summary>
    public bool HasStorage => StorageRoot != Keccak256.OfEmptyString;

    /// <summary>Empty in the sense of EIP-161: zero nonce, zero balance and no code.</summary>
    public bool IsEmpty => Nonce == 0 && Balance.IsZero && !HasCode;
}
