namespace JapanRussia.Core.Data;

/// <summary>The SQLite result codes the app tells apart (sqlite.org/rescode.html), by name.</summary>
public static class SqliteErrorCodes
{
    /// <summary>SQLITE_ERROR: a generic error, e.g. a statement naming a table the file does not have.</summary>
    public const int Error = 1;

    /// <summary>SQLITE_BUSY: another connection holds the lock.</summary>
    public const int Busy = 5;

    public const int ReadOnly = 8;

    public const int IoError = 10;

    public const int Corrupt = 11;

    public const int Full = 13;

    public const int CannotOpen = 14;

    /// <summary>SQLITE_NOTADB: the file is not a database.</summary>
    public const int NotADatabase = 26;

    /// <summary>Extended SQLITE_IOERR_READ, _SHORT_READ and _CORRUPTFS: what the Unix VFS reports for EIO on a read.</summary>
    public const int ReadFailed = 266;

    public const int ShortRead = 522;

    public const int ReadFailedInFileSystem = 8458;
}
