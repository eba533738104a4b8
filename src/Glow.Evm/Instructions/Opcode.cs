namespace Glow.Evm.Instructions;

/// <summary>The EVM instruction set up to Cancun (yellow paper appendix H, and the EIPs named per instruction).</summary>
#pragma warning disable CA1707 // Opcode names are the mnemonics of the yellow paper.
public enum Opcode : byte
{
    /// <summary>Halts.</summary>
    STOP = 0x00,

    /// <summary>The ADD instruction (0x01).</summary>
    ADD = 0x01,

    /// <summary>The MUL instruction (0x02).</summary>
    MUL = 0x02,

    /// <summary>The SUB instruction (0x03).</summary>
    SUB = 0x03,

    /// <summary>The DIV instruction (0x04).</summary>
    DIV = 0x04,

    /// <summary>The SDIV instruction (0x05).</summary>
    SDIV = 0x05,

    /// <summary>The MOD instruction (0x06).</summary>
    MOD = 0x06,

    /// <summary>The SMOD instruction (0x07).</summary>
    SMOD = 0x07,

    /// <summary>The ADDMOD instruction (0x08).</summary>
    ADDMOD = 0x08,

    /// <summary>The MULMOD instruction (0x09).</summary>
    MULMOD = 0x09,

    /// <summary>The EXP instruction (0x0a).</summary>
    EXP = 0x0a,

    /// <summary>The SIGNEXTEND instruction (0x0b).</summary>
    SIGNEXTEND = 0x0b,

    /// <summary>The LT instruction (0x10).</summary>
    LT = 0x10,

    /// <summary>The GT instruction (0x11).</summary>
    GT = 0x11,

    /// <summary>The SLT instruction (0x12).</summary>
    SLT = 0x12,

    /// <summary>The SGT instruction (0x13).</summary>
    SGT = 0x13,

    /// <summary>The EQ instruction (0x14).</summary>
    EQ = 0x14,

    /// <summary>The ISZERO instruction (0x15).</summary>
    ISZERO = 0x15,

    /// <summary>The AND instruction (0x16).</summary>
    AND = 0x16,

    /// <summary>The OR instruction (0x17).</summary>
    OR = 0x17,

    /// <summary>The XOR instruction (0x18).</summary>
    XOR = 0x18,

    /// <summary>The NOT instruction (0x19).</summary>
    NOT = 0x19,

    /// <summary>The BYTE instruction (0x1a).</summary>
    BYTE = 0x1a,

    /// <summary>The SHL instruction (0x1b).</summary>
    SHL = 0x1b,

    /// <summary>The SHR instruction (0x1c).</summary>
    SHR = 0x1c,

    /// <summary>The SAR instruction (0x1d).</summary>
    SAR = 0x1d,

    /// <summary>Keccak-256 of a memory range.</summary>
    KECCAK256 = 0x20,

    /// <summary>The ADDRESS instruction (0x30).</summary>
    ADDRESS = 0x30,

    /// <summary>The BALANCE instruction (0x31).</summary>
    BALANCE = 0x31,

    /// <summary>The ORIGIN instruction (0x32).</summary>
    ORIGIN = 0x32,

    /// <summary>The CALLER instruction (0x33).</summary>
    CALLER = 0x33,

    /// <summary>The CALLVALUE instruction (0x34).</summary>
    CALLVALUE = 0x34,

    /// <summary>The CALLDATALOAD instruction (0x35).</summary>
    CALLDATALOAD = 0x35,

    /// <summary>The CALLDATASIZE instruction (0x36).</summary>
    CALLDATASIZE = 0x36,

    /// <summary>The CALLDATACOPY instruction (0x37).</summary>
    CALLDATACOPY = 0x37,

    /// <summary>The CODESIZE instruction (0x38).</summary>
    CODESIZE = 0x38,

    /// <summary>The CODECOPY instruction (0x39).</summary>
    CODECOPY = 0x39,

