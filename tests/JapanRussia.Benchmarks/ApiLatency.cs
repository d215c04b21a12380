using System.Diagnostics;
using System.Globalization;
using JapanRussia.Core.Data;
using JapanRussia.Core.Reference;
using JapanRussia.Core.Search;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace JapanRussia.Benchmarks;

/// <summary>
/// <c>/api/events</c> over 100,000 generated events, through the whole HTTP pipeline in process: filters (target p95 ≤ 20 ms)
/// and full-text search (target p95 ≤ 30 ms). Prints p50 and p95 per request shape, and the processor time per request.
/// </summary>
public static class ApiLatency
{
    public const int DefaultEventCount = 100_000;
    private const int Runs = 100;

    private static readonly string[] Words =
    [
        "Japan", "Soviet", "Russia", "treaty", "peace", "joint", "declaration", "Kuril", "islands", "Habomai", "Shikotan", "Kunashir",
        "Iturup", "fisheries", "trade", "summit", "Moscow", "Tokyo", "negotiations", "sanctions", "war", "border", "agreement", "visit",
        "minister", "president", "talks", "dispute", "economic", "cooperation", "military", "navy", "Sakhalin", "pipeline", "energy",
    ];

    private static readonly string[] Scenarios =
    [
        "filter /api/events?era=cold-war",
        "filter /api/events?era=post-soviet&topic=territory&page=3",
        "filter /api/events?topic=treaties-and-agreements&topic=territory&from=1950&to=1990",
        "filter /api/events?place=Moscow&sort=-date&pageSize=100",
        "filter /api/events?source=doc-042.txt",
        "filter /api/events?from=1991&to=1991&pageSize=200",
        "search /api/events?q=Kunashiri",
        "search /api/events?q=%22joint%20declaration%22",
        "search /api/events?q=soviet%20treaty",
        "search /api/events?q=fisheries&era=cold-war&sort=date",
        "search /api/events?q=kuri",
    ];

