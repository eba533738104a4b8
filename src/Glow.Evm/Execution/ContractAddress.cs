using System.Buffers.Binary;
using Glow.Core;
using Glow.Core.Crypto;
using Glow.Core.Numerics;

namespace Glow.Evm.Execution;

/// <summary>The addresses of new contracts: CREATE's from sender and nonce, CREATE2's from sender, salt and init code (EIP-1014).</summary>
public static class ContractAddress
{
    /// <summary>The last 20 bytes of <c>keccak256(rlp([sender, nonce]))</c>.</summary>
    public static Address From(in Address sender, ulong nonce)
    {
        Span<byte> buffer = stackalloc byte[32];
        buffer[1] = 0x80 + Address.Size;
        sender.CopyTo(buffer[2..]);
        var length = 2 + Address.Size;
        if (nonce == 0)
        {
            buffer[length++] = 0x80;
        }
        else if (nonce < 0x80)
        {
            buffer[length++] = (byte)nonce;
        }
        else
        {
            var bytes = 8 - (System.Numerics.BitOperations.LeadingZeroCount(nonce) / 8);
            buffer[length++] = (byte)(0x80 + bytes);
            Span<byte> big = stackalloc byte[8];
            BinaryPrimitives.WriteUInt64BigEndian(big, nonce);
            big[(8 - bytes)..].CopyTo(buffer[length..]);
            length += bytes;
        }

        buffer[0] = (byte)(0xc0 + length - 1);
        Span<byte> hash = stackalloc byte[32];
        Keccak256.Hash(buffer[..length], hash);
        return new Address(hash[12..]);
    }

    /// <summary>The last 20 bytes of <c>keccak256(0xff ‖ sender ‖ salt ‖ keccak256(initCode))</c> (EIP-1014).</summary>
    public static Address From(in Address sender, in UInt256 salt, ReadOnlySpan<byte> initCode)
    {
        Span<byte> buffer = stackalloc byte[1 + Address.Size + 32 + 32];
        buffer[0] = 0xff;
        sender.CopyTo(buffer[1..]);
        salt.WriteBigEndian(buffer.Slice(1 + Address.Size, 32));
        Keccak256.Hash(initCode, buffer[(1 + Address.Size + 32)..]);
        Span<byte> hash = stackalloc byte[32];
        Keccak256.Hash(buffer, hash);
        return new Address(hash[12..]);
    }
}
