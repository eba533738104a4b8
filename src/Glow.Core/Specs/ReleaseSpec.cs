namespace Glow.Core.Specs;

/// <summary>
/// The rules in force for one block: which EIPs are on and the parameters that vary between forks.
/// Fork rules are data (architecture.md, style rule 4): code asks <c>spec.IsEip1559Enabled</c> and never
/// compares block numbers. Each fork in <see cref="Forks"/> is the previous one plus its EIPs, written
/// with <c>with</c>; a later fork (Prague, …) is added the same way.
/// </summary>
public sealed record ReleaseSpec
{
    /// <summary>The fork's name as the Ethereum test suites spell it (<c>Cancun</c>, <c>ConstantinopleFix</c>, …).</summary>
    public required string Name { get; init; }

    // Homestead

    /// <summary>EIP-2: signatures with s above n/2 are invalid; contract creation by transaction costs 32,000 more; a creation that cannot pay its code deposit fails.</summary>
    public bool IsEip2Enabled { get; init; }

    /// <summary>EIP-7: the DELEGATECALL opcode.</summary>
    public bool IsEip7Enabled { get; init; }

    // Tangerine Whistle

    /// <summary>EIP-150: gas cost increases for IO-heavy opcodes and the 63/64 rule for calls.</summary>
    public bool IsEip150Enabled { get; init; }

    // Spurious Dragon

    /// <summary>EIP-155: replay protection, the chain id folded into the legacy signature's v.</summary>
    public bool IsEip155Enabled { get; init; }

    /// <summary>EIP-158/161: empty accounts touched by a transaction are deleted; new contracts start at nonce 1.</summary>
    public bool IsEip158Enabled { get; init; }

    /// <summary>EIP-160: EXP costs 50 gas per byte of exponent.</summary>
    public bool IsEip160Enabled { get; init; }

    /// <summary>EIP-170: deployed code is limited to <see cref="MaxCodeSize"/> bytes.</summary>
    public bool IsEip170Enabled { get; init; }

    // Byzantium

    /// <summary>EIP-140: the REVERT opcode.</summary>
    public bool IsEip140Enabled { get; init; }

    /// <summary>EIP-196: bn254 (alt_bn128) addition and scalar multiplication precompiles.</summary>
    public bool IsEip196Enabled { get; init; }

    /// <summary>EIP-197: the bn254 pairing-check precompile.</summary>
    public bool IsEip197Enabled { get; init; }

    /// <summary>EIP-198: the modexp precompile.</summary>
    public bool IsEip198Enabled { get; init; }

    /// <summary>EIP-211: RETURNDATASIZE and RETURNDATACOPY.</summary>
    public bool IsEip211Enabled { get; init; }

    /// <summary>EIP-214: STATICCALL.</summary>
    public bool IsEip214Enabled { get; init; }

    /// <summary>EIP-658: receipts carry a status code instead of an intermediate state root.</summary>
    public bool IsEip658Enabled { get; init; }

    // Constantinople / Petersburg

    /// <summary>EIP-145: SHL, SHR and SAR.</summary>
    public bool IsEip145Enabled { get; init; }

    /// <summary>EIP-1014: CREATE2.</summary>
    public bool IsEip1014Enabled { get; init; }

    /// <summary>EIP-1052: EXTCODEHASH.</summary>
    public bool IsEip1052Enabled { get; init; }

    /// <summary>EIP-1283: net gas metering for SSTORE (Constantinople only; Petersburg removed it again).</summary>
    public bool IsEip1283Enabled { get; init; }

    // Istanbul

    /// <summary>EIP-152: the BLAKE2 F compression precompile.</summary>
    public bool IsEip152Enabled { get; init; }

    /// <summary>EIP-1108: cheaper bn254 precompiles.</summary>
    public bool IsEip1108Enabled { get; init; }

    /// <summary>EIP-1344: CHAINID.</summary>
    public bool IsEip1344Enabled { get; init; }