    /// <param name="keep">A database file to reuse if it exists, else to generate and keep (so runs can be compared on the same data, and plans inspected).</param>
    /// <param name="postgres">
    /// A PostgreSQL connection string to a database that does not exist yet: the same events are copied there and every
    /// scenario is measured on SQLite and then on PostgreSQL, side by side in one run.
    /// </param>
    /// <param name="events">How many events to generate (a short run on a busy machine uses fewer).</param>
    public static async Task RunAsync(string? keep = null, string? postgres = null, int events = DefaultEventCount)
    {
        var folder = Path.Combine(Path.GetTempPath(), "jr-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var database = keep is null ? Path.Combine(folder, "bench.db") : Path.GetFullPath(keep);
        try
        {
            if (!File.Exists(database))
            {
                var generate = Stopwatch.StartNew();
                await GenerateAsync(database, events);
                Report($"generated {events:N0} events in {generate.Elapsed.TotalSeconds:F1} s");
            }

            if (postgres is null)
            {
                await MeasureAsync(database, folder);
                return;
            }

            var copy = Stopwatch.StartNew();
            await StoreCopy.ToPostgresAsync(database, postgres);
            Report($"copied to PostgreSQL and indexed in {copy.Elapsed.TotalSeconds:F1} s");
            await MeasureInterleavedAsync(database, postgres, folder);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>
    /// Every scenario against two apps in one process, one on each store, their requests taken in turn (SQLite first on
    /// even runs, PostgreSQL first on odd ones), so that a busy machine's load falls on both alike. The processor time
    /// is the process's, both stores' together, so only wall times are printed.
    /// </summary>
    private static async Task MeasureInterleavedAsync(string database, string postgres, string seeds)
    {
        Report($"stores: {StoreLocation.Parse(database).Display} | {StoreLocation.Parse(postgres).Display}, requests interleaved");
        await using var sqliteApp = App(database, seeds);
        await using var postgresApp = App(postgres, seeds);
        HttpClient[] clients = [sqliteApp.CreateClient(), postgresApp.CreateClient()];
        Report($"{"scenario",-90} {"SQLite p50",10} {"p95",8} | {"PostgreSQL p50",14} {"p95",8} | p95 ratio");
        foreach (var scenario in Scenarios)
        {
            var url = scenario[(scenario.IndexOf(' ', StringComparison.Ordinal) + 1)..];
            foreach (var client in clients)
            {
                for (var i = 0; i < 5; i++)
                {
                    (await client.GetAsync(url)).EnsureSuccessStatusCode();
                }
            }

            List<double>[] times = [new(Runs), new(Runs)];
            for (var i = 0; i < Runs; i++)
            {
                for (var turn = 0; turn < 2; turn++)
                {
                    var store = (i + turn) % 2;
                    var watch = Stopwatch.StartNew();
                    var response = await clients[store].GetAsync(url);
                    await response.Content.ReadAsStringAsync();
                    times[store].Add(watch.Elapsed.TotalMilliseconds);
                    response.EnsureSuccessStatusCode();
                }
            }

            times[0].Sort();
            times[1].Sort();
            var (sqlite, onPostgres) = (times[0][(int)(Runs * 0.95)], times[1][(int)(Runs * 0.95)]);
            Report($"{scenario,-90} {times[0][Runs / 2],7:F1} ms {sqlite,6:F1} ms | {times[1][Runs / 2],11:F1} ms {onPostgres,6:F1} ms | {onPostgres / sqlite,4:F1}×");
        }
    }

    /// <summary>Every scenario against the app serving <paramref name="database"/>; the p95 of each, by scenario.</summary>
    private static async Task<Dictionary<string, double>> MeasureAsync(string database, string seeds)
    {
        Report($"store: {StoreLocation.Parse(database).Display}");
        await using var app = App(database, seeds);
        var client = app.CreateClient();
        var p95 = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var scenario in Scenarios)
        {
            var url = scenario[(scenario.IndexOf(' ', StringComparison.Ordinal) + 1)..];
            for (var i = 0; i < 5; i++)
            {
                (await client.GetAsync(url)).EnsureSuccessStatusCode();
            }

            var times = new List<double>(Runs);
            var total = 0;
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            for (var i = 0; i < Runs; i++)
            {
                var watch = Stopwatch.StartNew();
                var response = await client.GetAsync(url);
                var body = await response.Content.ReadAsStringAsync();
                times.Add(watch.Elapsed.TotalMilliseconds);
                response.EnsureSuccessStatusCode();
                total = body.Length;
            }

            // Processor time per request (client and server share the process) is what a busy machine inflates least.
            var cpuPerRequest = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / Runs;
            times.Sort();
            p95[scenario] = times[(int)(Runs * 0.95)];
            Report($"{scenario,-90} p50 {times[Runs / 2],6:F1} ms  p95 {p95[scenario],6:F1} ms  cpu {cpuPerRequest,5:F1} ms  ({total:N0} bytes)");
        }

        return p95;
    }

    private static void Report(string line) => Console.WriteLine(line);

    private static WebApplicationFactory<JapanRussia.Web.Hosting.TimelinePaths> App(string database, string seeds) =>
        new WebApplicationFactory<JapanRussia.Web.Hosting.TimelinePaths>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("db", database);
            builder.UseSetting("seeds", seeds);
            builder.UseSetting("Timeline:IngestOnStartup", "false");
            builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
            // Hundreds of requests a second from one client are the point here; the rate limit has its own tests.
            builder.UseSetting("RateLimiting:Api:PermitLimit", "0");
            // The same URL a hundred times would be answered from the response cache after the first: measure the work.
            builder.UseSetting("Timeline:CacheResponses", "false");
        });

