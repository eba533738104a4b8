using SQLitePCL;

namespace Glow.State.Db;

/// <summary>The native SQLite library bundled by SQLitePCLRaw (<c>e_sqlite3</c>), loaded once per process.</summary>
internal static class SqliteLibrary
{
    private static readonly string LoadedVersion = Load();

    /// <summary>The version of the loaded native library, e.g. <c>3.35.5</c>.</summary>
    public static string Version => LoadedVersion;

    /// <summary>Loads the native library on first call; later calls do nothing.</summary>
    public static void EnsureInitialized() => _ = LoadedVersion;

    private static string Load()
    {
        Batteries_V2.Init();
        return raw.sqlite3_libversion().utf8_to_string();
    }
}
