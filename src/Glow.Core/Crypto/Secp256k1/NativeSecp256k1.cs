using System.Runtime.InteropServices;

namespace Glow.Core.Crypto;

/// <summary>
/// An optional <see cref="IEcdsaBackend"/> over the C library libsecp256k1 (Debian package
/// <c>libsecp256k1-1</c>), used to compare speed and results with the managed code. It is never required:
/// when the library cannot be loaded, or lacks the recovery module, <see cref="IsAvailable"/> is false and
/// nothing else happens.
/// </summary>
/// <remarks>
/// Arguments are checked before every call so that the library's "illegal argument" callback, which
/// aborts the process, can never fire. Verification normalises s first, so high s verifies as it does in
/// the managed code (libsecp256k1 itself accepts only low s).
/// </remarks>
public sealed unsafe class NativeSecp256k1 : IEcdsaBackend
{
    private const uint ContextSignAndVerify = 0x0301;
    private const uint SerializeUncompressed = 0x0002;

    private static readonly Lazy<NativeSecp256k1?> Loaded = new(() => Load(["libsecp256k1.so.1", "libsecp256k1.so", "libsecp256k1.dylib", "libsecp256k1", "secp256k1"]));

    private readonly nint _context;
    private readonly delegate* unmanaged[Cdecl]<nint, byte*, byte*, int, int> _parseRecoverable;
    private readonly delegate* unmanaged[Cdecl]<nint, byte*, byte*, byte*, int> _recover;
    private readonly delegate* unmanaged[Cdecl]<nint, byte*, nuint*, byte*, uint, int> _serializePublicKey;
    private readonly delegate* unmanaged[Cdecl]<nint, byte*, byte*, nuint, int> _parsePublicKey;
    private readonly delegate* unmanaged[Cdecl]<nint, byte*, byte*, byte*, nint, nint, int> _signRecoverable;
    private readonly delegate* unmanaged[Cdecl]<nint, byte*, int*, byte*, int> _serializeRecoverable;
    private readonly delegate* unmanaged[Cdecl]<nint, byte*, byte*, int> _parseCompact;
    private readonly delegate* unmanaged[Cdecl]<nint, byte*, byte*, int> _normalize;
    private readonly delegate* unmanaged[Cdecl]<nint, byte*, byte*, byte*, int> _verify;
    private readonly delegate* unmanaged[Cdecl]<nint, byte*, byte*, int> _createPublicKey;

    private NativeSecp256k1(nint library)
    {
        var create = (delegate* unmanaged[Cdecl]<uint, nint>)Export(library, "secp256k1_context_create");
        _parseRecoverable = (delegate* unmanaged[Cdecl]<nint, byte*, byte*, int, int>)Export(library, "secp256k1_ecdsa_recoverable_signature_parse_compact");
        _recover = (delegate* unmanaged[Cdecl]<nint, byte*, byte*, byte*, int>)Export(library, "secp256k1_ecdsa_recover");
        _serializePublicKey = (delegate* unmanaged[Cdecl]<nint, byte*, nuint*, byte*, uint, int>)Export(library, "secp256k1_ec_pubkey_serialize");
        _parsePublicKey = (delegate* unmanaged[Cdecl]<nint, byte*, byte*, nuint, int>)Export(library, "secp256k1_ec_pubkey_parse");
        _signRecoverable = (delegate* unmanaged[Cdecl]<nint, byte*, byte*, byte*, nint, nint, int>)Export(library, "secp256k1_ecdsa_sign_recoverable");
        _serializeRecoverable = (delegate* unmanaged[Cdecl]<nint, byte*, int*, byte*, int>)Export(library, "secp256k1_ecdsa_recoverable_signature_serialize_compact");
        _parseCompact = (delegate* unmanaged[Cdecl]<nint, byte*, byte*, int>)Export(library, "secp256k1_ecdsa_signature_parse_compact");
        _normalize = (delegate* unmanaged[Cdecl]<nint, byte*, byte*, int>)Export(library, "secp256k1_ecdsa_signature_normalize");
        _verify = (delegate* unmanaged[Cdecl]<nint, byte*, byte*, byte*, int>)Export(library, "secp256k1_ecdsa_verify");
        _createPublicKey = (delegate* unmanaged[Cdecl]<nint, byte*, byte*, int>)Export(library, "secp256k1_ec_pubkey_create");

        // One context for the process lifetime; libsecp256k1 allows concurrent use of a context that is
        // not being randomized or destroyed.
        _context = create(ContextSignAndVerify);
        if (_context == 0)
        {
            throw new InvalidOperationException("secp256k1_context_create failed");
        }
    }

    /// <summary>True when libsecp256k1 with the recovery module could be loaded.</summary>
    public static bool IsAvailable => Loaded.Value is not null;

    /// <summary>The loaded library, or null when it is not installed.</summary>
    public static NativeSecp256k1? Instance => Loaded.Value;

