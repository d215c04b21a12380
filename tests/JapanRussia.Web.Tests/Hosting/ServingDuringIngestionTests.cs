using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using JapanRussia.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;

namespace JapanRussia.Web.Tests.Hosting;

/// <summary>
/// The site keeps answering while an ingestion writes, and no answer shows a half-written state: every total read
/// during the run is the total before it or the total after it (one transaction, WAL readers on a snapshot).
/// </summary>
public sealed class ServingDuringIngestionTests : IDisposable
{
    private const int AddedDocuments = 400;

    private readonly string _seeds = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "jr-serving-seeds", Guid.NewGuid().ToString("N"))).FullName;

    public void Dispose() => Directory.Delete(_seeds, recursive: true);

    [Fact]
    public async Task ReadersGetAnswersThroughoutAnIngestionAndOnlyEverTheOldOrTheNewState()
    {
        foreach (var seed in Directory.GetFiles(RepositoryPaths.Seeds))
        {
            File.Copy(seed, Path.Combine(_seeds, Path.GetFileName(seed)));
        }

        using var app = new TimelineAppFactory { SeedsPath = _seeds };
        // Readers here ask as fast as they can; the API's rate limit has its own tests.
        using var unlimited = app.WithWebHostBuilder(builder => builder.UseSetting("RateLimiting:Api:PermitLimit", "0"));
        using var client = unlimited.CreateClient();
        var before = await TotalAsync(client);
        for (var i = 0; i < AddedDocuments; i++)
        {
            await File.WriteAllTextAsync(
                Path.Combine(_seeds, $"chronicle-{i:D3}.txt"),
                string.Create(CultureInfo.InvariantCulture, $"Chronicle {i}\n\nIn {1860 + (i % 160)} the {Codename(i)} commission met in Hakodate.\n"));
        }

        // As in production: the `ingest` verb in its own process, writing the file the running site reads.
        var ingestion = AppProcess.RunAsync(TimeSpan.FromMinutes(3), "ingest", "--seeds", _seeds, "--db", app.DatabasePath);
        var readers = Enumerable.Range(0, 3).Select(_ => Task.Run(async () =>
        {
            var answers = new List<(int Total, bool WhileRunning)>();
            while (!ingestion.IsCompleted)
            {
                var total = await TotalAsync(client);
                var page = await client.GetAsync(new Uri("/?era=cold-war", UriKind.Relative));
                Assert.Equal(HttpStatusCode.OK, page.StatusCode);
                answers.Add((total, !ingestion.IsCompleted));
            }

            return answers;
        })).ToList();
        var seen = (await Task.WhenAll(readers)).SelectMany(a => a).ToList();
        var duringRun = seen.Count(a => a.WhileRunning);
        Assert.Equal(0, (await ingestion).ExitCode);
        var after = await TotalAsync(client);
        Assert.InRange(after, before + (AddedDocuments / 2), before + AddedDocuments);
        Assert.True(duringRun > 0, "no request was answered while the ingestion ran");
        Assert.All(seen, answer => Assert.True(answer.Total == before || answer.Total == after, $"a reader saw {answer.Total} events: neither {before} nor {after}"));
    }

    private static async Task<int> TotalAsync(HttpClient client)
    {
        var response = await client.GetAsync(new Uri("/api/events?pageSize=1", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["total"]!.GetValue<int>();
    }

    /// <summary>A made-up word per document, so that no two of the added happenings merge into one event.</summary>
    private static string Codename(int n)
    {
        string[] syllables = ["ka", "ro", "vi", "tse", "mar", "lin", "do", "sha", "ku", "ber", "zan", "mo", "ri", "tal", "ne", "gor"];
        var word = string.Empty;
        for (var i = 0; i < 3; i++, n /= syllables.Length)
        {
            word += syllables[n % syllables.Length];
        }

        return char.ToUpperInvariant(word[0]) + word[1..];
    }
}
