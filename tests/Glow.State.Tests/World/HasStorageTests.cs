using Glow.Core;
using Glow.State.Db;

namespace Glow.State.Tests.World;

/// <summary>
/// <see cref="WorldState.HasStorage"/> for EIP-7610's collision rule: it must see storage written or cleared earlier in
/// the same block, which the storage root of <see cref="WorldState.TryGetAccount"/> does not until roots are computed.
/// </summary>
public class HasStorageTests
{
    private static readonly Address Target = Address.Parse("0x00000000000000000000000000000000000c0de1");

    [Fact]
    public void Storage_written_earlier_in_the_block_counts_although_the_account_storage_root_is_still_empty()
    {
        var state = WorldState.InMemory();
        state.AddBalance(Target, 1);
        state.FinishTransaction(false);
        state.Commit(1);

        state.SetStorage(Target, 7, 1);
        state.FinishTransaction(false);

        // The account as TryGetAccount reports it still has the committed (empty) storage root: a collision check on it would miss this.
        Assert.True(state.TryGetAccount(Target, out var account));
        Assert.False(account.HasStorage);
        Assert.True(state.HasStorage(Target));
    }

    [Fact]
    public void Committed_storage_counts_until_every_stored_slot_is_cleared_in_the_block()
    {
        var state = WorldState.InMemory();
        state.SetStorage(Target, 1, 1);
        state.SetStorage(Target, 2, 2);
        state.FinishTransaction(false);
        state.Commit(1);
        Assert.True(state.HasStorage(Target));

        state.SetStorage(Target, 1, 0);
        Assert.True(state.HasStorage(Target));
        state.SetStorage(Target, 2, 0);
        Assert.False(state.HasStorage(Target));
        Assert.True(state.TryGetAccount(Target, out var account));
        Assert.True(account.HasStorage);

        state.SetStorage(Target, 3, 3);
        Assert.True(state.HasStorage(Target));
    }

    [Fact]
    public void A_deleted_or_missing_account_has_no_storage_and_a_reverted_write_leaves_none()
    {
        var state = WorldState.InMemory();
        state.SetStorage(Target, 1, 1);
        state.FinishTransaction(false);
        state.Commit(1);

        state.DeleteAccount(Target);
        Assert.False(state.HasStorage(Target));
        state.FinishTransaction(false);
        state.AddBalance(Target, 1);
        Assert.False(state.HasStorage(Target));
        var snapshot = state.TakeSnapshot();
        state.SetStorage(Target, 4, 4);
        Assert.True(state.HasStorage(Target));
        state.RevertToSnapshot(snapshot);
        Assert.False(state.HasStorage(Target));
        Assert.False(new StateStore(new MemoryDatabase()).BeginLatest().HasStorage(Target));
    }
}
