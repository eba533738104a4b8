using System.Runtime.CompilerServices;
using Glow.Core.Specs;
using Glow.Evm.Gas;

namespace Glow.Evm.Instructions;

/// <summary>
/// The instruction set of one fork as data: for each of the 256 opcodes, whether it exists, its static gas and its
/// stack bounds. Built once per <see cref="ReleaseSpec"/>; a later fork is a few more lines of data here, not new
/// interpreter code. The entries sit in pinned memory so the interpreter reads them through a pointer.
/// </summary>
public sealed unsafe class OpcodeTable
{
    /// <summary>
    /// The table of each spec, built on first use. The tables never change once built, so this is a memo, not shared
    /// mutable state; keyed by the spec object, so a spec that is collected takes its table with it.
    /// </summary>
    private static readonly ConditionalWeakTable<ReleaseSpec, OpcodeTable> Tables = new();

    private readonly OpcodeInfo[] _entries;

    /// <summary>The table of <paramref name="spec"/>, built once per spec and shared by every interpreter.</summary>
    public static OpcodeTable For(ReleaseSpec spec) => Tables.GetValue(spec, static s => new OpcodeTable(s));

    /// <summary>Builds the table of <paramref name="spec"/> (prefer <see cref="For"/>, which builds it once).</summary>
    public OpcodeTable(ReleaseSpec spec)
    {
        Spec = spec;
        _entries = GC.AllocateArray<OpcodeInfo>(256, pinned: true);
        _entries.AsSpan().Fill(OpcodeInfo.Invalid);
        Fill(spec);
        Pointer = (OpcodeInfo*)Unsafe.AsPointer(ref _entries[0]);
    }

    /// <summary>The fork this table describes.</summary>
    public ReleaseSpec Spec { get; }

    /// <summary>The 256 entries, indexed by opcode byte, in pinned memory.</summary>
    internal OpcodeInfo* Pointer { get; }

    /// <summary>The entry of <paramref name="opcode"/>.</summary>
    public OpcodeInfo this[Opcode opcode] => _entries[(byte)opcode];

    /// <summary>The mnemonic of <paramref name="opcode"/> (<c>PUSH1</c>, <c>SSTORE</c>), or <c>opcode 0xNN</c> when it has none.</summary>
    public static string NameOf(byte opcode) => OpcodeNames.Get(opcode);

    private void Fill(ReleaseSpec spec)
    {
        FillArithmetic(spec);
        FillEnvironment(spec);
        FillBlock(spec);
        FillStackMemoryStorageFlow(spec);
        FillSystem(spec);
    }

    private void Set(Opcode opcode, long gas, int pops, int pushes) => _entries[(byte)opcode] = new OpcodeInfo((int)gas, pops, pushes);

    private void FillArithmetic(ReleaseSpec spec)
    {
        Set(Opcode.STOP, GasCost.Zero, 0, 0);
        Set(Opcode.ADD, GasCost.VeryLow, 2, 1);
        Set(Opcode.MUL, GasCost.Low, 2, 1);
        Set(Opcode.SUB, GasCost.VeryLow, 2, 1);
        Set(Opcode.DIV, GasCost.Low, 2, 1);
        Set(Opcode.SDIV, GasCost.Low, 2, 1);
        Set(Opcode.MOD, GasCost.Low, 2, 1);
        Set(Opcode.SMOD, GasCost.Low, 2, 1);
        Set(Opcode.ADDMOD, GasCost.Mid, 3, 1);
        Set(Opcode.MULMOD, GasCost.Mid, 3, 1);
        Set(Opcode.EXP, GasCost.Exp, 2, 1);
        Set(Opcode.SIGNEXTEND, GasCost.Low, 2, 1);
        Set(Opcode.LT, GasCost.VeryLow, 2, 1);
        Set(Opcode.GT, GasCost.VeryLow, 2, 1);
        Set(Opcode.SLT, GasCost.VeryLow, 2, 1);
        Set(Opcode.SGT, GasCost.VeryLow, 2, 1);
        Set(Opcode.EQ, GasCost.VeryLow, 2, 1);
        Set(Opcode.ISZERO, GasCost.VeryLow, 1, 1);
        Set(Opcode.AND, GasCost.VeryLow, 2, 1);
        Set(Opcode.OR, GasCost.VeryLow, 2, 1);
        Set(Opcode.XOR, GasCost.VeryLow, 2, 1);
        Set(Opcode.NOT, GasCost.VeryLow, 1, 1);
        Set(Opcode.BYTE, GasCost.VeryLow, 2, 1);
        if (spec.IsEip145Enabled)
        {
            Set(Opcode.SHL, GasCost.VeryLow, 2, 1);
            Set(Opcode.SHR, GasCost.VeryLow, 2, 1);
            Set(Opcode.SAR, GasCost.VeryLow, 2, 1);
        }

        Set(Opcode.KECCAK256, GasCost.Keccak256, 2, 1);
    }