    /// <inheritdoc />
    public string Name => "libsecp256k1";

    /// <inheritdoc />
    public bool TryRecover(ReadOnlySpan<byte> messageHash32, ReadOnlySpan<byte> signature64, int recoveryId, Span<byte> publicKey64)
    {
        Check(messageHash32, 32);
        Check(signature64, 64);
        Check(publicKey64, 64);
        if ((uint)recoveryId > 3)
        {
            return false;
        }

        byte* sig = stackalloc byte[65];
        byte* pub = stackalloc byte[64];
        fixed (byte* input = signature64)
        fixed (byte* hash = messageHash32)
        {
            if (_parseRecoverable(_context, sig, input, recoveryId) == 0 || _recover(_context, pub, sig, hash) == 0)
            {
                return false;
            }
        }

        return WritePublicKey(pub, publicKey64);
    }

    /// <inheritdoc />
    public bool Sign(ReadOnlySpan<byte> messageHash32, ReadOnlySpan<byte> privateKey32, Span<byte> signature64, out int recoveryId)
    {
        Check(messageHash32, 32);
        Check(privateKey32, 32);
        Check(signature64, 64);
        recoveryId = 0;
        byte* sig = stackalloc byte[65];
        int id;
        fixed (byte* hash = messageHash32)
        fixed (byte* key = privateKey32)
        fixed (byte* output = signature64)
        {
            // A null nonce function selects the library's RFC 6979 default.
            if (_signRecoverable(_context, sig, hash, key, 0, 0) == 0 || _serializeRecoverable(_context, output, &id, sig) == 0)
            {
                return false;
            }
        }

        recoveryId = id;
        return true;
    }

    /// <inheritdoc />
    public bool Verify(ReadOnlySpan<byte> messageHash32, ReadOnlySpan<byte> signature64, ReadOnlySpan<byte> publicKey64)
    {
        Check(messageHash32, 32);
        Check(signature64, 64);
        Check(publicKey64, 64);
        byte* sig = stackalloc byte[64];
        byte* pub = stackalloc byte[64];
        byte* serialized = stackalloc byte[65];
        serialized[0] = 0x04;
        publicKey64.CopyTo(new Span<byte>(serialized + 1, 64));
        fixed (byte* input = signature64)
        fixed (byte* hash = messageHash32)
        {
            if (_parseCompact(_context, sig, input) == 0 || _parsePublicKey(_context, pub, serialized, 65) == 0)
            {
                return false;
            }

            _normalize(_context, sig, sig);
            return _verify(_context, sig, hash, pub) == 1;
        }
    }

    /// <inheritdoc />
    public bool CreatePublicKey(ReadOnlySpan<byte> privateKey32, Span<byte> publicKey64)
    {
        Check(privateKey32, 32);
        Check(publicKey64, 64);
        byte* pub = stackalloc byte[64];
        fixed (byte* key = privateKey32)
        {
            if (_createPublicKey(_context, pub, key) == 0)
            {
                return false;
            }
        }

        return WritePublicKey(pub, publicKey64);
    }

    private bool WritePublicKey(byte* pub, Span<byte> publicKey64)
    {
        byte* output = stackalloc byte[65];
        nuint length = 65;
        if (_serializePublicKey(_context, output, &length, pub, SerializeUncompressed) == 0 || length != 65)
        {
            return false;
        }

        new ReadOnlySpan<byte>(output + 1, 64).CopyTo(publicKey64);
        return true;
    }

    /// <summary>The first of <paramref name="names"/> that loads and has every function used here; null if none does.</summary>
    internal static NativeSecp256k1? Load(IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            if (!NativeLibrary.TryLoad(name, out var library))
            {
                continue;
            }

            if (HasAllExports(library))
            {
                return new NativeSecp256k1(library);
            }

            NativeLibrary.Free(library);
        }

        return null;
    }

    private static bool HasAllExports(nint library)
    {
        foreach (var name in new[]
        {
            "secp256k1_context_create", "secp256k1_ecdsa_recoverable_signature_parse_compact", "secp256k1_ecdsa_recover",
            "secp256k1_ec_pubkey_serialize", "secp256k1_ec_pubkey_parse", "secp256k1_ecdsa_sign_recoverable",
            "secp256k1_ecdsa_recoverable_signature_serialize_compact", "secp256k1_ecdsa_signature_parse_compact",
            "secp256k1_ecdsa_signature_normalize", "secp256k1_ecdsa_verify", "secp256k1_ec_pubkey_create",
        })
        {
            if (!NativeLibrary.TryGetExport(library, name, out _))
            {
                return false;
            }
        }

        return true;
    }

    private static nint Export(nint library, string name) => NativeLibrary.GetExport(library, name);

    private static void Check(ReadOnlySpan<byte> span, int length)
    {
        if (span.Length != length)
        {
            throw new ArgumentException($"Expected {length} bytes, got {span.Length}.", nameof(span));
        }
    }
}
