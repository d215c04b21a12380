using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace JapanRussia.Web.Tests.Support;

/// <summary>The real app over the real HTTP pipeline, with its own temporary SQLite file, ingesting the repository's seeds on start.</summary>
public sealed class TimelineAppFactory : WebApplicationFactory<Program>
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "jr-web-tests", Guid.NewGuid().ToString("N"));

    public TimelineAppFactory()
    {
        Directory.CreateDirectory(_folder);
        DatabasePath = Path.Combine(_folder, "timeline.db");
    }

    /// <summary>A file in a temporary folder of the factory's own unless set (to a file on a disk a test prepared).</summary>
    public string DatabasePath { get; init; }

    /// <summary>Off for a test of serving a database as it is (read-only, or on a full disk).</summary>
    public bool IngestOnStartup { get; init; } = true;

    public string SeedsPath { get; init; } = RepositoryPaths.Seeds;

    /// <summary>Off for a test that removes the file under the running app: pooled connections would keep the removed file open and go on answering from it.</summary>
    public bool ConnectionPooling { get; init; } = true;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("db", DatabasePath);
        builder.UseSetting("seeds", SeedsPath);
        builder.UseSetting("Timeline:ConnectionPooling", ConnectionPooling ? "true" : "false");
        builder.UseSetting("Timeline:IngestOnStartup", IngestOnStartup ? "true" : "false");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Leave it for the OS to clean; a failed delete must not hide a test result.
        }
    }
}

public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "JapanRussia.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Cannot find the repository root (JapanRussia.sln) above " + AppContext.BaseDirectory);
    }
}
