using Glow.Core.Numerics;

namespace Glow.Core.State;

/// <summary>
/// The mutable world state the transaction processor works on. Every change is journaled:
/// <see cref="TakeSnapshot"/> and <see cref="RevertToSnapshot"/> nest, as calls and creates require.
/// Changes stay in memory until <see cref="Commit"/> writes them and returns the new state root.
/// </summary>
/// <remarks>
/// Transaction scope: <see cref="GetOriginalStorage"/> returns a slot's value at the start of the current transaction
/// (EIP-2200); transient storage (EIP-1153) lives until <see cref="FinishTransaction"/>. Accounts touched during the
/// transaction and empty at its end are deleted by <see cref="FinishTransaction"/> when EIP-161 applies.
/// </remarks>
public interface IWorldState : IReadOnlyWorldState
{
    /// <summary>
    /// Creates an account for a new contract (CREATE/CREATE2) or overwrites a dead one: nonce and code are reset, storage
    /// is cleared, an existing balance is kept (value may be sent to an address before a contract is created there).
    /// </summary>
    void CreateAccount(in Address address);

    /// <summary>Adds to the balance, creating the account when missing. Adding zero still touches the account (EIP-161).</summary>
    void AddBalance(in Address address, in UInt256 amount);

    /// <summary>Subtracts from the balance.</summary>
    /// <exception cref="InvalidOperationException">The balance is lower than <paramref name="amount"/>.</exception>
    void SubtractBalance(in Address address, in UInt256 amount);

    /// <summary>Sets the nonce, creating the account when missing.</summary>
    void SetNonce(in Address address, ulong nonce);

    /// <summary>Sets the code of an existing account (or creates it) and its code hash.</summary>
    void SetCode(in Address address, ReadOnlyMemory<byte> code);

    /// <summary>Writes a storage slot; writing zero deletes it.</summary>
    void SetStorage(in Address address, in UInt256 slot, in UInt256 value);

    /// <summary>The value of the slot at the start of the current transaction (EIP-2200 "original value").</summary>
    UInt256 GetOriginalStorage(in Address address, in UInt256 slot);

    /// <summary>Reads transient storage (EIP-1153); zero when unset.</summary>
    UInt256 GetTransientStorage(in Address address, in UInt256 slot);

    /// <summary>Writes transient storage (EIP-1153); journaled like every other change, discarded at the end of the transaction.</summary>
    void SetTransientStorage(in Address address, in UInt256 slot, in UInt256 value);

    /// <summary>Marks an account touched (EIP-161) without changing it; an existing empty touched account is deleted at the end of the transaction.</summary>
    void Touch(in Address address);

    /// <summary>Deletes an account with its code and storage (SELFDESTRUCT of a contract created in the same transaction, EIP-6780).</summary>
    void DeleteAccount(in Address address);

    /// <summary>Records the current position of the journal; pass the result to <see cref="RevertToSnapshot"/>.</summary>
    int TakeSnapshot();

    /// <summary>Undoes every change made since <paramref name="snapshot"/> was taken, including later nested snapshots.</summary>
    void RevertToSnapshot(int snapshot);

    /// <summary>
    /// Ends a transaction: applies EIP-161 cleanup of touched empty accounts when <paramref name="deleteTouchedEmptyAccounts"/>
    /// is set, clears transient storage, makes the current values the "original" values of the next transaction, and
    /// clears the journal (snapshots taken before this call become invalid).
    /// </summary>
    void FinishTransaction(bool deleteTouchedEmptyAccounts);

    /// <summary>The state root of the current state including uncommitted changes, computed without writing anything.</summary>
    Hash256 ComputeStateRoot();

    /// <summary>
    /// Writes every change since the last commit to the database as the state of block <paramref name="blockNumber"/>
    /// and returns the new state root. Pending transaction-level changes must have been finished first.
    /// </summary>
    Hash256 Commit(ulong blockNumber);
}
