using System.Net;
using JapanRussia.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;

namespace JapanRussia.Web.Tests.Hosting;

/// <summary>
/// Answers larger than the response cache keeps (2 MB) asked for by several readers at once: each reader gets the
/// whole answer, never an empty or cut 200.
/// </summary>
public sealed class LargeResponseTests : IClassFixture<LargeResponseTests.LargeDocumentApp>
{
    private const int Readers = 6;

    private readonly LargeDocumentApp _app;

    public LargeResponseTests(LargeDocumentApp app) => _app = app;

    [Theory]
    [InlineData("/sources/1")]
    [InlineData("/api/sources/1")]
    public async Task ConcurrentReadersOfAnAnswerOverTwoMegabytesEachGetTheWholeAnswer(string url)
    {
        using var client = _app.CreateClient();
        // Six renders of megabytes at once on a shared two-core machine can take minutes.
        client.Timeout = TimeSpan.FromMinutes(5);
        // Pages print their own address, so the baseline's address is as long as each round's.
        var first = await client.GetAsync(RoundUrl(url, 9));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var expected = (await first.Content.ReadAsByteArrayAsync()).Length;
        Assert.True(expected > 2 * 1024 * 1024, $"{url} is {expected} bytes: too small to test the cache's limit");

        // A different query string each round makes each round a cache miss that all readers wait on together.
        for (var round = 0; round < 3; round++)
        {
            var roundUrl = RoundUrl(url, round);
            var answers = await Task.WhenAll(Enumerable.Range(0, Readers).Select(async _ =>
            {
                using var response = await client.GetAsync(roundUrl);
                return (response.StatusCode, Length: (await response.Content.ReadAsByteArrayAsync()).Length);
            }));

            Assert.All(answers, answer => Assert.Equal((HttpStatusCode.OK, expected), answer));
        }
    }

    private static Uri RoundUrl(string url, int round) =>
        new($"{url}{(url.Contains('?', StringComparison.Ordinal) ? '&' : '?')}round={round}", UriKind.Relative);

    /// <summary>
    /// The app over one document of 1.2 MB that is cheap to ingest (a single dated sentence, then symbols) and whose
    /// page (every character escaped) and JSON (text and passages) are over 2 MB.
    /// </summary>
    public sealed class LargeDocumentApp : IDisposable
    {
        private readonly string _seeds = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "jr-large-seeds", Guid.NewGuid().ToString("N"))).FullName;
        private readonly TimelineAppFactory _factory;

        public LargeDocumentApp()
        {
            var symbols = string.Join("\n\n", Enumerable.Repeat(string.Concat(Enumerable.Repeat("<&", 2_000)), 300));
            File.WriteAllText(Path.Combine(_seeds, "symbols.txt"), "Tallies\n\nIn 1875 the harbour masters counted the boats.\n\n" + symbols);
            _factory = new TimelineAppFactory { SeedsPath = _seeds };
        }

        // This is about the cache, not the read budget: six megabyte renders on a loaded machine can outlast its 10 s.
        public HttpClient CreateClient() =>
            _factory.WithWebHostBuilder(builder => builder
                .UseSetting("RateLimiting:Api:PermitLimit", "0")
                .UseSetting("Timeline:ReadBudget", "00:05:00")).CreateClient();

        public void Dispose()
        {
            _factory.Dispose();
            Directory.Delete(_seeds, recursive: true);
        }
    }
}
