namespace Glow.Evm.Gas;

/// <summary>
/// The named gas prices of the EVM under the rules in force today (yellow paper appendix G, with the changes of
/// EIP-150, EIP-1884, EIP-2929, EIP-3529, EIP-3860 and EIP-1153). Per-fork static prices live in the opcode table.
/// </summary>
public static class GasCost
{
    /// <summary>G_zero: STOP, RETURN, REVERT.</summary>
    public const long Zero = 0;

    /// <summary>G_jumpdest.</summary>
    public const long JumpDest = 1;

    /// <summary>G_base: the environment readers (ADDRESS, CALLER, ...), POP, PC, MSIZE, GAS, PUSH0.</summary>
    public const long Base = 2;

    /// <summary>G_verylow: ADD, SUB, comparisons, bitwise operations, PUSH, DUP, SWAP, MLOAD, MSTORE.</summary>
    public const long VeryLow = 3;

    /// <summary>G_low: MUL, DIV, MOD and their signed forms, SIGNEXTEND, SELFBALANCE.</summary>
    public const long Low = 5;

    /// <summary>G_mid: ADDMOD, MULMOD, JUMP.</summary>
    public const long Mid = 8;

    /// <summary>G_high: JUMPI.</summary>
    public const long High = 10;

    /// <summary>G_exp: the fixed part of EXP.</summary>
    public const long Exp = 10;

    /// <summary>G_expbyte from EIP-160: per byte of the exponent.</summary>
    public const long ExpByte = 50;

    /// <summary>G_expbyte before EIP-160.</summary>
    public const long ExpByteFrontier = 10;

    /// <summary>G_keccak256: the fixed part of KECCAK256.</summary>
    public const long Keccak256 = 30;

    /// <summary>G_keccak256word: per 32-byte word hashed (also per word of CREATE2 init code).</summary>
    public const long Keccak256Word = 6;

    /// <summary>G_copy: per word copied by the *COPY instructions.</summary>
    public const long CopyWord = 3;

    /// <summary>G_memory: the linear part of memory cost, per word.</summary>
    public const long MemoryWord = 3;

    /// <summary>The divisor of the quadratic part of memory cost (words² / 512).</summary>
    public const long QuadraticMemoryDivisor = 512;

    /// <summary>G_blockhash.</summary>
    public const long BlockHash = 20;

    /// <summary>G_log: the fixed part of LOG0..LOG4.</summary>
    public const long Log = 375;

    /// <summary>G_logtopic: per topic.</summary>
    public const long LogTopic = 375;

    /// <summary>G_logdata: per byte of data.</summary>
    public const long LogData = 8;

    /// <summary>G_create: CREATE and CREATE2.</summary>
    public const long Create = 32_000;

    /// <summary>G_codedeposit: per byte of deployed code.</summary>
    public const long CodeDeposit = 200;

    /// <summary>G_initcodeword (EIP-3860): per word of init code.</summary>
    public const long InitCodeWord = 2;

    /// <summary>G_callvalue: a call that transfers value.</summary>
    public const long CallValue = 9_000;

    /// <summary>G_callstipend: gas given free to the callee of a value-transferring call.</summary>
    public const long CallStipend = 2_300;

    /// <summary>G_newaccount: a value-transferring call that brings an account into existence.</summary>
    public const long NewAccount = 25_000;

    /// <summary>G_selfdestruct (EIP-150).</summary>
    public const long SelfDestruct = 5_000;

    /// <summary>Extra cost of a SELFDESTRUCT that sends a balance to a dead account (EIP-150/161).</summary>
    public const long SelfDestructNewAccount = 25_000;

    /// <summary>Cold account access (EIP-2929): BALANCE, EXT*, CALL*, SELFDESTRUCT beneficiary.</summary>
    public const long ColdAccountAccess = 2_600;

    /// <summary>Cold storage read (EIP-2929): the first SLOAD or SSTORE of a slot.</summary>
    public const long ColdSload = 2_100;

    /// <summary>Warm access of an account or slot (EIP-2929); also TLOAD and TSTORE (EIP-1153).</summary>
    public const long WarmAccess = 100;

    /// <summary>SSTORE from zero to non-zero.</summary>
    public const long StorageSet = 20_000;

    /// <summary>SSTORE of a non-zero original value (before EIP-2929 subtracts the cold read).</summary>
    public const long StorageUpdate = 5_000;

    /// <summary>Refund for clearing a slot (EIP-3529).</summary>
    public const long StorageClearRefund = 4_800;

    /// <summary>Refund for clearing a slot before EIP-3529.</summary>
    public const long StorageClearRefundLegacy = 15_000;

    /// <summary>Refund for a self-destruct before EIP-3529.</summary>
    public const long SelfDestructRefundLegacy = 24_000;

    /// <summary>G_blobhash (EIP-4844).</summary>
    public const long BlobHash = 3;

    /// <summary>Blob gas per blob (EIP-4844's GAS_PER_BLOB).</summary>
    public const ulong BlobGasPerBlob = 1UL << 17;

    /// <summary>The most blob gas a Cancun block may use: six blobs (EIP-4844's MAX_BLOB_GAS_PER_BLOCK).</summary>
    public const ulong MaxBlobGasPerBlock = 786_432;

    /// <summary>The refund cap divisor: at most gas used / 5 is refunded (EIP-3529; 2 before).</summary>
    public const long RefundQuotient = 5;

    /// <summary>The refund cap divisor before EIP-3529.</summary>
    public const long RefundQuotientLegacy = 2;
}
