using JapanRussia.Core.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace JapanRussia.Core.Tests.Data;

/// <summary>The store's PostgreSQL connections prepare statements and let them run (the read budget bounds requests), unless the connection string says otherwise.</summary>
public sealed class PostgresDatabaseTests
{
    [Theory]
    [InlineData("Host=127.0.0.1;Database=d", 64, 0)]
    [InlineData("Host=127.0.0.1;Database=d;Max Auto Prepare=0;Command Timeout=5", 0, 5)]
    [InlineData("Host=127.0.0.1;Database=d;CommandTimeout=7", 64, 7)]
    public void ConnectionsPrepareStatementsAndWaitForThemUnlessTold(string given, int prepared, int timeout)
    {
        using var context = new PostgresTimelineDbContext(PostgresDatabase.Options(given));
        var actual = new NpgsqlConnectionStringBuilder(context.Database.GetConnectionString());
        Assert.Equal(prepared, actual.MaxAutoPrepare);
        Assert.Equal(timeout, actual.CommandTimeout);
    }
}