    /// <summary>The GASPRICE instruction (0x3a).</summary>
    GASPRICE = 0x3a,

    /// <summary>The EXTCODESIZE instruction (0x3b).</summary>
    EXTCODESIZE = 0x3b,

    /// <summary>The EXTCODECOPY instruction (0x3c).</summary>
    EXTCODECOPY = 0x3c,

    /// <summary>The RETURNDATASIZE instruction (0x3d).</summary>
    RETURNDATASIZE = 0x3d,

    /// <summary>The RETURNDATACOPY instruction (0x3e).</summary>
    RETURNDATACOPY = 0x3e,

    /// <summary>The EXTCODEHASH instruction (0x3f).</summary>
    EXTCODEHASH = 0x3f,

    /// <summary>The BLOCKHASH instruction (0x40).</summary>
    BLOCKHASH = 0x40,

    /// <summary>The COINBASE instruction (0x41).</summary>
    COINBASE = 0x41,

    /// <summary>The TIMESTAMP instruction (0x42).</summary>
    TIMESTAMP = 0x42,

    /// <summary>The NUMBER instruction (0x43).</summary>
    NUMBER = 0x43,

    /// <summary>The beacon chain randomness (DIFFICULTY before EIP-4399).</summary>
    PREVRANDAO = 0x44,

    /// <summary>The GASLIMIT instruction (0x45).</summary>
    GASLIMIT = 0x45,

    /// <summary>The CHAINID instruction (0x46).</summary>
    CHAINID = 0x46,

    /// <summary>The SELFBALANCE instruction (0x47).</summary>
    SELFBALANCE = 0x47,

    /// <summary>The BASEFEE instruction (0x48).</summary>
    BASEFEE = 0x48,

    /// <summary>The BLOBHASH instruction (0x49).</summary>
    BLOBHASH = 0x49,

    /// <summary>The BLOBBASEFEE instruction (0x4a).</summary>
    BLOBBASEFEE = 0x4a,

    /// <summary>The POP instruction (0x50).</summary>
    POP = 0x50,

    /// <summary>The MLOAD instruction (0x51).</summary>
    MLOAD = 0x51,

    /// <summary>The MSTORE instruction (0x52).</summary>
    MSTORE = 0x52,

    /// <summary>The MSTORE8 instruction (0x53).</summary>
    MSTORE8 = 0x53,

    /// <summary>The SLOAD instruction (0x54).</summary>
    SLOAD = 0x54,

    /// <summary>The SSTORE instruction (0x55).</summary>
    SSTORE = 0x55,

    /// <summary>The JUMP instruction (0x56).</summary>
    JUMP = 0x56,

    /// <summary>The JUMPI instruction (0x57).</summary>
    JUMPI = 0x57,

    /// <summary>The PC instruction (0x58).</summary>
    PC = 0x58,

    /// <summary>The MSIZE instruction (0x59).</summary>
    MSIZE = 0x59,

    /// <summary>The GAS instruction (0x5a).</summary>
    GAS = 0x5a,

    /// <summary>The JUMPDEST instruction (0x5b).</summary>
    JUMPDEST = 0x5b,

    /// <summary>The TLOAD instruction (0x5c).</summary>
    TLOAD = 0x5c,

    /// <summary>The TSTORE instruction (0x5d).</summary>
    TSTORE = 0x5d,

    /// <summary>The MCOPY instruction (0x5e).</summary>
    MCOPY = 0x5e,

    /// <summary>The PUSH0 instruction (0x5f).</summary>
    PUSH0 = 0x5f,

    /// <summary>The PUSH1 instruction (0x60).</summary>
    PUSH1 = 0x60,

    /// <summary>The PUSH2 instruction (0x61).</summary>
    PUSH2 = 0x61,

    /// <summary>The PUSH3 instruction (0x62).</summary>
    PUSH3 = 0x62,

    /// <summary>The PUSH4 instruction (0x63).</summary>
    PUSH4 = 0x63,

