namespace Glow.Cli.Tests;

/// <summary>
/// A fact about file permissions, which bind every user but root: run as root (as in some CI containers) it is reported
/// as skipped with this reason, never as passed.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class NotRootFactAttribute : FactAttribute
{
    public const string RootReason = "running as root, which file permissions do not restrict; the permission case cannot be shown";

    public const string WindowsReason = "Unix file permissions do not apply on Windows";

    public NotRootFactAttribute()
    {
        if (Environment.IsPrivilegedProcess)
        {
            Skip = RootReason;
        }
        else if (OperatingSystem.IsWindows())
        {
            Skip = WindowsReason;
        }
    }
}
