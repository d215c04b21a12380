using JapanRussia.Core.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace JapanRussia.Web.Tests.Api;

/// <summary>The real app over HTTP with its own temporary SQLite file (or PostgreSQL database: <see cref="PostgresApiFactory"/>), ingesting the seed documents on start.</summary>
public class ApiFactory : WebApplicationFactory<Program>
{
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "jr-api-" + Guid.NewGuid().ToString("N"));

    /// <summary>The SQLite file, or the PostgreSQL connection string.</summary>
    public virtual string DatabasePath => Path.Combine(Folder, "timeline.db");

    /// <summary>The documents the app ingests on start: the repository's seeds unless a test needs others.</summary>
    public virtual string SeedsPath => Path.Combine(RepositoryRoot(), "seeds");

    /// <summary>A context on the app's store, for a test that reads or changes it behind the app.</summary>
    public TimelineDbContext CreateDbContext() => new TimelineContextFactory(StoreLocation.Parse(DatabasePath)).CreateDbContext();

    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "JapanRussia.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (JapanRussia.sln) is not above the test output folder.");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(Folder);
        builder.UseSetting("db", DatabasePath);
        builder.UseSetting("seeds", SeedsPath);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        // Hundreds of requests a second from one client are the point here; the rate limit has its own tests.
        builder.UseSetting("RateLimiting:Api:PermitLimit", "0");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open must not fail the run; the folder is under the temp directory.
        }

        GC.SuppressFinalize(this);
    }
}

[CollectionDefinition(Name)]
public sealed class ApiTestGroup : ICollectionFixture<ApiFactory>
{
    public const string Name = "api";
}
