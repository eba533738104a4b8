using Glow.Core;

namespace Glow.Node.Dev;

/// <summary>A funded dev-mode account derived from the dev mnemonic (its key is public: never use it on a real network).</summary>
/// <param name="Index">The derivation index i of m/44'/60'/0'/0/i.</param>
/// <param name="Address">The account's address.</param>
/// <param name="PrivateKey">Its 32-byte private key.</param>
public sealed record DevAccount(int Index, Address Address, ReadOnlyMemory<byte> PrivateKey);
