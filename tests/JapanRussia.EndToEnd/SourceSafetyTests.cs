using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace JapanRussia.EndToEnd;

/// <summary>
/// The app over the seeds plus one hostile Markdown document, in Chromium under the real Content-Security-Policy:
/// nothing from a source runs in a reader's browser, and the policy does not stop the app's own scripts.
/// </summary>
public sealed partial class SourceSafetyTests(HostileSourceApp fixture) : IClassFixture<HostileSourceApp>
{
    private readonly TimelineApp _app = fixture.App;

    [Fact]
    public async Task NothingInAHostileSourceRunsOrIsInjectedOnItsSourcePage()
    {
        var id = await HostileDocumentIdAsync();
        var (page, watch) = await OpenWatchedAsync($"sources/{id}");

        await Assertions.Expect(page.GetByText("joint declaration", new() { Exact = false }).First).ToBeVisibleAsync();
        await TimelineApp.ScreenshotAsync(page, "safety-01-hostile-source");
        await AssertNothingInjectedAsync(page, watch);
        // The markup is shown as the text it is, not dropped: a reader sees what the source says.
        Assert.Contains("alert(1)", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NothingInAHostileSourceRunsOrIsInjectedOnTheTimelineOrAnEventPage()
    {
        var (page, watch) = await OpenWatchedAsync($"?source={HostileSourceApp.FileName}");
        await TimelineApp.WaitForLiveTimelineAsync(page);
        Assert.True(await page.Locator(".event-card").CountAsync() >= 2, "the hostile document's events are on the timeline");
        await TimelineApp.ScreenshotAsync(page, "safety-02-hostile-timeline");
        await AssertNothingInjectedAsync(page, watch);

        await page.Locator(".event-card .event-title a").First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/events/"));
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await TimelineApp.ScreenshotAsync(page, "safety-03-hostile-event");
        await AssertNothingInjectedAsync(page, watch);
    }

    [Fact]
    public async Task TheTimelineFiltersInteractivelyUnderTheContentSecurityPolicyWithoutViolations()
    {
        var (page, watch) = await OpenWatchedAsync(string.Empty);
        Assert.Contains("script-src 'self' 'sha256-", watch.Policy, StringComparison.Ordinal);
        await TimelineApp.WaitForLiveTimelineAsync(page);
        var before = await page.Locator(".count").InnerTextAsync();

        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Cold War" }).CheckAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("era=cold-war"));
        await Assertions.Expect(page.Locator(".count")).Not.ToHaveTextAsync(before);
        await page.Locator(".active-filters").GetByText("Cold War").WaitForAsync();
        await TimelineApp.ScreenshotAsync(page, "safety-04-csp-filtered");
        Assert.Empty(watch.Violations);
        Assert.Empty(watch.ConsoleErrors);
        Assert.True(await page.EvaluateAsync<bool>("() => document.querySelector('script[type=importmap]') !== null"), "the import map is on the page");
    }

    [Fact]
    public async Task KestrelAndTheAppRefuseOverlongRequestsWith414()
    {
        using var http = new HttpClient { BaseAddress = _app.BaseAddress };

        var pastKestrel = await http.GetAsync(new Uri("api/events?q=" + new string('a', 9000), UriKind.Relative));
        var pastApp = await http.GetAsync(new Uri("api/events?q=" + new string('a', 5000), UriKind.Relative));

        Assert.Equal(HttpStatusCode.RequestUriTooLong, pastKestrel.StatusCode);
        Assert.Equal(HttpStatusCode.RequestUriTooLong, pastApp.StatusCode);
        Assert.Equal("application/problem+json", pastApp.Content.Headers.ContentType?.MediaType);
    }

    private async Task<int> HostileDocumentIdAsync()
    {
        using var http = new HttpClient { BaseAddress = _app.BaseAddress };
        var list = await http.GetFromJsonAsync<JsonObject>(new Uri("api/sources", UriKind.Relative));
        return list!["sources"]!.AsArray().Single(s => s!["document"]!.GetValue<string>() == HostileSourceApp.FileName)!["id"]!.GetValue<int>();
    }

    private async Task<(IPage Page, Watch Watch)> OpenWatchedAsync(string path)
    {
        var page = await _app.NewPageAsync();
        var watch = new Watch();
        page.Dialog += (_, dialog) =>
        {
            lock (watch)
            {
                watch.Dialogs.Add(dialog.Message);
            }

            _ = dialog.DismissAsync();
        };
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                lock (watch)
                {
                    watch.ConsoleErrors.Add(message.Text);
                }
            }
        };
        await page.ExposeFunctionAsync("__reportViolation", (string violation) =>
        {
            lock (watch)
            {
                watch.Violations.Add(violation);
            }
        });
        await page.AddInitScriptAsync(
            "document.addEventListener('securitypolicyviolation', e => window.__reportViolation(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || '')));");

        var response = await page.GotoAsync(path);
        Assert.NotNull(response);
        Assert.Equal(200, response.Status);
        watch.Policy = await response.HeaderValueAsync("content-security-policy") ?? string.Empty;
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        return (page, watch);
    }