    private static async Task GenerateAsync(string path, int events)
    {
        await using (var context = new TimelineDbContext(TimelineDatabase.Options(path)))
        {
            await TimelineDatabase.MigrateAsync(context);
            context.Eras.AddRange(ReferenceData.EraRows());
            context.Topics.AddRange(ReferenceData.TopicRows());
            context.IngestionStates.Add(new IngestionState { Id = 1, Version = 1, UpdatedAt = DateTimeOffset.UtcNow });
            await context.SaveChangesAsync();
        }

        var random = new Random(42);
        await using (var connection = new SqliteConnection(TimelineDatabase.ConnectionString(path)))
        {
            await connection.OpenAsync();
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
            var passageIds = new List<long>();
            for (var d = 0; d < 200; d++)
            {
                var document = Command(connection, transaction,
                    "INSERT INTO Documents (FileName, Title, Text, ContentHash, IngestedAt) VALUES ($f, $t, $x, $h, '2026-01-01 00:00:00+00:00') RETURNING Id",
                    ("$f", $"doc-{d:D3}.txt"), ("$t", $"Document {d}"), ("$x", new string('x', 5000)), ("$h", d.ToString(CultureInfo.InvariantCulture)));
                var documentId = (long)(await document.ExecuteScalarAsync())!;
                for (var p = 0; p < 50; p++)
                {
                    var passage = Command(connection, transaction,
                        "INSERT INTO Passages (DocumentId, Ordinal, Kind, Start, \"End\", Text) VALUES ($d, $o, 'Paragraph', $s, $e, 'text') RETURNING Id",
                        ("$d", documentId), ("$o", p), ("$s", p * 100), ("$e", p * 100 + 99));
                    passageIds.Add((long)(await passage.ExecuteScalarAsync())!);
                }
            }

            var eventInsert = Command(connection, transaction,
                "INSERT INTO Events (Id, StartDate, EndDate, Precision, Qualifier, Label, Title, EraId, Fingerprint) VALUES ($id, $s, $e, 'Day', 'None', $l, $t, $era, 'f')",
                ("$id", ""), ("$s", ""), ("$e", ""), ("$l", ""), ("$t", ""), ("$era", ""));
            var sourceInsert = Command(connection, transaction,
                "INSERT INTO EventSources (EventId, PassageId, Start, \"End\", Excerpt, DateStart, DateEnd, StartDate, EndDate, Precision, Qualifier, Label) " +
                "VALUES ($id, $p, 0, 10, $x, 0, 4, $s, $s, 'Day', 'None', $l)",
                ("$id", ""), ("$p", 0L), ("$x", ""), ("$s", ""), ("$l", ""));
            var topicInsert = Command(connection, transaction, "INSERT OR IGNORE INTO EventTopics (EventId, TopicId, \"Trigger\") VALUES ($id, $t, 'w')", ("$id", ""), ("$t", ""));
            var placeInsert = Command(connection, transaction, "INSERT OR IGNORE INTO EventEntities (EventId, Kind, Name) VALUES ($id, 'Place', $n)", ("$id", ""), ("$n", ""));
            string[] places = ["Moscow", "Tokyo", "Vladivostok", "Sakhalin", "Kunashir", "Hokkaido"];
            for (var i = 0; i < events; i++)
            {
                var id = i.ToString("x16", CultureInfo.InvariantCulture);
                var date = new DateOnly(1855, 1, 1).AddDays(random.Next(0, 170 * 365));
                var text = Sentence(random, 8 + random.Next(20));
                Set(eventInsert, id, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture), text.Length > 80 ? text[..80] + "…" : text, ReferenceData.EraFor(date.Year).Id);
                await eventInsert.ExecuteNonQueryAsync();
                for (var s = 0; s < 1 + random.Next(2); s++)
                {
                    Set(sourceInsert, id, passageIds[random.Next(passageIds.Count)], s == 0 ? text : Sentence(random, 15), date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "l");
                    await sourceInsert.ExecuteNonQueryAsync();
                }

                for (var t = 0; t < random.Next(3); t++)
                {
                    Set(topicInsert, id, ReferenceData.Topics[random.Next(ReferenceData.Topics.Count)].Id);
                    await topicInsert.ExecuteNonQueryAsync();
                }

                if (random.Next(4) == 0)
                {
                    Set(placeInsert, id, places[random.Next(places.Length)]);
                    await placeInsert.ExecuteNonQueryAsync();
                }
            }

            await transaction.CommitAsync();
        }

        await using (var context = new TimelineDbContext(TimelineDatabase.Options(path)))
        {
            await SearchIndex.RebuildAsync(context);
            await context.Database.ExecuteSqlRawAsync("ANALYZE;");
        }
    }

    /// <summary>
    /// Mostly words from a large made-up vocabulary, one in ten a topical word, so that a search term is about as selective
    /// as in prose (a vocabulary of 35 words would make every term match half the events).
    /// </summary>
    private static string Sentence(Random random, int length) =>
        string.Join(' ', Enumerable.Range(0, length).Select(_ => random.Next(10) == 0 ? Words[random.Next(Words.Length)] : Filler(random))) + ".";

    private static string Filler(Random random)
    {
        var n = random.Next(20_000);
        return string.Concat("w", ((char)('a' + n % 26)).ToString(), ((char)('a' + n / 26 % 26)).ToString(), (n / 676).ToString(CultureInfo.InvariantCulture));
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }

    private static void Set(SqliteCommand command, params object[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i];
        }
    }
}