    private void FillEnvironment(ReleaseSpec spec)
    {
        // EIP-2929 prices account access dynamically (warm 100, cold 2600); before it the price was static and rose
        // with EIP-150 and EIP-1884.
        var accountRead = spec.IsEip2929Enabled ? 0 : spec.IsEip150Enabled ? 700 : 20;
        var balance = spec.IsEip2929Enabled ? 0 : spec.IsEip1884Enabled ? 700 : spec.IsEip150Enabled ? 400 : 20;
        Set(Opcode.ADDRESS, GasCost.Base, 0, 1);
        Set(Opcode.BALANCE, balance, 1, 1);
        Set(Opcode.ORIGIN, GasCost.Base, 0, 1);
        Set(Opcode.CALLER, GasCost.Base, 0, 1);
        Set(Opcode.CALLVALUE, GasCost.Base, 0, 1);
        Set(Opcode.CALLDATALOAD, GasCost.VeryLow, 1, 1);
        Set(Opcode.CALLDATASIZE, GasCost.Base, 0, 1);
        Set(Opcode.CALLDATACOPY, GasCost.VeryLow, 3, 0);
        Set(Opcode.CODESIZE, GasCost.Base, 0, 1);
        Set(Opcode.CODECOPY, GasCost.VeryLow, 3, 0);
        Set(Opcode.GASPRICE, GasCost.Base, 0, 1);
        Set(Opcode.EXTCODESIZE, accountRead, 1, 1);
        Set(Opcode.EXTCODECOPY, accountRead, 4, 0);
        if (spec.IsEip211Enabled)
        {
            Set(Opcode.RETURNDATASIZE, GasCost.Base, 0, 1);
            Set(Opcode.RETURNDATACOPY, GasCost.VeryLow, 3, 0);
        }

        if (spec.IsEip1052Enabled)
        {
            Set(Opcode.EXTCODEHASH, spec.IsEip2929Enabled ? 0 : spec.IsEip1884Enabled ? 700 : 400, 1, 1);
        }
    }

    private void FillBlock(ReleaseSpec spec)
    {
        Set(Opcode.BLOCKHASH, GasCost.BlockHash, 1, 1);
        Set(Opcode.COINBASE, GasCost.Base, 0, 1);
        Set(Opcode.TIMESTAMP, GasCost.Base, 0, 1);
        Set(Opcode.NUMBER, GasCost.Base, 0, 1);
        Set(Opcode.PREVRANDAO, GasCost.Base, 0, 1);
        Set(Opcode.GASLIMIT, GasCost.Base, 0, 1);
        if (spec.IsEip1344Enabled)
        {
            Set(Opcode.CHAINID, GasCost.Base, 0, 1);
        }

        if (spec.IsEip1884Enabled)
        {
            Set(Opcode.SELFBALANCE, GasCost.Low, 0, 1);
        }

        if (spec.IsEip3198Enabled)
        {
            Set(Opcode.BASEFEE, GasCost.Base, 0, 1);
        }

        if (spec.IsEip4844Enabled)
        {
            Set(Opcode.BLOBHASH, GasCost.BlobHash, 1, 1);
        }

        if (spec.IsEip7516Enabled)
        {
            Set(Opcode.BLOBBASEFEE, GasCost.Base, 0, 1);
        }
    }