    /// <summary>EIP-1884: repricing of trie-size-dependent opcodes, and SELFBALANCE.</summary>
    public bool IsEip1884Enabled { get; init; }

    /// <summary>EIP-2028: calldata costs 16 gas per non-zero byte instead of 68.</summary>
    public bool IsEip2028Enabled { get; init; }

    /// <summary>EIP-2200: SSTORE net gas metering with the 2,300-gas stipend sentry.</summary>
    public bool IsEip2200Enabled { get; init; }

    // Berlin

    /// <summary>EIP-2565: cheaper modexp pricing.</summary>
    public bool IsEip2565Enabled { get; init; }

    /// <summary>EIP-2929: cold and warm access costs for state-reading opcodes.</summary>
    public bool IsEip2929Enabled { get; init; }

    /// <summary>EIP-2718 typed transaction envelope and EIP-2930 access-list transactions (type 1).</summary>
    public bool IsEip2930Enabled { get; init; }

    // London

    /// <summary>EIP-1559: base fee per gas, burned, and dynamic-fee transactions (type 2).</summary>
    public bool IsEip1559Enabled { get; init; }

    /// <summary>EIP-3198: BASEFEE.</summary>
    public bool IsEip3198Enabled { get; init; }

    /// <summary>EIP-3529: smaller refunds (no SELFDESTRUCT refund, cap at a fifth of gas used).</summary>
    public bool IsEip3529Enabled { get; init; }

    /// <summary>EIP-3541: new code starting with 0xEF is rejected.</summary>
    public bool IsEip3541Enabled { get; init; }

    // Paris (the Merge)

    /// <summary>EIP-3675/4399: proof of stake headers (difficulty 0, nonce 0, no ommers) and PREVRANDAO in place of DIFFICULTY.</summary>
    public bool IsEip4399Enabled { get; init; }

    // Shanghai

    /// <summary>EIP-3651: the coinbase is warm at the start of a transaction.</summary>
    public bool IsEip3651Enabled { get; init; }

    /// <summary>EIP-3855: PUSH0.</summary>
    public bool IsEip3855Enabled { get; init; }

    /// <summary>EIP-3860: init code is limited to <see cref="MaxInitCodeSize"/> bytes and costs 2 gas per 32-byte word.</summary>
    public bool IsEip3860Enabled { get; init; }

    /// <summary>EIP-4895: beacon-chain withdrawals in the block body and the withdrawals root in the header.</summary>
    public bool IsEip4895Enabled { get; init; }

    // Cancun

    /// <summary>EIP-1153: transient storage (TLOAD, TSTORE).</summary>
    public bool IsEip1153Enabled { get; init; }

    /// <summary>EIP-4788: the beacon block root in the header and its system contract.</summary>
    public bool IsEip4788Enabled { get; init; }

    /// <summary>EIP-4844: blob transactions (type 3), BLOBHASH, the point-evaluation precompile, blob gas fields in the header.</summary>
    public bool IsEip4844Enabled { get; init; }

    /// <summary>EIP-5656: MCOPY.</summary>
    public bool IsEip5656Enabled { get; init; }

    /// <summary>EIP-6780: SELFDESTRUCT only deletes an account created in the same transaction.</summary>
    public bool IsEip6780Enabled { get; init; }

    /// <summary>EIP-7516: BLOBBASEFEE.</summary>
    public bool IsEip7516Enabled { get; init; }

    // Parameters

    /// <summary>Largest deployable code (EIP-170), in bytes.</summary>
    public int MaxCodeSize { get; init; } = 24_576;

    /// <summary>Largest init code (EIP-3860), in bytes: twice <see cref="MaxCodeSize"/>.</summary>
    public int MaxInitCodeSize { get; init; } = 49_152;

    /// <summary>Gas per non-zero byte of transaction data: 68, or 16 from EIP-2028.</summary>
    public long TxDataNonZeroGas => IsEip2028Enabled ? 16 : 68;

    /// <summary>Whether typed transactions (EIP-2718) exist at all.</summary>
    public bool IsTypedTransactionsEnabled => IsEip2930Enabled;
}
