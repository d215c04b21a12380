using JapanRussia.Core.Data;
using JapanRussia.Core.Queries;
using JapanRussia.Core.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace JapanRussia.Core.Tests.Queries;

/// <summary>A statement that runs past the current read budget is stopped by SQLite, and its connection goes on working.</summary>
public sealed class ReadBudgetTests : IDisposable
{
    /// <summary>Counts to a trillion: hours of work, made slow on purpose.</summary>
    private const string Endless = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000000000) SELECT count(*) FROM n";

    private const string Million = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000) SELECT count(*) FROM n";

    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task AStatementPastTheBudgetIsInterruptedAndTheConnectionStaysUsable()
    {
        await using var context = Open();
        await context.Database.OpenConnectionAsync();

        var thrown = await Assert.ThrowsAsync<SqliteException>(async () =>
        {
            using var budget = ReadBudget.Start(TimeSpan.FromMilliseconds(50));
            await ScalarAsync(context, Endless).WaitAsync(TimeSpan.FromMinutes(2));
        });

        Assert.True(ReadBudget.IsInterruption(thrown));
        Assert.Equal(1_000_000L, await ScalarAsync(context, Million));
    }

    [Fact]
    public async Task AnAbortedRequestStopsItsStatement()
    {
        await using var context = Open();
        await context.Database.OpenConnectionAsync();
        using var aborted = new CancellationTokenSource();
        await aborted.CancelAsync();

        using var budget = ReadBudget.Start(TimeSpan.FromHours(1), aborted.Token);
        var thrown = await Assert.ThrowsAsync<SqliteException>(() => ScalarAsync(context, Endless).WaitAsync(TimeSpan.FromMinutes(2)));

        Assert.True(ReadBudget.IsInterruption(thrown));
        Assert.False(budget.IsExpired);
    }

    [Fact]
    public async Task StatementsWithinTheBudgetOrWithoutOneRunToTheEnd()
    {
        await using var context = Open();
        await context.Database.OpenConnectionAsync();

        Assert.Equal(1_000_000L, await ScalarAsync(context, Million));
        using (ReadBudget.Start(TimeSpan.FromHours(1)))
        {
            Assert.Equal(1_000_000L, await ScalarAsync(context, Million));
        }

        Assert.Null(ReadBudget.Current);
    }

    private TimelineDbContext Open() =>
        new(new DbContextOptionsBuilder<TimelineDbContext>()
            .UseSqlite(TimelineDatabase.ConnectionString(_folder.File("budget.db")))
            .AddInterceptors(ReadBudgetInterceptor.Instance)
            .Options);

    private static async Task<long> ScalarAsync(TimelineDbContext context, string sql)
    {
        await using var command = context.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
