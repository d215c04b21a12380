using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;

namespace JapanRussia.Exports.EndToEnd;

/// <summary>
/// The TimelineJS export loads in the real TimelineJS library: the app's download for a filter is fed to
/// TimelineJS from its npm package in headless Chromium, which must render the slides. Needs Chromium
/// (<c>/usr/bin/chromium</c>, or <c>CHROMIUM_PATH</c>) and npm; without them it fails and says so.
/// </summary>
public sealed class TimelineJsRenderingTests : IAsyncLifetime
{
    private const string TimelineJsVersion = "3.9.11";
    private const string Origin = "http://timeline.test";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "jr-tljs-" + Guid.NewGuid().ToString("N"));
    private readonly string _screenshots = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        Directory.CreateDirectory(_screenshots);
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left behind under the temp folder; never worth failing a run for.
        }

        return Task.CompletedTask;
    }

    [Fact]
    public async Task TheTimelineJsExportRendersSlidesInTimelineJs()
    {
        var chromium = Tools.Chromium();
        var timelineJs = await Tools.TimelineJsAsync(TimelineJsVersion);

        string export;
        await using (var app = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("db", Path.Combine(_folder, "timeline.db"));
            builder.UseSetting("seeds", Path.Combine(Tools.RepositoryRoot(), "seeds"));
            builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        }))
        {
            export = await app.CreateClient().GetStringAsync("/api/export?format=timelinejs&era=cold-war&era=gorbachev");
        }

        await File.WriteAllTextAsync(Path.Combine(_screenshots, "timelinejs-export.json"), export);
        var events = JsonNode.Parse(export)!["events"]!.AsArray();
        Assert.True(events.Count > 1, "the export for two eras should hold several events");
        var firstHeadline = events[0]!["text"]!["headline"]!.GetValue<string>();

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-background-networking", "--disable-dev-shm-usage"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1200, Height = 800 } });
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);

        // One made-up origin serves the page, TimelineJS from its npm package, and the export; nothing else is fetched.
        await page.RouteAsync("**/*", route => Serve(route, timelineJs, export));
        await page.GotoAsync(Origin + "/index.html");

        var slides = page.Locator(".tl-slide");
        await Assertions.Expect(slides.First).ToBeAttachedAsync(new LocatorAssertionsToBeAttachedOptions { Timeout = 30_000 });
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(_screenshots, "1-title-slide.png") });
        Assert.True(await slides.CountAsync() > 1, "TimelineJS rendered fewer than two slides.");
        Assert.Equal(events.Count + 1, await page.Locator(".tl-slide").CountAsync());
        await Assertions.Expect(page.Locator(".tl-slide-titleslide .tl-headline")).ToHaveTextAsync("Japan–Russia relations");
        Assert.Equal(0, await page.Locator(".tl-message-full").CountAsync());

        var headline = page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = System.Net.WebUtility.HtmlDecode(firstHeadline), Exact = true }).First;
        await Assertions.Expect(headline).ToBeAttachedAsync();

        // Moving to the first event puts the title slide behind it and the second event ahead.
        await page.Locator(".tl-slidenav-next").First.ClickAsync();
        await Assertions.Expect(page.Locator(".tl-slidenav-previous").First).ToContainTextAsync("Japan–Russia relations");
        await Assertions.Expect(page.Locator(".tl-slidenav-next").First)
            .ToContainTextAsync(System.Net.WebUtility.HtmlDecode(events[1]!["text"]!["headline"]!.GetValue<string>()));
        await Assertions.Expect(headline).ToBeInViewportAsync(new LocatorAssertionsToBeInViewportOptions { Ratio = 1, Timeout = 10_000 });
        await Assertions.Expect(page.Locator(".tl-timemarker").First).ToBeAttachedAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(_screenshots, "2-first-event.png") });
        Assert.True(errors.Count == 0, "The page raised errors:\n" + string.Join('\n', errors));
    }

    private static async Task Serve(IRoute route, string timelineJs, string export)
    {
        var url = new Uri(route.Request.Url);
        if (!url.GetLeftPart(UriPartial.Authority).Equals(Origin, StringComparison.OrdinalIgnoreCase))
        {
            await route.AbortAsync();
            return;
        }

        var path = Uri.UnescapeDataString(url.AbsolutePath);
        if (path == "/index.html")
        {
            await route.FulfillAsync(new RouteFulfillOptions { ContentType = "text/html; charset=utf-8", Body = Page });
        }
        else if (path == "/export.json")
        {
            await route.FulfillAsync(new RouteFulfillOptions { ContentType = "application/json", Body = export });
        }
        else if (path.StartsWith("/timelinejs/", StringComparison.Ordinal) &&
                 Path.GetFullPath(Path.Combine(timelineJs, path["/timelinejs/".Length..])) is var file &&
                 file.StartsWith(timelineJs, StringComparison.Ordinal) && File.Exists(file))
        {
            await route.FulfillAsync(new RouteFulfillOptions { Path = file });
        }
        else
        {
            await route.FulfillAsync(new RouteFulfillOptions { Status = 404 });
        }
    }

    private const string Page = """
        <!doctype html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <title>TimelineJS export</title>
          <link rel="stylesheet" href="/timelinejs/css/timeline.css">
          <script src="/timelinejs/js/timeline.js"></script>
        </head>
        <body>
          <div id="timeline-embed" style="width: 100%; height: 700px"></div>
          <script>window.timeline = new TL.Timeline('timeline-embed', '/export.json');</script>
        </body>
        </html>
        """;
}
