using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace JapanRussia.Benchmarks.Grid;

/// <summary>
/// Every <see cref="GridShape"/> through the whole HTTP pipeline in process, the API's and (for date order) the page's,
/// on each database given. Each shape is timed once (the screen); the slowest are then timed <c>runs</c> times and the
/// slowest ten per surface printed with their p50 and p95 (and the process's CPU time per request, p50). Any answer but
/// 200 is counted and printed.
/// </summary>
public static class GridLatency
{
    /// <summary>Issue 15's target for every shape at 100,000 events.</summary>
    private const double TargetMs = 50;

    public static async Task RunAsync(IReadOnlyList<string> databases, int runs, int slowest, GridSelection selection)
    {
        Console.WriteLine(FormattableString.Invariant(
            $"grid: {GridShape.All().Count(selection.Keeps):N0} of {GridShape.All().Count():N0} shapes ({selection}); load average before: {File.ReadAllText("/proc/loadavg").Trim()}"));
        foreach (var database in databases)
        {
            await RunOneAsync(Path.GetFullPath(database), runs, slowest, selection);
        }
    }

    private static async Task RunOneAsync(string database, int runs, int slowest, GridSelection selection)
    {
        var values = await GridValueChoice.ReadAsync(database);
        var folder = Directory.CreateTempSubdirectory("jr-grid-");
        try
        {
            await using var app = new WebApplicationFactory<JapanRussia.Web.Hosting.TimelinePaths>().WithWebHostBuilder(builder =>
            {
                builder.UseSetting("db", database);
                builder.UseSetting("seeds", folder.FullName);
                builder.UseSetting("Timeline:IngestOnStartup", "false");
                builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
                builder.UseSetting("RateLimiting:Api:PermitLimit", "0");
                builder.UseSetting("Timeline:CacheResponses", "false");
                // A cold first count on a loaded machine can pass the served 10 s; a shape past a minute is still reported.
                builder.UseSetting("Timeline:ReadBudget", "00:01:00");
            });
            var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
            client.Timeout = TimeSpan.FromMinutes(5);
            var events = await TotalAsync(client, "/api/events?pageSize=1");
            Console.WriteLine(FormattableString.Invariant($"== {database}: {events:N0} events; values {JsonSerializer.Serialize(values)}"));
            var requests = await UrlsAsync(client, values, selection);
            var screen = new List<(string Surface, GridShape Shape, string Url, double Ms)>();
            var failures = new Dictionary<HttpStatusCode, int>();
            var watch = Stopwatch.StartNew();
            foreach (var (surface, shape, url) in requests)
            {
                var (ms, status, _) = await TimeAsync(client, url);
                screen.Add((surface, shape, url, ms));
                if (status != HttpStatusCode.OK)
                {
                    failures[status] = failures.GetValueOrDefault(status) + 1;
                    Console.WriteLine(FormattableString.Invariant($"   {(int)status} after {ms:F0} ms: {url}"));
                }
            }

            Console.WriteLine(FormattableString.Invariant(
                $"   screen: {screen.Count:N0} requests in {watch.Elapsed.TotalSeconds:F0} s; not 200: {(failures.Count == 0 ? "none" : string.Join(", ", failures.Select(f => $"{(int)f.Key} × {f.Value}")))}"));
            foreach (var surface in selection.Surfaces)
            {
                var measured = new List<(GridShape Shape, string Url, double P50, double P95, double Cpu)>();
                foreach (var (_, shape, url, _) in screen.Where(s => s.Surface == surface).OrderByDescending(s => s.Ms).Take(selection.Finalists))
                {
                    var times = new List<double>(runs);
                    var cpu = new List<double>(runs);
                    for (var i = 0; i < runs; i++)
                    {
                        var (ms, _, cpuMs) = await TimeAsync(client, url);
                        times.Add(ms);
                        cpu.Add(cpuMs);
                    }

                    times.Sort();
                    cpu.Sort();
                    measured.Add((shape, url, At(times, 0.5), At(times, 0.95), At(cpu, 0.5)));
                }

                Console.WriteLine(FormattableString.Invariant(
                    $"   slowest {slowest} {surface} shapes ({runs} runs each; {measured.Count(m => m.P95 > TargetMs)} of the {measured.Count} timed over {TargetMs} ms p95; load average {File.ReadAllText("/proc/loadavg")[..14]}):"));
                foreach (var (shape, url, p50, p95, cpu) in measured.OrderByDescending(m => m.P95).Take(slowest))
                {
                    Console.WriteLine(FormattableString.Invariant($"   {surface,-4} p95 {p95,7:F1} ms  p50 {p50,7:F1} ms  cpu p50 {cpu,6:F1} ms  {shape.Name,-62} {url}"));
                }
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>The API's and the page's URL of every shape, with the last page worked out from each filter's total.</summary>
    private static async Task<List<(string Surface, GridShape Shape, string Url)>> UrlsAsync(HttpClient client, GridValues values, GridSelection selection)
    {
        var totals = new Dictionary<string, int>(StringComparer.Ordinal);
        var urls = new List<(string, GridShape, string)>();
        foreach (var shape in GridShape.All().Where(selection.Keeps))
        {
            var filters = shape.Filters(values);
            if (!totals.TryGetValue(filters, out var total))
            {
                total = totals[filters] = await TotalAsync(client, "/api/events?pageSize=1&" + filters);
            }

            if (selection.Times("api"))
            {
                urls.Add(("api", shape, shape.ApiUrl(values, shape.PageNumber(total, GridShape.ApiPageSize))));
            }

            if (shape.HasPage && selection.Times("page"))
            {
                urls.Add(("page", shape, shape.PageUrl(values, shape.PageNumber(total, GridShape.TimelinePageSize))));
            }
        }

        return urls;
    }

    private static async Task<int> TotalAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStreamAsync());
        return json.RootElement.GetProperty("total").GetInt32();
    }

    /// <summary>
    /// The wall time of one request and the CPU time the process spent meanwhile (client and server are this process, one
    /// request at a time): on a loaded machine the wall time is mostly waiting for a core, the CPU time much less so.
    /// </summary>
    private static async Task<(double Ms, HttpStatusCode Status, double CpuMs)> TimeAsync(HttpClient client, string url)
    {
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        using var response = await client.GetAsync(url);
        await response.Content.ReadAsByteArrayAsync();
        var elapsed = watch.Elapsed.TotalMilliseconds;
        process.Refresh();
        return (elapsed, response.StatusCode, (process.TotalProcessorTime - cpu).TotalMilliseconds);
    }

    private static double At(List<double> sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}
