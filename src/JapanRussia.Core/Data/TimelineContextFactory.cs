using Microsoft.EntityFrameworkCore;

namespace JapanRussia.Core.Data;

/// <summary>Contexts for one store location, of the context type its provider's migrations belong to.</summary>
public sealed class TimelineContextFactory : IDbContextFactory<TimelineDbContext>
{
    private readonly Func<TimelineDbContext> _create;

    /// <param name="readOnly">Opens a SQLite file read-only (a PostgreSQL login's rights are the server's business).</param>
    /// <param name="configure">More options (logging, interceptors), applied once.</param>
    public TimelineContextFactory(StoreLocation location, bool readOnly = false, Action<DbContextOptionsBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(location);
        Location = location;
        if (location.IsPostgreSql)
        {
            var builder = PostgresDatabase.Configure(new DbContextOptionsBuilder<PostgresTimelineDbContext>(), location.Value);
            configure?.Invoke(builder);
            var options = builder.Options;
            _create = () => new PostgresTimelineDbContext(options);
        }
        else
        {
            var builder = new DbContextOptionsBuilder<TimelineDbContext>().UseSqlite(TimelineDatabase.ConnectionString(location.Value, readOnly));
            configure?.Invoke(builder);
            var options = builder.Options;
            _create = () => new TimelineDbContext(options);
        }
    }

    public StoreLocation Location { get; }

    public TimelineDbContext CreateDbContext() => _create();
}
