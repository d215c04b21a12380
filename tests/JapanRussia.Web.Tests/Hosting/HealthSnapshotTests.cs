using System.Data.Common;
using System.Net.Http.Json;
using JapanRussia.Core.Data;
using JapanRussia.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace JapanRussia.Web.Tests.Hosting;

/// <summary>/health reads its counts from one snapshot: a write that commits while it reads is all in or all out.</summary>
public sealed class HealthSnapshotTests
{
    [Fact]
    public async Task AWriteCommittedWhileHealthReadsIsNotHalfCounted()
    {
        using var app = new TimelineAppFactory();
        var writer = new WriteAfterFirstRead(app.DatabasePath);
        using var host = app.WithWebHostBuilder(builder => builder.ConfigureServices(services =>
            services.ConfigureDbContext<TimelineDbContext>(options => options.AddInterceptors(writer))));
        using var client = host.CreateClient();
        var before = await client.GetFromJsonAsync<Health>(new Uri("/health", UriKind.Relative));

        writer.Armed = true;
        var during = await client.GetFromJsonAsync<Health>(new Uri("/health", UriKind.Relative));

        Assert.True(writer.Wrote, "the write between the health check's reads did not happen");
        Assert.Contains((during!.Version, during.Events, during.Status), new[] { (before!.Version, before.Events, "healthy"), (before.Version + 1, before.Events - 1, "healthy") });
    }

    private sealed record Health(string Status, long Version, int Events);

    /// <summary>Once armed, removes an event and bumps the version from another connection right after the next read of the version.</summary>
    private sealed class WriteAfterFirstRead(string databasePath) : DbCommandInterceptor
    {
        public bool Armed { get; set; }

        public bool Wrote { get; private set; }

        public override async ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
        {
            if (Armed && command.CommandText.Contains("IngestionState", StringComparison.Ordinal))
            {
                Armed = false;
                await using var context = new TimelineDbContext(TimelineDatabase.Options(databasePath));
                await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
                var first = await context.Events.OrderBy(e => e.Id).Select(e => e.Id).FirstAsync(cancellationToken);
                await context.Database.ExecuteSqlAsync($"DELETE FROM SearchIndex WHERE EventId = {first}", cancellationToken);
                await context.Events.Where(e => e.Id == first).ExecuteDeleteAsync(cancellationToken);
                await context.IngestionStates.ExecuteUpdateAsync(s => s.SetProperty(x => x.Version, x => x.Version + 1), cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                Wrote = true;
            }

            return result;
        }
    }
}
