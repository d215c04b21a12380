using JapanRussia.Core.Data;
using JapanRussia.Core.Queries;
using JapanRussia.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace JapanRussia.Core.Tests.Queries;

/// <summary>On a real PostgreSQL: a statement that runs past the current read budget is cancelled by the server, and its connection goes on working.</summary>
public sealed class PostgresReadBudgetTests
{
    /// <summary>A minute asleep: made slow on purpose.</summary>
    private const string Slow = "SELECT pg_sleep(60)";

    [Fact]
    public async Task AStatementPastTheBudgetIsCancelledAndTheConnectionStaysUsable()
    {
        await using var context = Open();
        await context.Database.OpenConnectionAsync();
        var backend = await BackendAsync(context);

        var thrown = await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            using var budget = ReadBudget.Start(TimeSpan.FromMilliseconds(200));
            await context.Database.ExecuteSqlRawAsync(Slow).WaitAsync(TimeSpan.FromSeconds(30));
        });

        Assert.True(ReadBudget.IsInterruption(thrown), thrown.ToString());
        Assert.Contains("57014", thrown is PostgresException p ? p.SqlState : thrown.InnerException?.ToString() ?? thrown.ToString(), StringComparison.Ordinal);
        Assert.Equal(backend, await BackendAsync(context));
    }

    [Fact]
    public async Task AnAbortedRequestStopsItsStatement()
    {
        await using var context = Open();
        using var aborted = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        using var budget = ReadBudget.Start(TimeSpan.FromHours(1), aborted.Token);
        var thrown = await Assert.ThrowsAnyAsync<Exception>(() => context.Database.ExecuteSqlRawAsync(Slow).WaitAsync(TimeSpan.FromSeconds(30)));

        Assert.True(ReadBudget.IsInterruption(thrown), thrown.ToString());
        Assert.False(budget.IsExpired);
    }

    [Fact]
    public async Task AStatementAfterTheBudgetIsSpentIsNotSent()
    {
        await using var context = Open();
        using var budget = ReadBudget.Start(TimeSpan.FromMilliseconds(1));
        await Task.Delay(20);

        var thrown = await Assert.ThrowsAsync<TimeoutException>(() => context.Database.ExecuteSqlRawAsync(Slow));

        Assert.True(ReadBudget.IsInterruption(thrown));
    }

    [Fact]
    public async Task StatementsWithinTheBudgetOrWithoutOneRunToTheEnd()
    {
        await using var context = Open();
        await context.Database.OpenConnectionAsync();

        await context.Database.ExecuteSqlRawAsync("SELECT pg_sleep(0.3)");
        using (ReadBudget.Start(TimeSpan.FromHours(1)))
        {
            await context.Database.ExecuteSqlRawAsync("SELECT pg_sleep(0.3)");
        }

        Assert.Null(ReadBudget.Current);
    }

    private static PostgresTimelineDbContext Open() =>
        new(PostgresDatabase.Configure(new DbContextOptionsBuilder<PostgresTimelineDbContext>(), PostgresServer.Shared.ConnectionString)
            .AddInterceptors(PostgresReadBudgetInterceptor.Instance)
            .Options);

    /// <summary>The server process behind the context's connection: the same one means the same connection.</summary>
    private static Task<int> BackendAsync(TimelineDbContext context) =>
        context.Database.SqlQueryRaw<int>("SELECT pg_backend_pid() AS \"Value\"").SingleAsync();
}
