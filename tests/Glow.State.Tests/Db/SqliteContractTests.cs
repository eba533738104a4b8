using Glow.Core.Db;
using Glow.State.Db;

namespace Glow.State.Tests.Db;

/// <summary>The database contract, on SQLite with the default settings.</summary>
public sealed class SqliteContractTests : DatabaseContractTests, IDisposable
{
    private readonly List<TempDirectory> _directories = [];

    protected override IDatabase CreateDatabase()
    {
        var directory = new TempDirectory();
        _directories.Add(directory);
        return SqliteDatabase.Open(directory.Path);
    }

    public void Dispose()
    {
        foreach (var directory in _directories)
        {
            directory.Dispose();
        }
    }
}
