using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using JapanRussia.Core.Data;
using JapanRussia.Core.Tests.Support;
using JapanRussia.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Serilog.Core;
using Serilog.Events;

namespace JapanRussia.Web.Tests.Hosting;

/// <summary>A request whose reads outrun the server's budget answers 503 with Retry-After, is logged with its URL, and breaks nothing.</summary>
public sealed class ReadBudgetTests : IDisposable
{
    private readonly TimelineAppFactory _app = new();
    private readonly CapturedLog _log = new();

    public void Dispose() => _app.Dispose();

    [Theory]
    [InlineData("/api/export?format=csv")]
    [InlineData("/api/events?pageSize=200&sort=-date")]
    public async Task AnAnswerPastTheBudgetIs503WithRetryAfterAndTheConnectionStaysUsable(string url)
    {
        // One millisecond: every statement of any size that starts after the first millisecond of a request is stopped.
        using var tiny = _app.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Timeline:ReadBudget", "00:00:00.001");
            builder.UseSetting("Timeline:ExportReadBudget", "00:00:00.001");
            builder.UseSetting("Timeline:CacheResponses", "false");
            builder.ConfigureServices(services => services.AddSingleton<ILogEventSink>(_log));
        });
        using var client = tiny.CreateClient();

        var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(503, JsonNode.Parse(await response.Content.ReadAsStringAsync())!["status"]!.GetValue<int>());
        Assert.Equal(TimeSpan.FromSeconds(5), response.Headers.RetryAfter?.Delta);
        Assert.Contains(_log.Messages, m => m.Contains("503", StringComparison.Ordinal) && m.Contains(url, StringComparison.Ordinal));

        // A statement too small to be checked runs on the pooled connection the interrupted one returned.
        var single = await client.GetAsync(new Uri("/api/events/" + await AnEventIdAsync(), UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, single.StatusCode);
    }

    /// <summary>
    /// On a real PostgreSQL, a read made slow on purpose (the events table locked by another session) is cancelled on
    /// the server when the budget is spent: 503 with Retry-After, and the app's only pooled connection serves the next request.
    /// </summary>
    [Fact]
    public async Task OnPostgreSqlAReadPastTheBudgetIs503AndTheConnectionStaysUsable()
    {
        var database = PostgresServer.Shared.NewDatabase("budget");
        using var app = new TimelineAppFactory { DatabasePath = database + ";Maximum Pool Size=1" }.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Timeline:ReadBudget", "00:00:01");
            builder.UseSetting("Timeline:CacheResponses", "false");
            builder.ConfigureServices(services => services.AddSingleton<ILogEventSink>(_log));
        });
        using var client = app.CreateClient();
        var first = JsonNode.Parse(await client.GetStringAsync(new Uri("/api/events?pageSize=1", UriKind.Relative)))!["events"]![0]!["id"]!.GetValue<string>();

        const string url = "/api/events?pageSize=200&sort=-date";
        await using (var locker = new NpgsqlConnection(database))
        {
            await locker.OpenAsync();
            await using var transaction = await locker.BeginTransactionAsync();
            await using var lockEvents = new NpgsqlCommand("LOCK TABLE \"Events\" IN ACCESS EXCLUSIVE MODE", locker, transaction);
            await lockEvents.ExecuteNonQueryAsync();

            var response = await client.GetAsync(new Uri(url, UriKind.Relative)).WaitAsync(TimeSpan.FromSeconds(30));

            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(TimeSpan.FromSeconds(5), response.Headers.RetryAfter?.Delta);
            Assert.Contains(_log.Messages, m => m.Contains("503", StringComparison.Ordinal) && m.Contains(url, StringComparison.Ordinal));
        }

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/api/events/" + first, UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri(url, UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task WithTheDefaultBudgetTheSameAnswersAreWhole()
    {
        using var client = _app.CreateClient();

        var response = await client.GetAsync(new Uri("/api/export?format=csv", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True((await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length > 2);
    }

    private async Task<string> AnEventIdAsync()
    {
        await using var connection = new SqliteConnection(TimelineDatabase.ConnectionString(_app.DatabasePath, readOnly: true));
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Id FROM Events ORDER BY Id LIMIT 1";
        return (string)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>The app's log lines, rendered (Serilog reads sinks from the services).</summary>
    private sealed class CapturedLog : ILogEventSink
    {
        private readonly ConcurrentQueue<string> _messages = new();

        public IEnumerable<string> Messages => _messages;

        public void Emit(LogEvent logEvent) => _messages.Enqueue(logEvent.RenderMessage(System.Globalization.CultureInfo.InvariantCulture));
    }
}
