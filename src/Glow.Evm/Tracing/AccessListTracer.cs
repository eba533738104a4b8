using Glow.Core;
using Glow.Core.Numerics;
using Glow.Core.Transactions;
using Glow.Evm.Execution;
using Glow.Evm.Instructions;

namespace Glow.Evm.Tracing;

/// <summary>
/// Collects the addresses and storage slots a transaction touches, for <c>eth_createAccessList</c> (EIP-2930): storage
/// slots read or written in each storage context, and accounts reached by BALANCE, EXTCODE*, the CALL family and
/// SELFDESTRUCT, less those that are warm anyway (sender, recipient, precompiles), as geth's access-list tracer.
/// </summary>
public sealed class AccessListTracer : ITxTracer
{
    private readonly HashSet<Address> _excluded;
    private readonly SortedDictionary<Address, SortedSet<UInt256>> _touched = [];
    private readonly Stack<Address> _contexts = new();

    /// <summary>A tracer that leaves out <paramref name="excluded"/> (sender, recipient, precompiles).</summary>
    public AccessListTracer(IEnumerable<Address> excluded) => _excluded = [.. excluded];

    /// <inheritdoc />
    public bool IsTracingInstructions => true;

    /// <inheritdoc />
    public bool IsTracingCalls => true;

    /// <summary>The access list found, addresses and slots in ascending order.</summary>
    public IReadOnlyList<AccessListEntry> ToAccessList()
    {
        var list = new List<AccessListEntry>();
        Span<byte> word = stackalloc byte[32];
        foreach (var (address, slots) in _touched)
        {
            if (_excluded.Contains(address) && slots.Count == 0)
            {
                continue;
            }

            var keys = new List<Hash256>(slots.Count);
            foreach (var slot in slots)
            {
                slot.WriteBigEndian(word);
                keys.Add(new Hash256(word));
            }

            list.Add(new AccessListEntry(address, keys));
        }

        return list;
    }

    /// <inheritdoc />
    public void StartStep(in EvmStep step)
    {
        var stack = step.Stack;
        if (stack.IsEmpty)
        {
            return;
        }

        var top = stack[^1];
        switch ((Opcode)step.Opcode)
        {
            case Opcode.SLOAD or Opcode.SSTORE when _contexts.Count > 0:
                Slots(_contexts.Peek()).Add(top);
                break;
            case Opcode.BALANCE or Opcode.EXTCODESIZE or Opcode.EXTCODECOPY or Opcode.EXTCODEHASH or Opcode.SELFDESTRUCT:
                TouchAddress(top);
                break;
            case Opcode.CALL or Opcode.CALLCODE or Opcode.DELEGATECALL or Opcode.STATICCALL when stack.Length >= 2:
                TouchAddress(stack[^2]);
                break;
        }
    }

    /// <inheritdoc />
    public void EndStep(long gasLeft, EvmStatus status)
    {
    }

    /// <inheritdoc />
    public void EnterFrame(CallKind kind, in Address from, in Address to, in UInt256 value, long gas, ReadOnlySpan<byte> input) =>
        _contexts.Push(to);

    /// <inheritdoc />
    public void ExitFrame(EvmStatus status, long gasUsed, ReadOnlySpan<byte> output)
    {
        if (_contexts.Count > 0)
        {
            _contexts.Pop();
        }
    }

    /// <inheritdoc />
    public void EndTransaction(ulong gasLimit, ulong gasUsed, EvmStatus status)
    {
    }

    private void TouchAddress(in UInt256 word)
    {
        Span<byte> bytes = stackalloc byte[32];
        word.WriteBigEndian(bytes);
        var address = new Address(bytes[12..]);
        if (!_excluded.Contains(address))
        {
            Slots(address);
        }
    }

    private SortedSet<UInt256> Slots(in Address address)
    {
        if (!_touched.TryGetValue(address, out var slots))
        {
            slots = [];
            _touched[address] = slots;
        }

        return slots;
    }
}
