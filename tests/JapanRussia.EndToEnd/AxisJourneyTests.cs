using System.Globalization;
using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace JapanRussia.EndToEnd;

/// <summary>The time axis as a reader uses it: zooming to a year and back by wheel and by keys, opening an event, dragging, on a laptop and a phone.</summary>
[Collection(TimelineAppGroup.Name)]
public sealed class AxisJourneyTests(TimelineApp app)
{
    private const int MaxSteps = 12;

    private static readonly string WholeRange = $"1850–{DateTime.UtcNow.Year}";

    [Fact]
    public async Task TheWheelZoomsFromTheWholeTimelineTo1956AndBackWithTheUrlFollowing()
    {
        var page = await OpenAxisAsync("/?view=axis");
        await Assertions.Expect(page.Locator(".axis-range")).ToHaveTextAsync(new Regex(WholeRange));
        await TimelineApp.ScreenshotAsync(page, "axis-01-whole");

        for (var step = 0; step < MaxSteps && !page.Url.Contains("from=1956&to=1956", StringComparison.Ordinal); step++)
        {
            await WheelAtYearAsync(page, 1956.5, -100);
        }

        Assert.EndsWith("/?from=1956&to=1956&view=axis", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator(".axis-range")).ToHaveTextAsync(new Regex("1956$"));
        await Assertions.Expect(page.Locator(".axis-scale li").First).ToHaveTextAsync("Jan 1956");
        await TimelineApp.ScreenshotAsync(page, "axis-02-wheel-1956");

        for (var step = 0; step < MaxSteps && page.Url.Contains("from=", StringComparison.Ordinal); step++)
        {
            await WheelAtYearAsync(page, 1956.5, 100);
        }

        Assert.EndsWith("/?view=axis", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator(".axis-range")).ToHaveTextAsync(new Regex(WholeRange));
    }