    /// <summary>
    /// A broken image's onerror fires within milliseconds of the load; by network idle it would have run. The only scripts
    /// are the app's own files and its import map.
    /// </summary>
    private static async Task AssertNothingInjectedAsync(IPage page, Watch watch)
    {
        await page.WaitForTimeoutAsync(500);
        lock (watch)
        {
            Assert.Empty(watch.Dialogs);
        }

        var scripts = await page.EvaluateAsync<string[]>(
            "() => [...document.scripts].map(s => s.type === 'importmap' ? 'importmap' : (s.getAttribute('src') || 'inline:' + s.textContent.slice(0, 80)))");
        Assert.All(scripts, s => Assert.True(s == "importmap" || AppScript().IsMatch(s), $"unexpected script {s}"));
        // The timeline's overview strip is the app's own drawing; any other SVG would have come from a source.
        Assert.Equal(0, await page.Locator("iframe, frame, object, embed, svg:not(.overview .strip > svg), img[src='x']").CountAsync());
        Assert.Equal(0, await page.Locator("[onerror], [onload], [onclick], [onmouseover]").CountAsync());
        var hrefs = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('[href], [src], [action], [formaction]')].map(e => e.getAttribute('href') ?? e.getAttribute('src') ?? e.getAttribute('action') ?? e.getAttribute('formaction'))");
        Assert.DoesNotContain(hrefs, h => h.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase) || h.TrimStart().StartsWith("data:text/html", StringComparison.OrdinalIgnoreCase));
        Assert.False(await page.EvaluateAsync<bool>("() => window.__pwned === true"));
    }

    // A component's collocated script may carry its fingerprint before ".razor" (ReconnectModal.abdmv1u4y3.razor.js) or after it;
    // the timeline's own scripts are timeline.js, axis.js, reading-place.js and print.js, fingerprinted too.
    [GeneratedRegex("^/?(_framework/blazor\\.web(\\.[a-z0-9]+)?\\.js|(timeline|axis|reading-place|print)(\\.[a-z0-9]+)?\\.js|Components/[A-Za-z/]+(\\.[a-z0-9]+)?\\.razor(\\.[a-z0-9]+)?\\.js)$")]
    private static partial Regex AppScript();

    private sealed class Watch
    {
        public List<string> Dialogs { get; } = [];

        public List<string> ConsoleErrors { get; } = [];

        public List<string> Violations { get; } = [];

        public string Policy { get; set; } = string.Empty;
    }
}

/// <summary>The seeds and one hostile Markdown document, served by the app as a child process.</summary>
public sealed class HostileSourceApp : IAsyncLifetime
{
    public const string FileName = "hostile-page.md";

    /// <summary>Every way a page has been made to run script or frame another: raw HTML, event handlers, script URLs.</summary>
    public const string Document = """
        ---
        title: A hostile page <script>window.__pwned = true; alert('title')</script>
        source: javascript:alert('source')
        ---
        # Hostile <img src=x onerror="window.__pwned = true; alert(1)">

        In 1956 the joint declaration <script>window.__pwned = true; alert(1)</script> was signed in Moscow <img src=x onerror="window.__pwned = true; alert(1)"> by both governments.

        <script>window.__pwned = true; alert(2)</script>

        <iframe src="javascript:alert(3)"></iframe> <iframe src="https://example.org/"></iframe> <iframe srcdoc="<script>parent.alert(4)</script>"></iframe>

        See [the declaration](javascript:alert(5)) and <a href="javascript:alert(6)">the text</a>, <a href=" JaVaScRiPt:alert(7)">again</a> and [data](data:text/html;base64,PHNjcmlwdD5hbGVydCg4KTwvc2NyaXB0Pg==).

        <svg onload="alert(9)"></svg> <object data="javascript:alert(10)"></object> <embed src="javascript:alert(11)"> <body onload="alert(12)">

        <form action="javascript:alert(13)"><button formaction="javascript:alert(14)">go</button></form> <style>body { display: none }</style>

        In 1993 the Tokyo Declaration <img src=x onerror=alert(15)> was signed by Boris Yeltsin and Morihiro Hosokawa.
        """;

    private readonly string _seeds = Path.Combine(Path.GetTempPath(), "jr-e2e-hostile-" + Guid.NewGuid().ToString("N"));

    public HostileSourceApp()
    {
        TimelineApp.CopySeedsWith(_seeds, (FileName, Document));
        App = new TimelineApp(_seeds);
    }

    public TimelineApp App { get; }

    public Task InitializeAsync() => App.InitializeAsync();

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        Directory.Delete(_seeds, recursive: true);
    }
}
