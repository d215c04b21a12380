using JapanRussia.Core.Data;
using JapanRussia.Core.Ingestion;
using Microsoft.EntityFrameworkCore;

namespace JapanRussia.Core.Tests.Support;

/// <summary>A real SQLite file in a temporary folder (or a database of the test PostgreSQL server), with the real ingestion pipeline over it.</summary>
public sealed class TestStore : IDbContextFactory<TimelineDbContext>, IDisposable
{
    private readonly TestFolder _folder = new();
    private readonly TimelineContextFactory _factory;

    public TestStore(StoreProvider provider = StoreProvider.Sqlite)
    {
        DatabasePath = provider == StoreProvider.PostgreSql ? PostgresServer.Shared.NewDatabase("store") : _folder.File("timeline.db");
        _factory = new TimelineContextFactory(StoreLocation.Parse(DatabasePath));
        Seeds = _folder.Folder("seeds");
        Pipeline = new IngestionPipeline(this);
    }

    /// <summary>The SQLite file, or the PostgreSQL connection string.</summary>
    public string DatabasePath { get; }

    public string Seeds { get; }

    public IngestionPipeline Pipeline { get; }

    public TimelineDbContext CreateDbContext() => _factory.CreateDbContext();

    public Task<IngestionReport> IngestAsync() => Pipeline.IngestAsync(Seeds);

    public void CopySeeds()
    {
        foreach (var file in Directory.GetFiles(RepositoryPaths.Seeds))
        {
            File.Copy(file, Path.Combine(Seeds, Path.GetFileName(file)));
        }
    }

    public void WriteDocument(string name, string text) => File.WriteAllText(Path.Combine(Seeds, name), text);

    public void Dispose() => _folder.Dispose();
}
