using JapanRussia.Core.Data;
using Microsoft.Extensions.Configuration;

namespace JapanRussia.Web.Hosting;

/// <summary>
/// Where the database and the documents live. <c>--db</c> and <c>--seeds</c> win; then <c>Timeline:Database</c> and
/// <c>Timeline:Seeds</c> from configuration; otherwise <c>data/timeline.db</c> and <c>seeds/</c> under the repository
/// root, found by walking up from the working directory (or the executable) to <c>JapanRussia.sln</c>. The database
/// may instead be a PostgreSQL connection string (see <see cref="StoreLocation"/>).
/// </summary>
public sealed record TimelinePaths(string DatabasePath, string SeedsPath)
{
    /// <summary>The store the database setting names: a SQLite file or a PostgreSQL database.</summary>
    public StoreLocation Store => StoreLocation.Parse(DatabasePath);

    /// <summary>The database for logs: the file, or the server and database without the password.</summary>
    public string DatabaseDisplay => Store.Display;

    public const string SolutionFileName = "JapanRussia.sln";

    public static TimelinePaths Resolve(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var root = FindRepositoryRoot(Directory.GetCurrentDirectory()) ?? FindRepositoryRoot(AppContext.BaseDirectory) ?? Directory.GetCurrentDirectory();
        var database = configuration["db"] ?? configuration["Timeline:Database"] ?? Path.Combine(root, "data", "timeline.db");
        var seeds = configuration["seeds"] ?? configuration["Timeline:Seeds"] ?? Path.Combine(root, "seeds");
        return new TimelinePaths(StoreLocation.Parse(database).Value, Path.GetFullPath(seeds));
    }

    public static string? FindRepositoryRoot(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFileName)))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}
