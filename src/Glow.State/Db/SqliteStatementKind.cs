namespace Glow.State.Db;

/// <summary>The statements a <see cref="SqliteConnection"/> prepares once per table and reuses.</summary>
internal enum SqliteStatementKind
{
    /// <summary><c>SELECT value … WHERE key = ?1</c>.</summary>
    Get = 0,

    /// <summary><c>SELECT 1 … WHERE key = ?1</c>.</summary>
    Contains = 1,

    /// <summary><c>SELECT key, value … WHERE key &gt;= ?1 AND key &lt; ?2 ORDER BY key</c>: the keys with a prefix.</summary>
    IterateRange = 2,

    /// <summary><c>SELECT key, value … WHERE key &gt;= ?1 ORDER BY key</c>: a prefix with no upper bound (empty or all 0xff).</summary>
    IterateFrom = 3,

    /// <summary><c>INSERT … ON CONFLICT(key) DO UPDATE</c>: stores a value.</summary>
    Put = 4,

    /// <summary><c>DELETE … WHERE key = ?1</c>.</summary>
    Delete = 5,
}
