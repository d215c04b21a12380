namespace JapanRussia.Web.Hosting;

/// <summary>What startup reports: where the data is, and why the store or the documents cannot be used.</summary>
internal static partial class StartupLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Database {DatabasePath}; documents {SeedsPath}")]
    public static partial void Paths(ILogger logger, string databasePath, string seedsPath);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Cannot use the database {DatabasePath}: {Reason}")]
    public static partial void DatabaseUnusable(ILogger logger, string databasePath, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Serving the database {DatabasePath} read-only, as an unchanging snapshot: {Reason}")]
    public static partial void ServingSnapshot(ILogger logger, string databasePath, string reason);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Cannot read the documents folder {SeedsPath}: {Reason}")]
    public static partial void SeedsMissing(ILogger logger, string seedsPath, string reason);
}