    /// <summary>The PUSH5 instruction (0x64).</summary>
    PUSH5 = 0x64,

    /// <summary>The PUSH6 instruction (0x65).</summary>
    PUSH6 = 0x65,

    /// <summary>The PUSH7 instruction (0x66).</summary>
    PUSH7 = 0x66,

    /// <summary>The PUSH8 instruction (0x67).</summary>
    PUSH8 = 0x67,

    /// <summary>The PUSH9 instruction (0x68).</summary>
    PUSH9 = 0x68,

    /// <summary>The PUSH10 instruction (0x69).</summary>
    PUSH10 = 0x69,

    /// <summary>The PUSH11 instruction (0x6a).</summary>
    PUSH11 = 0x6a,

    /// <summary>The PUSH12 instruction (0x6b).</summary>
    PUSH12 = 0x6b,

    /// <summary>The PUSH13 instruction (0x6c).</summary>
    PUSH13 = 0x6c,

    /// <summary>The PUSH14 instruction (0x6d).</summary>
    PUSH14 = 0x6d,

    /// <summary>The PUSH15 instruction (0x6e).</summary>
    PUSH15 = 0x6e,

    /// <summary>The PUSH16 instruction (0x6f).</summary>
    PUSH16 = 0x6f,

    /// <summary>The PUSH17 instruction (0x70).</summary>
    PUSH17 = 0x70,

    /// <summary>The PUSH18 instruction (0x71).</summary>
    PUSH18 = 0x71,

    /// <summary>The PUSH19 instruction (0x72).</summary>
    PUSH19 = 0x72,

    /// <summary>The PUSH20 instruction (0x73).</summary>
    PUSH20 = 0x73,

    /// <summary>The PUSH21 instruction (0x74).</summary>
    PUSH21 = 0x74,

    /// <summary>The PUSH22 instruction (0x75).</summary>
    PUSH22 = 0x75,

    /// <summary>The PUSH23 instruction (0x76).</summary>
    PUSH23 = 0x76,

    /// <summary>The PUSH24 instruction (0x77).</summary>
    PUSH24 = 0x77,

    /// <summary>The PUSH25 instruction (0x78).</summary>
    PUSH25 = 0x78,

    /// <summary>The PUSH26 instruction (0x79).</summary>
    PUSH26 = 0x79,

    /// <summary>The PUSH27 instruction (0x7a).</summary>
    PUSH27 = 0x7a,

    /// <summary>The PUSH28 instruction (0x7b).</summary>
    PUSH28 = 0x7b,

    /// <summary>The PUSH29 instruction (0x7c).</summary>
    PUSH29 = 0x7c,

    /// <summary>The PUSH30 instruction (0x7d).</summary>
    PUSH30 = 0x7d,

    /// <summary>The PUSH31 instruction (0x7e).</summary>
    PUSH31 = 0x7e,

    /// <summary>The PUSH32 instruction (0x7f).</summary>
    PUSH32 = 0x7f,

    /// <summary>The DUP1 instruction (0x80).</summary>
    DUP1 = 0x80,

    /// <summary>The DUP2 instruction (0x81).</summary>
    DUP2 = 0x81,

    /// <summary>The DUP3 instruction (0x82).</summary>
    DUP3 = 0x82,

    /// <summary>The DUP4 instruction (0x83).</summary>
    DUP4 = 0x83,

    /// <summary>The DUP5 instruction (0x84).</summary>
    DUP5 = 0x84,

    /// <summary>The DUP6 instruction (0x85).</summary>
    DUP6 = 0x85,

    /// <summary>The DUP7 instruction (0x86).</summary>
    DUP7 = 0x86,

    /// <summary>The DUP8 instruction (0x87).</summary>
    DUP8 = 0x87,

    /// <summary>The DUP9 instruction (0x88).</summary>
    DUP9 = 0x88,

    /// <summary>The DUP10 instruction (0x89).</summary>
    DUP10 = 0x89,

