using Glow.Core.Db;
using Glow.State.Db;

namespace Glow.State.Tests.Db;

/// <summary>The database contract, held in memory.</summary>
public class MemoryDatabaseTests : DatabaseContractTests
{
    protected override IDatabase CreateDatabase() => new MemoryDatabase();
}
