namespace Glow.Evm.Instructions;

/// <summary>The EVM instruction set up to Cancun (yellow paper appendix H, and the EIPs named per instruction).</summary>
#pragma warning disable CA1707 // Opcode names are the mnemonics of the yellow paper.
public enum Opcode : byte
{
    /// <summary>Halts.</summary>
    STOP = 0x00,

    /// <summary>a + b mod 2^256.</summary>
    ADD = 0x01,

    /// <summary>a · b mod 2^256.</summary>
    MUL = 0x02,

    /// <summary>a − b mod 2^256.</summary>
    SUB = 0x03,

    /// <summary>Unsigned a / b (zero when b is zero).</summary>
    DIV = 0x04,

    /// <summary>Signed a / b, rounded towards zero.</summary>
    SDIV = 0x05,

    /// <summary>Unsigned a mod b.</summary>
    MOD = 0x06,

    /// <summary>Signed a mod b, with the sign of a.</summary>
    SMOD = 0x07,

    /// <summary>(a + b) mod N without intermediate overflow.</summary>
    ADDMOD = 0x08,

    /// <summary>(a · b) mod N without intermediate overflow.</summary>
    MULMOD = 0x09,

    /// <summary>a^b mod 2^256 (50 gas per exponent byte, EIP-160).</summary>
    EXP = 0x0a,

    /// <summary>Extends the sign of byte b of x.</summary>
    SIGNEXTEND = 0x0b,

    /// <summary>Unsigned a &lt; b.</summary>
    LT = 0x10,

    /// <summary>Unsigned a &gt; b.</summary>
    GT = 0x11,

    /// <summary>Signed a &lt; b.</summary>
    SLT = 0x12,

    /// <summary>Signed a &gt; b.</summary>
    SGT = 0x13,

    /// <summary>a = b.</summary>
    EQ = 0x14,

    /// <summary>a = 0.</summary>
    ISZERO = 0x15,

    /// <summary>Bitwise and.</summary>
    AND = 0x16,

    /// <summary>Bitwise or.</summary>
    OR = 0x17,

    /// <summary>Bitwise exclusive or.</summary>
    XOR = 0x18,

    /// <summary>Bitwise complement.</summary>
    NOT = 0x19,

    /// <summary>Byte i (0 = most significant) of x.</summary>
    BYTE = 0x1a,

    /// <summary>x shifted left by s (EIP-145).</summary>
    SHL = 0x1b,

    /// <summary>x shifted right by s, logically (EIP-145).</summary>
    SHR = 0x1c,

    /// <summary>x shifted right by s, arithmetically (EIP-145).</summary>
    SAR = 0x1d,

    /// <summary>Keccak-256 of a memory range.</summary>
    KECCAK256 = 0x20,

    /// <summary>The executing account.</summary>
    ADDRESS = 0x30,

    /// <summary>An account's balance (cold/warm priced, EIP-2929).</summary>
    BALANCE = 0x31,

    /// <summary>The transaction's sender.</summary>
    ORIGIN = 0x32,

    /// <summary>The caller of this frame.</summary>
    CALLER = 0x33,

    /// <summary>The value sent with this frame.</summary>
    CALLVALUE = 0x34,

    /// <summary>32 bytes of call data.</summary>
    CALLDATALOAD = 0x35,

    /// <summary>Length of the call data.</summary>
    CALLDATASIZE = 0x36,

    /// <summary>Copies call data to memory.</summary>
    CALLDATACOPY = 0x37,

    /// <summary>Length of the executing code.</summary>
    CODESIZE = 0x38,

    /// <summary>Copies the executing code to memory.</summary>
    CODECOPY = 0x39,

    /// <summary>The transaction's effective gas price.</summary>
    GASPRICE = 0x3a,

    /// <summary>Another account's code length.</summary>
    EXTCODESIZE = 0x3b,

    /// <summary>Copies another account's code to memory.</summary>
    EXTCODECOPY = 0x3c,

    /// <summary>Length of the last call's output (EIP-211).</summary>
    RETURNDATASIZE = 0x3d,

    /// <summary>Copies the last call's output to memory (EIP-211).</summary>
    RETURNDATACOPY = 0x3e,

    /// <summary>Another account's code hash, zero when it is dead (EIP-1052).</summary>
    EXTCODEHASH = 0x3f,

    /// <summary>Hash of one of the 256 most recent blocks.</summary>
    BLOCKHASH = 0x40,

    /// <summary>The block's fee recipient.</summary>
    COINBASE = 0x41,

    /// <summary>The block's timestamp.</summary>
    TIMESTAMP = 0x42,

    /// <summary>The block's number.</summary>
    NUMBER = 0x43,

    /// <summary>The beacon chain randomness (DIFFICULTY before EIP-4399).</summary>
    PREVRANDAO = 0x44,

    /// <summary>The block's gas limit.</summary>
    GASLIMIT = 0x45,

    /// <summary>The chain id (EIP-1344).</summary>
    CHAINID = 0x46,

