using Glow.Core;
using Glow.Evm.Precompiles;

namespace Glow.Evm.Execution;

/// <summary>The precompiled contracts of a fork, looked up by address by the call instructions.</summary>
public interface IPrecompileProvider
{
    /// <summary>Every precompile address of the fork; all are warm from the start of a transaction (EIP-2929).</summary>
    IReadOnlyList<Address> Addresses { get; }

    /// <summary>The precompile at <paramref name="address"/>, or null when there is none.</summary>
    IPrecompile? Find(in Address address);
}
