using Microsoft.EntityFrameworkCore.Design;

namespace JapanRussia.Core.Data;

/// <summary>Lets <c>dotnet ef migrations add --context PostgresTimelineDbContext</c> build the PostgreSQL model (it connects to nothing).</summary>
internal sealed class PostgresDesignTimeDbContextFactory : IDesignTimeDbContextFactory<PostgresTimelineDbContext>
{
    public PostgresTimelineDbContext CreateDbContext(string[] args) => new(PostgresDatabase.Options("Host=localhost;Database=design"));
}