    /// <summary>The executing account's balance (EIP-1884).</summary>
    SELFBALANCE = 0x47,

    /// <summary>The block's base fee (EIP-3198).</summary>
    BASEFEE = 0x48,

    /// <summary>A versioned hash of the transaction's blobs (EIP-4844).</summary>
    BLOBHASH = 0x49,

    /// <summary>The block's blob base fee (EIP-7516).</summary>
    BLOBBASEFEE = 0x4a,

    /// <summary>Discards the top of the stack.</summary>
    POP = 0x50,

    /// <summary>Reads a word from memory.</summary>
    MLOAD = 0x51,

    /// <summary>Writes a word to memory.</summary>
    MSTORE = 0x52,

    /// <summary>Writes a byte to memory.</summary>
    MSTORE8 = 0x53,

    /// <summary>Reads a storage slot (EIP-2929 priced).</summary>
    SLOAD = 0x54,

    /// <summary>Writes a storage slot (EIP-2200/2929/3529 priced).</summary>
    SSTORE = 0x55,

    /// <summary>Jumps to a JUMPDEST.</summary>
    JUMP = 0x56,

    /// <summary>Jumps to a JUMPDEST when the condition is non-zero.</summary>
    JUMPI = 0x57,

    /// <summary>The position of this instruction.</summary>
    PC = 0x58,

    /// <summary>The size of memory in bytes.</summary>
    MSIZE = 0x59,

    /// <summary>Gas left after this instruction.</summary>
    GAS = 0x5a,

    /// <summary>Marks a valid jump destination.</summary>
    JUMPDEST = 0x5b,

    /// <summary>Reads transient storage (EIP-1153).</summary>
    TLOAD = 0x5c,

    /// <summary>Writes transient storage (EIP-1153).</summary>
    TSTORE = 0x5d,

    /// <summary>Copies within memory (EIP-5656).</summary>
    MCOPY = 0x5e,

    /// <summary>Pushes zero (EIP-3855).</summary>
    PUSH0 = 0x5f,

    /// <summary>Pushes the 1 byte that follow.</summary>
    PUSH1 = 0x60,

    /// <summary>Pushes the 2 bytes that follow.</summary>
    PUSH2 = 0x61,

    /// <summary>Pushes the 3 bytes that follow.</summary>
    PUSH3 = 0x62,

    /// <summary>Pushes the 4 bytes that follow.</summary>
    PUSH4 = 0x63,

    /// <summary>Pushes the 5 bytes that follow.</summary>
    PUSH5 = 0x64,

    /// <summary>Pushes the 6 bytes that follow.</summary>
    PUSH6 = 0x65,

    /// <summary>Pushes the 7 bytes that follow.</summary>
    PUSH7 = 0x66,

    /// <summary>Pushes the 8 bytes that follow.</summary>
    PUSH8 = 0x67,

    /// <summary>Pushes the 9 bytes that follow.</summary>
    PUSH9 = 0x68,

    /// <summary>Pushes the 10 bytes that follow.</summary>
    PUSH10 = 0x69,

    /// <summary>Pushes the 11 bytes that follow.</summary>
    PUSH11 = 0x6a,

    /// <summary>Pushes the 12 bytes that follow.</summary>
    PUSH12 = 0x6b,

    /// <summary>Pushes the 13 bytes that follow.</summary>
    PUSH13 = 0x6c,

    /// <summary>Pushes the 14 bytes that follow.</summary>
    PUSH14 = 0x6d,

    /// <summary>Pushes the 15 bytes that follow.</summary>
    PUSH15 = 0x6e,

    /// <summary>Pushes the 16 bytes that follow.</summary>
    PUSH16 = 0x6f,

    /// <summary>Pushes the 17 bytes that follow.</summary>
    PUSH17 = 0x70,

    /// <summary>Pushes the 18 bytes that follow.</summary>
    PUSH18 = 0x71,

    /// <summary>Pushes the 19 bytes that follow.</summary>
    PUSH19 = 0x72,

    /// <summary>Pushes the 20 bytes that follow.</summary>
    PUSH20 = 0x73,

    /// <summary>Pushes the 21 bytes that follow.</summary>
    PUSH21 = 0x74,

    /// <summary>Pushes the 22 bytes that follow.</summary>
    PUSH22 = 0x75,

    /// <summary>Pushes the 23 bytes that follow.</summary>
    PUSH23 = 0x76,

    /// <summary>Pushes the 24 bytes that follow.</summary>
    PUSH24 = 0x77,

    /// <summary>Pushes the 25 bytes that follow.</summary>
    PUSH25 = 0x78,

    /// <summary>Pushes the 26 bytes that follow.</summary>
    PUSH26 = 0x79,

    /// <summary>Pushes the 27 bytes that follow.</summary>
    PUSH27 = 0x7a,

    /// <summary>Pushes the 28 bytes that follow.</summary>
    PUSH28 = 0x7b,

    /// <summary>Pushes the 29 bytes that follow.</summary>
    PUSH29 = 0x7c,

