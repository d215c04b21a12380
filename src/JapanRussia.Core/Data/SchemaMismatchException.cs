namespace JapanRussia.Core.Data;

/// <summary>A database file this version must not read or change: another application's, a newer version's, or one altered by hand.</summary>
/// <remarks>The message is one sentence a person can act on; it completes "Cannot use the database FILE: ".</remarks>
public sealed class SchemaMismatchException : Exception
{
    public SchemaMismatchException()
    {
    }

    public SchemaMismatchException(string message)
        : base(message)
    {
    }

    public SchemaMismatchException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
