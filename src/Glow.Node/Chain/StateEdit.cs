using Glow.Core;
using Glow.Core.Numerics;
using Glow.Core.Rlp;
using Glow.Core.State;

namespace Glow.Node.Chain;

/// <summary>
/// A direct change to one account outside any transaction: dev mode's <c>anvil_setBalance</c>, <c>setNonce</c>,
/// <c>setCode</c> and <c>setStorageAt</c>. A dev block applies the edits made since its parent before its transactions,
/// and stores them (<see cref="Glow.Core.Db.DbTable.BlockStateEdits"/>) so the block can be re-executed (traces). Never
/// part of a consensus chain.
/// </summary>
/// <param name="Kind">What is set.</param>
/// <param name="Address">The account.</param>
/// <param name="Value">The balance, the nonce or the storage value.</param>
/// <param name="Code">The code, for <see cref="StateEditKind.Code"/>.</param>
/// <param name="Slot">The storage slot, for <see cref="StateEditKind.Storage"/>.</param>
public sealed record StateEdit(StateEditKind Kind, Address Address, UInt256 Value, ReadOnlyMemory<byte> Code = default, UInt256 Slot = default)
{
    /// <summary>Sets the balance of <paramref name="address"/>.</summary>
    public static StateEdit Balance(in Address address, in UInt256 balance) => new(StateEditKind.Balance, address, balance);

    /// <summary>Sets the nonce of <paramref name="address"/>.</summary>
    public static StateEdit Nonce(in Address address, ulong nonce) => new(StateEditKind.Nonce, address, nonce);

    /// <summary>Sets the code of <paramref name="address"/>.</summary>
    public static StateEdit SetCode(in Address address, ReadOnlyMemory<byte> code) => new(StateEditKind.Code, address, UInt256.Zero, code);

    /// <summary>Sets storage slot <paramref name="slot"/> of <paramref name="address"/>.</summary>
    public static StateEdit Storage(in Address address, in UInt256 slot, in UInt256 value) => new(StateEditKind.Storage, address, value, default, slot);

    /// <summary>Applies the edit to <paramref name="state"/> (the account is created when missing).</summary>
    public void Apply(IWorldState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        switch (Kind)
        {
            case StateEditKind.Balance:
                var current = state.GetBalance(Address);
                if (Value > current)
                {
                    state.AddBalance(Address, Value - current);
                }
                else if (Value < current)
                {
                    state.SubtractBalance(Address, current - Value);
                }
                else
                {
                    state.Touch(Address);
                }

                break;
            case StateEditKind.Nonce:
                state.SetNonce(Address, Value.U0);
                break;
            case StateEditKind.Code:
                state.SetCode(Address, Code.ToArray());
                break;
            case StateEditKind.Storage:
                state.SetStorage(Address, Slot, Value);
                break;
            default:
                throw new InvalidOperationException($"Unknown state edit kind {Kind}.");
        }
    }

    /// <summary>Encodes a block's edits: <c>rlp([[kind, address, value, code, slot], ...])</c>.</summary>
    public static byte[] EncodeList(IReadOnlyList<StateEdit> edits)
    {
        ArgumentNullException.ThrowIfNull(edits);
        var builder = new RlpBuilder(64 + (edits.Count * 96));
        builder.StartList();
        Span<byte> word = stackalloc byte[32];
        foreach (var edit in edits)
        {
            builder.StartList();
            builder.AddUInt64((ulong)edit.Kind);
            builder.AddBytes(edit.Address.Bytes);
            edit.Value.WriteBigEndian(word);
            builder.AddInteger(word);
            builder.AddBytes(edit.Code.Span);
            edit.Slot.WriteBigEndian(word);
            builder.AddInteger(word);
            builder.EndList();
        }

        return builder.EndList().ToArray();
    }

    /// <summary>Decodes what <see cref="EncodeList"/> wrote.</summary>
    /// <exception cref="RlpException">The bytes are not such a list.</exception>
    public static IReadOnlyList<StateEdit> DecodeList(ReadOnlySpan<byte> encoded)
    {
        var reader = new RlpReader(encoded);
        var list = reader.ReadList();
        var edits = new List<StateEdit>();
        while (!list.IsAtEnd)
        {
            var fields = list.ReadList();
            var kind = (StateEditKind)fields.ReadUInt64();
            var address = new Address(fields.ReadBytes());
            var value = fields.ReadUInt256();
            var code = fields.ReadBytes().ToArray();
            var slot = fields.ReadUInt256();
            fields.EnsureAtEnd();
            edits.Add(new StateEdit(kind, address, value, code, slot));
        }

        reader.EnsureAtEnd();
        return edits;
    }
}
