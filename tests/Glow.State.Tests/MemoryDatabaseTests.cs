using Glow.Core.Db;
using Glow.State.Db;

namespace Glow.State.Tests;

public class MemoryDatabaseTests
{
    [Fact]
    public void Batch_writes_are_invisible_until_commit_and_then_all_visible()
    {
        using var db = new MemoryDatabase();
        using var batch = db.StartBatch();
        batch.Put(DbTable.Code, [1], [10]);
        batch.Put(DbTable.TrieNodes, [2], [20]);

        Assert.Null(db[DbTable.Code].Get([1]));
        batch.Commit();

        Assert.Equal([10], db[DbTable.Code].Get([1]));
        Assert.Equal([20], db[DbTable.TrieNodes].Get([2]));
        Assert.Null(db[DbTable.Code].Get([2]));
    }

    [Fact]
    public void A_disposed_batch_writes_nothing()
    {
        using var db = new MemoryDatabase();
        using (var batch = db.StartBatch())
        {
            batch.Put(DbTable.Metadata, [1], [1]);
        }

        Assert.False(db[DbTable.Metadata].Contains([1]));
    }

    [Fact]
    public void Iteration_is_in_unsigned_key_order_within_a_prefix()
    {
        using var db = new MemoryDatabase();
        var table = db[DbTable.Metadata];
        table.Put([1, 0xff], [3]);
        table.Put([1, 0x00], [1]);
        table.Put([1, 0x7f], [2]);
        table.Put([2], [4]);
        table.Delete([9]);

        Assert.Equal([[1], [2], [3]], table.Iterate([1]).Select(e => e.Value).ToArray());
        Assert.Equal(4, table.Iterate([]).Count());
    }
}
