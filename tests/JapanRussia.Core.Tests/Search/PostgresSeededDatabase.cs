using JapanRussia.Core.Data;
using JapanRussia.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace JapanRussia.Core.Tests.Search;

/// <summary>The seed documents ingested once into a database of the test PostgreSQL server.</summary>
public sealed class PostgresSeededDatabase : SeededDatabase
{
    private readonly Dictionary<string, string> _databases = new(StringComparer.Ordinal);

    /// <summary>The same name gives the same database, as the same file name does on SQLite.</summary>
    public override IDbContextFactory<TimelineDbContext> CreateFactory(string name, params IInterceptor[] interceptors)
    {
        if (!_databases.TryGetValue(name, out var connectionString))
        {
            connectionString = PostgresServer.Shared.NewDatabase(name);
            _databases[name] = connectionString;
        }

        return new TimelineContextFactory(StoreLocation.Parse(connectionString), configure: options => options.AddInterceptors(interceptors));
    }
}
