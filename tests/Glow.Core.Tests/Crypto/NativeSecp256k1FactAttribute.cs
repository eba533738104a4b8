using Glow.Core.Crypto;

namespace Glow.Core.Tests.Crypto;

/// <summary>
/// A fact that needs libsecp256k1 installed. When it is missing the test is reported as skipped with this
/// reason, never as passed.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class NativeSecp256k1FactAttribute : FactAttribute
{
    public const string MissingReason = "libsecp256k1 is not installed (apt-get install libsecp256k1-1); managed-vs-native comparison not run";

    public NativeSecp256k1FactAttribute()
    {
        if (!NativeSecp256k1.IsAvailable)
        {
            Skip = MissingReason;
        }
    }
}
