using JapanRussia.Core.Data;
using JapanRussia.Core.Queries;

namespace JapanRussia.Web.Hosting;

/// <summary>
/// Whether the store's connections are pooled (<c>Timeline:ConnectionPooling</c>, on unless set to false), and the
/// release of the pool when the app stops (and again when its services are disposed, for connections returned
/// late), so that the file is free once the app has stopped; and whether the file is served as an immutable snapshot.
/// </summary>
internal sealed class ConnectionPool : IDisposable
{
    private readonly CancellationTokenRegistration _stopped;

    public ConnectionPool(TimelinePaths paths, IConfiguration configuration, IHostApplicationLifetime lifetime)
    {
        DatabasePath = paths.DatabasePath;
        Enabled = configuration.GetValue("Timeline:ConnectionPooling", true);
        SqliteMemory.Limit(configuration.GetValue("Timeline:SqliteMemoryMegabytes", MemoryBudget.DefaultMegabytes(paths.DatabasePath)));
        _stopped = lifetime.ApplicationStopped.Register(Release);
    }

    public string DatabasePath { get; }

    public bool Enabled { get; }

    /// <summary>True once startup found the file readable only as an immutable snapshot.</summary>
    public bool Snapshot { get; private set; }

    public void ServeSnapshot() => Snapshot = true;

    public void Dispose()
    {
        _stopped.Dispose();
        Release();
    }

    private void Release()
    {
        if (Enabled && !StoreLocation.Parse(DatabasePath).IsPostgreSql)
        {
            TimelineDatabase.ReleasePool(DatabasePath, Snapshot);
        }
    }
}
