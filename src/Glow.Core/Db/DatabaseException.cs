namespace Glow.Core.Db;

/// <summary>
/// The node's database cannot be used: the file is not a database, belongs to another program, has another
/// schema version, is corrupt or truncated, is in use by another process, or the storage failed. The message
/// names the file and the problem, for the operator to act on; nothing has been overwritten.
/// </summary>
public sealed class DatabaseException : Exception
{
    /// <summary>Creates an exception with no message (prefer the constructors that name the file).</summary>
    public DatabaseException()
    {
    }

    /// <summary>Creates an exception whose message names the file and the problem.</summary>
    public DatabaseException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception whose message names the file and the problem, caused by <paramref name="innerException"/>.</summary>
    public DatabaseException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
