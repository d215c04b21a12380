using System.Diagnostics;

namespace JapanRussia.Benchmarks;

/// <summary>Latency percentiles and throughput of one URL against a server already running on loopback.</summary>
public static class HttpLatency
{
    public static async Task RunAsync(Uri url, int requests, int concurrency)
    {
        if (!url.IsLoopback)
        {
            throw new ArgumentException("Benchmarks only target loopback addresses.", nameof(url));
        }

        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        for (var i = 0; i < 20; i++)
        {
            (await client.GetAsync(url)).EnsureSuccessStatusCode();
        }

        var times = new List<double>(requests);
        var gate = new object();
        var next = 0;
        var total = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(async _ =>
        {
            while (Interlocked.Increment(ref next) <= requests)
            {
                var stopwatch = Stopwatch.StartNew();
                using var response = await client.GetAsync(url);
                await response.Content.ReadAsByteArrayAsync();
                response.EnsureSuccessStatusCode();
                lock (gate)
                {
                    times.Add(stopwatch.Elapsed.TotalMilliseconds);
                }
            }
        });
        await Task.WhenAll(workers);
        var seconds = total.Elapsed.TotalSeconds;
        Console.WriteLine(FormattableString.Invariant(
            $"{url.PathAndQuery}: {requests} requests, concurrency {concurrency}: {Figures.Percentiles(times)}; {requests / seconds:F0} requests/s"));
    }
}