    /// <summary>The DUP11 instruction (0x8a).</summary>
    DUP11 = 0x8a,

    /// <summary>The DUP12 instruction (0x8b).</summary>
    DUP12 = 0x8b,

    /// <summary>The DUP13 instruction (0x8c).</summary>
    DUP13 = 0x8c,

    /// <summary>The DUP14 instruction (0x8d).</summary>
    DUP14 = 0x8d,

    /// <summary>The DUP15 instruction (0x8e).</summary>
    DUP15 = 0x8e,

    /// <summary>The DUP16 instruction (0x8f).</summary>
    DUP16 = 0x8f,

    /// <summary>The SWAP1 instruction (0x90).</summary>
    SWAP1 = 0x90,

    /// <summary>The SWAP2 instruction (0x91).</summary>
    SWAP2 = 0x91,

    /// <summary>The SWAP3 instruction (0x92).</summary>
    SWAP3 = 0x92,

    /// <summary>The SWAP4 instruction (0x93).</summary>
    SWAP4 = 0x93,

    /// <summary>The SWAP5 instruction (0x94).</summary>
    SWAP5 = 0x94,

    /// <summary>The SWAP6 instruction (0x95).</summary>
    SWAP6 = 0x95,

    /// <summary>The SWAP7 instruction (0x96).</summary>
    SWAP7 = 0x96,

    /// <summary>The SWAP8 instruction (0x97).</summary>
    SWAP8 = 0x97,

    /// <summary>The SWAP9 instruction (0x98).</summary>
    SWAP9 = 0x98,

    /// <summary>The SWAP10 instruction (0x99).</summary>
    SWAP10 = 0x99,

    /// <summary>The SWAP11 instruction (0x9a).</summary>
    SWAP11 = 0x9a,

    /// <summary>The SWAP12 instruction (0x9b).</summary>
    SWAP12 = 0x9b,

    /// <summary>The SWAP13 instruction (0x9c).</summary>
    SWAP13 = 0x9c,

    /// <summary>The SWAP14 instruction (0x9d).</summary>
    SWAP14 = 0x9d,

    /// <summary>The SWAP15 instruction (0x9e).</summary>
    SWAP15 = 0x9e,

    /// <summary>The SWAP16 instruction (0x9f).</summary>
    SWAP16 = 0x9f,

    /// <summary>The LOG0 instruction (0xa0).</summary>
    LOG0 = 0xa0,

    /// <summary>The LOG1 instruction (0xa1).</summary>
    LOG1 = 0xa1,

    /// <summary>The LOG2 instruction (0xa2).</summary>
    LOG2 = 0xa2,

    /// <summary>The LOG3 instruction (0xa3).</summary>
    LOG3 = 0xa3,

    /// <summary>The LOG4 instruction (0xa4).</summary>
    LOG4 = 0xa4,

    /// <summary>The CREATE instruction (0xf0).</summary>
    CREATE = 0xf0,

    /// <summary>The CALL instruction (0xf1).</summary>
    CALL = 0xf1,

    /// <summary>The CALLCODE instruction (0xf2).</summary>
    CALLCODE = 0xf2,

    /// <summary>The RETURN instruction (0xf3).</summary>
    RETURN = 0xf3,

    /// <summary>The DELEGATECALL instruction (0xf4).</summary>
    DELEGATECALL = 0xf4,

    /// <summary>The CREATE2 instruction (0xf5).</summary>
    CREATE2 = 0xf5,

    /// <summary>The STATICCALL instruction (0xfa).</summary>
    STATICCALL = 0xfa,

    /// <summary>The REVERT instruction (0xfd).</summary>
    REVERT = 0xfd,

    /// <summary>The designated invalid instruction: consumes all gas.</summary>
    INVALID = 0xfe,

    /// <summary>Sends the balance away; deletes the account only when created in the same transaction (EIP-6780).</summary>
    SELFDESTRUCT = 0xff,
}
#pragma warning restore CA1707
