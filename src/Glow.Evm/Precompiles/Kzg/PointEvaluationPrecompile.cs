using System.Security.Cryptography;

namespace Glow.Evm.Precompiles.Kzg;

/// <summary>
/// 0x0a point evaluation (EIP-4844, from Cancun). Input: versioned_hash (32) ‖ z (32) ‖ y (32) ‖ commitment (48) ‖
/// proof (48), exactly 192 bytes. The call succeeds when versioned_hash = 0x01 ‖ sha256(commitment)[1..] and the KZG
/// proof verifies (<see cref="KzgVerifier.VerifyProof(ReadOnlySpan{byte}, ReadOnlySpan{byte}, ReadOnlySpan{byte}, ReadOnlySpan{byte})"/>),
/// and returns FIELD_ELEMENTS_PER_BLOB (4096) and BLS_MODULUS as two 32-byte big-endian words. Gas: 50,000 flat.
/// </summary>
public sealed class PointEvaluationPrecompile : IPrecompile
{
    /// <summary>The price of a call (EIP-4844 POINT_EVALUATION_PRECOMPILE_GAS).</summary>
    public const long Gas = 50_000;

    /// <summary>The only accepted input length.</summary>
    public const int InputLength = 192;

    /// <summary>The version byte of a KZG versioned hash (EIP-4844 VERSIONED_HASH_VERSION_KZG).</summary>
    public const byte VersionedHashVersionKzg = 0x01;

    private readonly KzgVerifier _verifier;

    /// <summary>A precompile verifying against <paramref name="verifier"/>'s trusted setup.</summary>
    public PointEvaluationPrecompile(KzgVerifier verifier)
    {
        _verifier = verifier;
    }

    /// <summary>The precompile with Ethereum's mainnet trusted setup.</summary>
    public static PointEvaluationPrecompile Instance { get; } = new(KzgVerifier.Mainnet);

    /// <summary>FIELD_ELEMENTS_PER_BLOB (4096) ‖ BLS_MODULUS, each a 32-byte big-endian word: the return data of every successful call.</summary>
    private static ReadOnlySpan<byte> ReturnValue =>
    [
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x10, 0x00,
        0x73, 0xed, 0xa7, 0x53, 0x29, 0x9d, 0x7d, 0x48, 0x33, 0x39, 0xd8, 0x08, 0x09, 0xa1, 0xd8, 0x05,
        0x53, 0xbd, 0xa4, 0x02, 0xff, 0xfe, 0x5b, 0xfe, 0xff, 0xff, 0xff, 0xff, 0x00, 0x00, 0x00, 0x01,
    ];

    /// <inheritdoc />
    public long GasCost(ReadOnlySpan<byte> input) => Gas;

    /// <inheritdoc />
    public bool TryRun(ReadOnlySpan<byte> input, out byte[] output)
    {
        output = [];
        if (input.Length != InputLength)
        {
            return false;
        }

        var versionedHash = input[..32];
        var z = input[32..64];
        var y = input[64..96];
        var commitment = input[96..144];
        var proof = input[144..192];

        // kzg_to_versioned_hash(commitment) = VERSIONED_HASH_VERSION_KZG ‖ sha256(commitment)[1:].
        Span<byte> expected = stackalloc byte[32];
        SHA256.HashData(commitment, expected);
        expected[0] = VersionedHashVersionKzg;
        if (!versionedHash.SequenceEqual(expected) || !_verifier.VerifyProof(commitment, z, y, proof))
        {
            return false;
        }

        output = ReturnValue.ToArray();
        return true;
    }
}
