namespace Glow.Evm.Execution;

/// <summary>How a call frame was entered: the instruction (or transaction) that made it.</summary>
public enum CallKind : byte
{
    /// <summary>CALL, or a transaction to an address.</summary>
    Call,

    /// <summary>CALLCODE: another account's code in the caller's context, with value.</summary>
    CallCode,

    /// <summary>DELEGATECALL (EIP-7): another account's code in the caller's context, keeping caller and value.</summary>
    DelegateCall,

    /// <summary>STATICCALL (EIP-214): a call that may not change state.</summary>
    StaticCall,

    /// <summary>CREATE, or a contract-creating transaction.</summary>
    Create,

    /// <summary>CREATE2 (EIP-1014).</summary>
    Create2,
}
