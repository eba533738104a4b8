using Glow.Core;
using Glow.Core.Blocks;
using Glow.Core.Numerics;

namespace Glow.Evm.Execution;

/// <summary>
/// The transaction's accrued substate that lives beside the world state (yellow paper §6.1): warm accounts and slots
/// (EIP-2929), the refund counter, the logs, the accounts to delete at the end (EIP-6780) and the accounts created
/// in this transaction. Every change but the last is journaled, so that reverting a call frame reverts it together
/// with the world-state snapshot taken at the same moment.
/// </summary>
public sealed class Substate
{
    private readonly HashSet<Address> _warmAccounts = [];
    private readonly HashSet<StorageCell> _warmSlots = [];
    private readonly HashSet<Address> _toDelete = [];
    private readonly HashSet<Address> _created = [];
    private readonly List<Log> _logs = [];
    private readonly List<Entry> _journal = [];

    private enum Kind : byte
    {
        WarmAccount,
        WarmSlot,
        Refund,
        Log,
        Delete,
    }

    /// <summary>The refund counter (may dip below zero inside a frame; never at the end of a successful transaction).</summary>
    public long Refund { get; private set; }

    /// <summary>The logs emitted so far, in order.</summary>
    public IReadOnlyList<Log> Logs => _logs;

    /// <summary>Accounts self-destructed in the transaction that created them (deleted at its end, EIP-6780).</summary>
    public IReadOnlyCollection<Address> AccountsToDelete => _toDelete;

    /// <summary>Forgets everything, ready for the next transaction.</summary>
    public void Clear()
    {
        _warmAccounts.Clear();
        _warmSlots.Clear();
        _toDelete.Clear();
        _created.Clear();
        _logs.Clear();
        _journal.Clear();
        Refund = 0;
    }

    /// <summary>A position in the journal for <see cref="Revert"/>.</summary>
    public int Snapshot() => _journal.Count;

    /// <summary>Undoes every journaled change made since <paramref name="snapshot"/>.</summary>
    public void Revert(int snapshot)
    {
        for (var i = _journal.Count - 1; i >= snapshot; i--)
        {
            var entry = _journal[i];
            switch (entry.Kind)
            {
                case Kind.WarmAccount:
                    _warmAccounts.Remove(entry.Address);
                    break;
                case Kind.WarmSlot:
                    _warmSlots.Remove(new StorageCell(entry.Address, entry.Slot));
                    break;
                case Kind.Refund:
                    Refund = entry.PreviousRefund;
                    break;
                case Kind.Log:
                    _logs.RemoveAt(_logs.Count - 1);
                    break;
                case Kind.Delete:
                    _toDelete.Remove(entry.Address);
                    break;
            }
        }

        _journal.RemoveRange(snapshot, _journal.Count - snapshot);
    }

    /// <summary>Marks <paramref name="address"/> warm; true when it was cold (the caller pays the cold price).</summary>
    public bool WarmAccount(in Address address)
    {
        if (!_warmAccounts.Add(address))
        {
            return false;
        }

        _journal.Add(new Entry(Kind.WarmAccount, address, default, 0));
        return true;
    }

    /// <summary>True when <paramref name="address"/> is warm.</summary>
    public bool IsWarm(in Address address) => _warmAccounts.Contains(address);

    /// <summary>Marks a slot warm; true when it was cold.</summary>
    public bool WarmSlot(in Address address, in UInt256 slot)
    {
        if (!_warmSlots.Add(new StorageCell(address, slot)))
        {
            return false;
        }

        _journal.Add(new Entry(Kind.WarmSlot, address, slot, 0));
        return true;
    }

    /// <summary>Adds <paramref name="delta"/> (possibly negative) to the refund counter.</summary>
    public void AddRefund(long delta)
    {
        if (delta == 0)
        {
            return;
        }

        _journal.Add(new Entry(Kind.Refund, default, default, Refund));
        Refund += delta;
    }

    /// <summary>Appends a log.</summary>
    public void AddLog(Log log)
    {
        _logs.Add(log);
        _journal.Add(new Entry(Kind.Log, default, default, 0));
    }

    /// <summary>Schedules <paramref name="address"/> for deletion at the end of the transaction.</summary>
    public void ScheduleDelete(in Address address)
    {
        if (_toDelete.Add(address))
        {
            _journal.Add(new Entry(Kind.Delete, address, default, 0));
        }
    }

    /// <summary>
    /// Records that a contract was created at <paramref name="address"/> in this transaction. Not journaled, as in the
    /// execution specs: a reverted creation leaves no code behind to self-destruct.
    /// </summary>
    public void MarkCreated(in Address address) => _created.Add(address);

    /// <summary>True when a contract was created at <paramref name="address"/> in this transaction (EIP-6780).</summary>
    public bool WasCreated(in Address address) => _created.Contains(address);

    private readonly record struct Entry(Kind Kind, Address Address, UInt256 Slot, long PreviousRefund);
}