    private void FillStackMemoryStorageFlow(ReleaseSpec spec)
    {
        Set(Opcode.POP, GasCost.Base, 1, 0);
        Set(Opcode.MLOAD, GasCost.VeryLow, 1, 1);
        Set(Opcode.MSTORE, GasCost.VeryLow, 2, 0);
        Set(Opcode.MSTORE8, GasCost.VeryLow, 2, 0);
        Set(Opcode.SLOAD, spec.IsEip2929Enabled ? 0 : spec.IsEip1884Enabled ? 800 : spec.IsEip150Enabled ? 200 : 50, 1, 1);
        Set(Opcode.SSTORE, 0, 2, 0);
        Set(Opcode.JUMP, GasCost.Mid, 1, 0);
        Set(Opcode.JUMPI, GasCost.High, 2, 0);
        Set(Opcode.PC, GasCost.Base, 0, 1);
        Set(Opcode.MSIZE, GasCost.Base, 0, 1);
        Set(Opcode.GAS, GasCost.Base, 0, 1);
        Set(Opcode.JUMPDEST, GasCost.JumpDest, 0, 0);
        if (spec.IsEip1153Enabled)
        {
            Set(Opcode.TLOAD, GasCost.WarmAccess, 1, 1);
            Set(Opcode.TSTORE, GasCost.WarmAccess, 2, 0);
        }

        if (spec.IsEip5656Enabled)
        {
            Set(Opcode.MCOPY, GasCost.VeryLow, 3, 0);
        }

        if (spec.IsEip3855Enabled)
        {
            Set(Opcode.PUSH0, GasCost.Base, 0, 1);
        }

        for (var n = 1; n <= 32; n++)
        {
            Set((Opcode)((int)Opcode.PUSH0 + n), GasCost.VeryLow, 0, 1);
        }

        for (var n = 1; n <= 16; n++)
        {
            Set((Opcode)((int)Opcode.DUP1 + n - 1), GasCost.VeryLow, n, n + 1);
            Set((Opcode)((int)Opcode.SWAP1 + n - 1), GasCost.VeryLow, n + 1, n + 1);
        }

        for (var topics = 0; topics <= 4; topics++)
        {
            Set((Opcode)((int)Opcode.LOG0 + topics), GasCost.Log + (topics * GasCost.LogTopic), topics + 2, 0);
        }
    }

    private void FillSystem(ReleaseSpec spec)
    {
        var call = spec.IsEip2929Enabled ? 0 : spec.IsEip150Enabled ? 700 : 40;
        Set(Opcode.CREATE, GasCost.Create, 3, 1);
        Set(Opcode.CALL, call, 7, 1);
        Set(Opcode.CALLCODE, call, 7, 1);
        Set(Opcode.RETURN, GasCost.Zero, 2, 0);
        if (spec.IsEip7Enabled)
        {
            Set(Opcode.DELEGATECALL, call, 6, 1);
        }

        if (spec.IsEip1014Enabled)
        {
            Set(Opcode.CREATE2, GasCost.Create, 4, 1);
        }

        if (spec.IsEip214Enabled)
        {
            Set(Opcode.STATICCALL, call, 6, 1);
        }

        if (spec.IsEip140Enabled)
        {
            Set(Opcode.REVERT, GasCost.Zero, 2, 0);
        }

        Set(Opcode.SELFDESTRUCT, spec.IsEip150Enabled ? GasCost.SelfDestruct : 0, 1, 0);
    }
}
