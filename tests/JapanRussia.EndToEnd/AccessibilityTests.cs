using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace JapanRussia.EndToEnd;

/// <summary>
/// axe on every page at a laptop's and a phone's size, with the target-size rule on (axe leaves it off by default):
/// no serious or critical violation. axe is injected by Playwright's evaluate, which the pages' CSP does not govern.
/// </summary>
[Collection(TimelineAppGroup.Name)]
public sealed class AccessibilityTests(TimelineApp app)
{
    private static readonly AxeRunOptions WithTargetSize = new()
    {
        Rules = new Dictionary<string, RuleOptions> { ["target-size"] = new() { Enabled = true } },
    };

    public static TheoryData<string, int, int> Pages()
    {
        var data = new TheoryData<string, int, int>();
        foreach (var page in new[] { "timeline", "timeline-filters-open", "event", "sources", "source", "about", "api-reference" })
        {
            data.Add(page, 1366, 900);
            data.Add(page, 390, 844);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task EveryPageHasNoSeriousOrCriticalViolationAtBothSizes(string which, int width, int height)
    {
        var page = await app.NewPageAsync(width, height);
        await OpenAsync(page, which);
        await ScrollThroughAsync(page);

        var results = await page.RunAxe(WithTargetSize);

        await TimelineApp.ScreenshotAsync(page, $"40-axe-{which}-{width}");
        var serious = results.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious.Select(Describe)));
        Assert.Contains(results.Passes.Concat(results.Inapplicable), r => r.Id == "target-size");
    }

    private static async Task OpenAsync(IPage page, string which)
    {
        switch (which)
        {
            case "timeline":
                await page.GotoAsync("/");
                await TimelineApp.WaitForLiveTimelineAsync(page);
                break;
            case "timeline-filters-open":
                await page.GotoAsync("/?era=cold-war&q=treaty");
                await TimelineApp.WaitForLiveTimelineAsync(page);
                var toggle = page.Locator(".filters-toggle");
                if (await toggle.IsVisibleAsync())
                {
                    await toggle.ClickAsync();
                }

                await page.Locator("form.filter-panel").WaitForAsync();
                break;
            case "event":
                await page.GotoAsync("/");
                await page.GotoAsync(await page.Locator(".event-card .event-title a").Nth(3).GetAttributeAsync("href") ?? "/");
                await page.Locator(".event-head h1").WaitForAsync();
                break;
            case "sources":
                await page.GotoAsync("/sources");
                break;
            case "source":
                await page.GotoAsync("/sources");
                await page.GotoAsync(await page.Locator(".document-list h2 a").First.GetAttributeAsync("href") ?? "/sources");
                await page.Locator(".source-text").WaitForAsync();
                break;
            case "about":
                await page.GotoAsync("/about");
                break;
            default:
                await page.GotoAsync("/api-reference/");
                await Assertions.Expect(page.GetByText("Exports", new() { Exact = true }).First).ToBeAttachedAsync(new() { Timeout = 30_000 });
                await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
                break;
        }
    }

    /// <summary>
    /// Read down to the end and back, as a reader does. Cards below the fold are not laid out until they come near
    /// (content-visibility: auto); until then axe measures their contents spilling out of a placeholder's height onto
    /// the next card, which no reader ever sees. Once drawn, a card keeps its real height.
    /// </summary>
    private static async Task ScrollThroughAsync(IPage page)
    {
        await page.EvaluateAsync(@"async () => {
            const frame = () => new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve)));
            for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight / 2) {
                scrollTo(0, y);
                await frame();
            }
            scrollTo(0, 0);
            await frame();
        }");
    }

    private static string Describe(AxeResultItem violation) =>
        $"{violation.Impact}: {violation.Id} ({violation.Help}) at {string.Join(", ", violation.Nodes.Take(5).Select(n => $"{n.Target} [{string.Join("; ", n.Any.Concat(n.All).Select(c => c.Message + " near " + string.Join(" + ", c.RelatedNodes?.Select(r => r.Html) ?? [])))}]"))}";
}