    [Fact]
    public async Task TheKeysZoomAroundTheFocusedEventTo1956AndBackWithTheUrlFollowing()
    {
        var page = await OpenAxisAsync("/?view=axis");
        var declaration = page.Locator(".axis-mark a[aria-label$='19 October 1956']");
        await declaration.FocusAsync();
        var href = await declaration.GetAttributeAsync("href");

        for (var step = 0; step < MaxSteps && !page.Url.Contains("from=1956&to=1956", StringComparison.Ordinal); step++)
        {
            await PressAndWaitForUrlChangeAsync(page, "+");
        }

        Assert.EndsWith("/?from=1956&to=1956&view=axis", page.Url, StringComparison.Ordinal);
        Assert.Equal(href, await page.EvaluateAsync<string?>("() => document.activeElement?.getAttribute('href')"));
        await TimelineApp.ScreenshotAsync(page, "axis-03-keys-1956-focused");

        await PressAndWaitForUrlChangeAsync(page, "ArrowRight");
        Assert.EndsWith("/?from=1957&to=1957&view=axis", page.Url, StringComparison.Ordinal);
        await PressAndWaitForUrlChangeAsync(page, "ArrowLeft");

        for (var step = 0; step < MaxSteps && page.Url.Contains("from=", StringComparison.Ordinal); step++)
        {
            await PressAndWaitForUrlChangeAsync(page, "-");
        }

        Assert.EndsWith("/?view=axis", page.Url, StringComparison.Ordinal);
        await page.GoBackAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"from=\d{4}&to=\d{4}&view=axis$"));
    }

    [Fact]
    public async Task AFocusedEventShowsItsTitleAndDateAndEnterOpensItsPage()
    {
        var page = await OpenAxisAsync("/?from=1956&to=1956&view=axis");
        await page.Locator(".axis-track").FocusAsync();
        await page.Keyboard.PressAsync("Tab");
        var focused = page.Locator(".axis-mark a:focus");
        var name = await focused.GetAttributeAsync("aria-label") ?? "";
        var tip = focused.Locator(".axis-tip");
        await Assertions.Expect(tip).ToBeVisibleAsync();
        var title = await tip.Locator("strong").InnerTextAsync();
        Assert.StartsWith(title + ", ", name, StringComparison.Ordinal);
        Assert.Contains(await tip.Locator("span").InnerTextAsync(), name, StringComparison.Ordinal);
        await TimelineApp.ScreenshotAsync(page, "axis-04-focused-event");

        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/events/"));
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync(title);
    }

    [Fact]
    public async Task DraggingMovesTheWindowAndAFilterChangeKeepsTheAxis()
    {
        var page = await OpenAxisAsync("/?from=1950&to=1969&view=axis");
        var box = await page.Locator(".axis-track").BoundingBoxAsync() ?? throw new InvalidOperationException("No axis track.");
        var y = box.Y + box.Height - 14;
        await page.Mouse.MoveAsync(box.X + (box.Width * 0.75f), y);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(box.X + (box.Width * 0.25f), y, new() { Steps = 8 });
        await page.Mouse.UpAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("from=1960&to=1979&view=axis$"));

        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Cold War" }).CheckAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("era=cold-war&from=1960&to=1979&view=axis$"));
        await Assertions.Expect(page.Locator(".axis-era span")).ToHaveTextAsync(["Cold War"]);
        await TimelineApp.ScreenshotAsync(page, "axis-05-dragged-and-filtered");
    }

    [Theory]
    [InlineData(1366, 900, "/?view=axis")]
    [InlineData(390, 844, "/?view=axis")]
    [InlineData(390, 844, "/?from=1956&to=1956&view=axis")]
    public async Task AxeFindsNoSeriousOrCriticalViolationsOnTheAxis(int width, int height, string url)
    {
        var page = await OpenAxisAsync(url, width, height);
        await page.Locator(".axis-mark a").First.FocusAsync();

        var results = await page.RunAxe();

        var serious = results.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        await TimelineApp.ScreenshotAsync(page, $"axis-06-axe-{width}-{(url.Contains("1956", StringComparison.Ordinal) ? "1956" : "whole")}");
        Assert.True(serious.Count == 0, string.Join("\n", serious.Select(Describe)));
    }

    private async Task<IPage> OpenAxisAsync(string url, int width = 1366, int height = 900)
    {
        var page = await app.NewPageAsync(width, height);
        await page.GotoAsync(url);
        await page.Locator("section.axis[data-live]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await TimelineApp.WaitForLiveTimelineAsync(page);
        return page;
    }

    /// <summary>One wheel notch with the pointer over <paramref name="year"/> on the axis shown, then the new window.</summary>
    private static async Task WheelAtYearAsync(IPage page, double year, float deltaY)
    {
        var axis = page.Locator("section.axis");
        var from = int.Parse(await axis.GetAttributeAsync("data-from") ?? "", CultureInfo.InvariantCulture);
        var to = int.Parse(await axis.GetAttributeAsync("data-to") ?? "", CultureInfo.InvariantCulture);
        var box = await page.Locator(".axis-track").BoundingBoxAsync() ?? throw new InvalidOperationException("No axis track.");
        await page.Mouse.MoveAsync(box.X + (float)((year - from) / (to - from + 1) * box.Width), box.Y + (box.Height / 2));
        var before = page.Url;
        await page.Mouse.WheelAsync(0, deltaY);
        await WaitForNewWindowAsync(page, before);
    }

    private static async Task PressAndWaitForUrlChangeAsync(IPage page, string key)
    {
        var before = page.Url;
        await page.Keyboard.PressAsync(key);
        await WaitForNewWindowAsync(page, before);
    }

    /// <summary>The address changed and the axis drawn for it has landed (its data-from/to match the address).</summary>
    private static async Task WaitForNewWindowAsync(IPage page, string before)
    {
        await page.WaitForFunctionAsync(
            """
            before => {
                if (location.href === before) return false;
                const axis = document.querySelector('section.axis');
                const query = new URLSearchParams(location.search);
                return axis && (!query.has('from') || axis.dataset.from === query.get('from')) && (!query.has('to') || axis.dataset.to === query.get('to'));
            }
            """, before);
    }

    private static string Describe(AxeResultItem violation) =>
        $"{violation.Impact}: {violation.Id} ({violation.Help}) at {string.Join(", ", violation.Nodes.Select(n => n.Target?.ToString()))}";
}
