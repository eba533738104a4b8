namespace Glow.Core.Db;

/// <summary>
/// The tables of the node's database. This enum is the schema: every table is listed here with what its
/// keys and values are (architecture.md, style rule 10). A new table is added here first; when its values are
/// often above about 1 KiB, also list it in <c>SqliteSchema.LargeValueTables</c> (Glow.State), which stores such
/// tables in a layout that does not waste a page per row.
/// </summary>
public enum DbTable
{
    /// <summary>
    /// Database-wide facts. Key: ASCII name; value: as each name documents. Names so far:
    /// <c>schema-version</c>, the version of this schema as ASCII decimal digits, written when the database
    /// file is created and checked on every open (a file with another version is refused, never migrated
    /// silently); <c>head</c> and the like as the world state documents them.
    /// </summary>
    Metadata = 0,

    /// <summary>Patricia trie nodes of the state and storage tries. Key: Keccak-256 of the node (32 bytes); value: the node's RLP.</summary>
    TrieNodes = 1,

    /// <summary>Contract code. Key: Keccak-256 of the code (32 bytes); value: the code.</summary>
    Code = 2,
}