    /// <summary>Pushes the 30 bytes that follow.</summary>
    PUSH30 = 0x7d,

    /// <summary>Pushes the 31 bytes that follow.</summary>
    PUSH31 = 0x7e,

    /// <summary>Pushes the 32 bytes that follow.</summary>
    PUSH32 = 0x7f,

    /// <summary>Duplicates stack item 1.</summary>
    DUP1 = 0x80,

    /// <summary>Duplicates stack item 2.</summary>
    DUP2 = 0x81,

    /// <summary>Duplicates stack item 3.</summary>
    DUP3 = 0x82,

    /// <summary>Duplicates stack item 4.</summary>
    DUP4 = 0x83,

    /// <summary>Duplicates stack item 5.</summary>
    DUP5 = 0x84,

    /// <summary>Duplicates stack item 6.</summary>
    DUP6 = 0x85,

    /// <summary>Duplicates stack item 7.</summary>
    DUP7 = 0x86,

    /// <summary>Duplicates stack item 8.</summary>
    DUP8 = 0x87,

    /// <summary>Duplicates stack item 9.</summary>
    DUP9 = 0x88,

    /// <summary>Duplicates stack item 10.</summary>
    DUP10 = 0x89,

    /// <summary>Duplicates stack item 11.</summary>
    DUP11 = 0x8a,

    /// <summary>Duplicates stack item 12.</summary>
    DUP12 = 0x8b,

    /// <summary>Duplicates stack item 13.</summary>
    DUP13 = 0x8c,

    /// <summary>Duplicates stack item 14.</summary>
    DUP14 = 0x8d,

    /// <summary>Duplicates stack item 15.</summary>
    DUP15 = 0x8e,

    /// <summary>Duplicates stack item 16.</summary>
    DUP16 = 0x8f,

    /// <summary>Swaps the top with stack item 2.</summary>
    SWAP1 = 0x90,

    /// <summary>Swaps the top with stack item 3.</summary>
    SWAP2 = 0x91,

    /// <summary>Swaps the top with stack item 4.</summary>
    SWAP3 = 0x92,

    /// <summary>Swaps the top with stack item 5.</summary>
    SWAP4 = 0x93,

    /// <summary>Swaps the top with stack item 6.</summary>
    SWAP5 = 0x94,

    /// <summary>Swaps the top with stack item 7.</summary>
    SWAP6 = 0x95,

    /// <summary>Swaps the top with stack item 8.</summary>
    SWAP7 = 0x96,

    /// <summary>Swaps the top with stack item 9.</summary>
    SWAP8 = 0x97,

    /// <summary>Swaps the top with stack item 10.</summary>
    SWAP9 = 0x98,

    /// <summary>Swaps the top with stack item 11.</summary>
    SWAP10 = 0x99,

    /// <summary>Swaps the top with stack item 12.</summary>
    SWAP11 = 0x9a,

    /// <summary>Swaps the top with stack item 13.</summary>
    SWAP12 = 0x9b,

    /// <summary>Swaps the top with stack item 14.</summary>
    SWAP13 = 0x9c,

    /// <summary>Swaps the top with stack item 15.</summary>
    SWAP14 = 0x9d,

    /// <summary>Swaps the top with stack item 16.</summary>
    SWAP15 = 0x9e,

    /// <summary>Swaps the top with stack item 17.</summary>
    SWAP16 = 0x9f,

    /// <summary>Emits a log with 0 topics.</summary>
    LOG0 = 0xa0,

    /// <summary>Emits a log with 1 topic.</summary>
    LOG1 = 0xa1,

    /// <summary>Emits a log with 2 topics.</summary>
    LOG2 = 0xa2,

    /// <summary>Emits a log with 3 topics.</summary>
    LOG3 = 0xa3,

    /// <summary>Emits a log with 4 topics.</summary>
    LOG4 = 0xa4,

    /// <summary>Creates a contract at an address from sender and nonce.</summary>
    CREATE = 0xf0,

    /// <summary>Calls an account, optionally with value.</summary>
    CALL = 0xf1,

    /// <summary>Runs another account's code in this account's context, with value.</summary>
    CALLCODE = 0xf2,

    /// <summary>Halts, returning a memory range.</summary>
    RETURN = 0xf3,

    /// <summary>Runs another account's code in this context, keeping caller and value (EIP-7).</summary>
    DELEGATECALL = 0xf4,

    /// <summary>Creates a contract at an address from sender, salt and init code (EIP-1014).</summary>
    CREATE2 = 0xf5,

    /// <summary>Calls an account without state changes (EIP-214).</summary>
    STATICCALL = 0xfa,

    /// <summary>Halts, undoing state changes and returning a memory range (EIP-140).</summary>
    REVERT = 0xfd,

    /// <summary>The designated invalid instruction: consumes all gas.</summary>
    INVALID = 0xfe,

    /// <summary>Sends the balance away; deletes the account only when created in the same transaction (EIP-6780).</summary>
    SELFDESTRUCT = 0xff,
}
#pragma warning restore CA1707
