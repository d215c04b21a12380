using System.Globalization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace JapanRussia.Benchmarks;

/// <summary>
/// Server memory per Blazor circuit (target 300 KB or less): the app runs in this process on Kestrel, headless Chromium
/// opens one timeline page per circuit, and the managed heap is read after full collections before and after, so
/// garbage does not count. Resident memory is printed too, as the operating system sees it.
/// </summary>
public static class CircuitMemory
{
    public static async Task RunAsync(string database, string seeds, int count, string path = "/")
    {
        var circuits = new OpenCircuits();
        await using var app = new WebApplicationFactory<JapanRussia.Web.Hosting.TimelinePaths>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("db", database);
            builder.UseSetting("seeds", seeds);
            builder.UseSetting("Timeline:IngestOnStartup", "false");
            builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
            builder.ConfigureServices(services => services.AddSingleton<CircuitHandler>(circuits));
        });
        app.UseKestrel(0);
        app.StartServer();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            // Pages in the background must keep sending keep-alives, or the server drops their circuits mid-measurement.
            Args =
            [
                "--no-sandbox", "--disable-background-networking", "--disable-background-timer-throttling",
                "--disable-renderer-backgrounding", "--disable-backgrounding-occluded-windows", "--renderer-process-limit=8",
            ],
        });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });

        // One circuit first: what every circuit shares (compiled code, caches, the first page's data) is not per circuit.
        await OpenAsync(context, address + path);
        await Task.Delay(2000);
        var (heapBefore, rssBefore) = Settle();
        for (var i = 1; i < count; i++)
        {
            await OpenAsync(context, address + path);
        }

        await Task.Delay(5000);
        var (heapAfter, rssAfter) = Settle();
        var added = count - 1;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{path}: circuits open {circuits.Open} of {count}; managed heap {heapBefore / 1048576.0:F1} -> {heapAfter / 1048576.0:F1} MB, " +
            $"{(heapAfter - heapBefore) / 1024.0 / added:F0} KB per circuit; resident {rssBefore / 1048576.0:F0} -> {rssAfter / 1048576.0:F0} MB, " +
            $"{(rssAfter - rssBefore) / 1024.0 / added:F0} KB per circuit"));
    }

    private static async Task OpenAsync(IBrowserContext context, string url)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync(url);
        await page.WaitForSelectorAsync(".brush-area[data-interactive=true]");
    }

    private static (long Heap, long Resident) Settle()
    {
        for (var i = 0; i < 3; i++)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }

        using var process = System.Diagnostics.Process.GetCurrentProcess();
        return (GC.GetTotalMemory(forceFullCollection: true), process.WorkingSet64);
    }

    /// <summary>Counts circuits the server holds open, so the figure is known to be for <c>count</c> live circuits.</summary>
    private sealed class OpenCircuits : CircuitHandler
    {
        private int _open;

        public int Open => Volatile.Read(ref _open);

        public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _open);
            return Task.CompletedTask;
        }

        public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
        {
            Interlocked.Decrement(ref _open);
            return Task.CompletedTask;
        }
    }
}
