using JapanRussia.Core.Data;
using JapanRussia.Core.Ingestion;
using Microsoft.EntityFrameworkCore;

namespace JapanRussia.Core.Tests.Search;

/// <summary>The five seed documents ingested once into a temporary SQLite file (or another store: see <see cref="CreateFactory"/>), shared by a test class.</summary>
public class SeededDatabase : IAsyncLifetime
{
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "jr-search-" + Guid.NewGuid().ToString("N"));

    public string DatabasePath => Path.Combine(Folder, "timeline.db");

    public IDbContextFactory<TimelineDbContext> Factory { get; private set; } = null!;

    public static string SeedsFolder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "JapanRussia.sln")))
            {
                return Path.Combine(directory.FullName, "seeds");
            }
        }

        throw new InvalidOperationException("The repository root (JapanRussia.sln) is not above the test output folder.");
    }

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Folder);
        Factory = CreateFactory("timeline");
        await new IngestionPipeline(Factory).IngestAsync(SeedsFolder());
    }

    /// <summary>A store of its own for a test, named <paramref name="name"/> (a file in <see cref="Folder"/> here).</summary>
    public virtual IDbContextFactory<TimelineDbContext> CreateFactory(string name, params Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor[] interceptors) =>
        new FileContextFactory(Path.Combine(Folder, name + ".db"), interceptors);

    public Task DisposeAsync()
    {
        Directory.Delete(Folder, recursive: true);
        return Task.CompletedTask;
    }

    public sealed class FileContextFactory(string path, params Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor[] interceptors) : IDbContextFactory<TimelineDbContext>
    {
        public TimelineDbContext CreateDbContext() =>
            new(TimelineDatabase.Configure(new DbContextOptionsBuilder<TimelineDbContext>(), path).AddInterceptors(interceptors).Options);
    }
}
