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
    /// silently); <c>state-head</c>, the head of the world state: block number (8 bytes, big-endian) followed by its state
    /// root (32 bytes), written in the batch of every state commit; <c>state-history</c>, how much history the state
    /// keeps (ASCII: <c>archive</c>, or <c>prune:N</c> to keep the last N blocks), written when the first state
    /// is committed and checked on every open; <c>chain-head</c>, the hash of the canonical head block (32 bytes), written in
    /// the same batch as the head's state.
    /// </summary>
    Metadata = 0,

    /// <summary>Patricia trie nodes of the state and storage tries. Key: Keccak-256 of the node (32 bytes); value: the node's RLP.</summary>
    TrieNodes = 1,

    /// <summary>Contract code. Key: Keccak-256 of the code (32 bytes); value: the code.</summary>
    Code = 2,

    /// <summary>
    /// Flat accounts of the latest committed state, for reads without walking the trie (the trie stays the source
    /// of the root). Key: the address (20 bytes); value: the account as the state trie stores it,
    /// <c>rlp([nonce, balance, storageRoot, codeHash])</c>. Written in the same batch as the trie nodes.
    /// </summary>
    Accounts = 3,

    /// <summary>
    /// Flat storage of the latest committed state. Key: address (20 bytes) followed by the slot (32 bytes,
    /// big-endian); value: the slot's non-zero value, big-endian without leading zeros. Zero slots have no row.
    /// </summary>
    Storage = 4,

    /// <summary>
    /// The state root committed for each block. Key: block number (8 bytes, big-endian, so rows sort by height);
    /// value: the 32-byte state root. The world state's head is <c>Metadata/state-head</c>.
    /// </summary>
    StateRoots = 5,

    /// <summary>
    /// Pruning mode only: how many places hold each trie node. Key: node hash (32 bytes); value: the count as
    /// 4 bytes big-endian. A place is a position in the head state's tries, or one entry of
    /// <see cref="ObsoleteNodes"/> not yet processed; a node whose count reaches zero is deleted.
    /// </summary>
    NodeRefs = 6,

    /// <summary>
    /// Pruning mode only: the trie nodes that left the head state at each block. Key: block number (8 bytes,
    /// big-endian); value: their hashes, 32 bytes each, concatenated. Processed (counts decremented) once the block
    /// falls out of the kept window, then deleted.
    /// </summary>
    ObsoleteNodes = 7,

    /// <summary>
    /// Block headers, canonical or not. Key: the block hash (32 bytes); value: the header's RLP (the bytes it hashes to).
    /// </summary>
    Headers = 8,

    /// <summary>
    /// Block bodies. Key: the block hash; value: <c>rlp([transactions, ommers, withdrawals])</c>, transactions as in a
    /// block (typed ones as byte strings holding their envelopes).
    /// </summary>
    Bodies = 9,

    /// <summary>
    /// The senders of a block's transactions, recovered once on import so reads need no signature recovery. Key: the
    /// block hash; value: 20 bytes per transaction, in block order.
    /// </summary>
    Senders = 10,

    /// <summary>
    /// The receipts of a block. Key: the block hash; value: <c>rlp([receipt, ...])</c>, each receipt in its consensus
    /// encoding (typed ones as byte strings holding their envelopes). Logs are read from here.
    /// </summary>
    Receipts = 11,

    /// <summary>
    /// The canonical chain. Key: block number (8 bytes, big-endian); value: the canonical block's hash. Rewritten for
    /// the blocks that change on a reorganisation, in the same batch as the state and the chain head.
    /// </summary>
    CanonicalHashes = 12,

    /// <summary>
    /// Where each canonical transaction is. Key: the transaction hash; value: the block hash (32 bytes) followed by
    /// the index in the block (4 bytes, big-endian). Entries of blocks that leave the canonical chain are deleted.
    /// </summary>
    TransactionIndex = 13,

    /// <summary>
    /// The keys of the state and storage tries before hashing, so that moving the head between two states (a
    /// reorganisation, a rewind) can turn the difference of their tries into flat-table rows. Key: Keccak-256 of an
    /// address or of a storage slot (32 bytes); value: the address (20 bytes) or the slot (32 bytes, big-endian).
    /// Written when a key enters a trie; never deleted (one row per address or slot ever used).
    /// </summary>
    Preimages = 14,

    /// <summary>
    /// Direct state changes a dev block applied before its transactions (dev mode's <c>anvil_setBalance</c> and the like,
    /// never on a consensus chain), so the block can be re-executed for a trace. Key: the block hash; value: the edits'
    /// RLP (<c>StateEdit</c> in Glow.Node). Only blocks that carry edits have a row.
    /// </summary>
    BlockStateEdits = 15,
}
