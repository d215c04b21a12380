using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace JapanRussia.EndToEnd;

/// <summary>A phone reader and a reader who goes back and forth: results first, filters behind a button, the place kept, a busy list.</summary>
[Collection(TimelineAppGroup.Name)]
public sealed class PhoneAndKeyboardTests(TimelineApp app)
{
    private const int PhoneWidth = 390;
    private const int PhoneHeight = 844;

    [Fact]
    public async Task OnAPhoneTheResultsComeFirstAndTheFiltersOpenFromAButtonThatCountsThem()
    {
        var page = await app.NewPageAsync(PhoneWidth, PhoneHeight);
        await page.GotoAsync("/?topic=territory");
        await TimelineApp.WaitForLiveTimelineAsync(page);

        var toggle = page.GetByRole(AriaRole.Button, new() { Name = "Filters (1)" });
        await Assertions.Expect(toggle).ToHaveAttributeAsync("aria-expanded", "false");
        await Assertions.Expect(page.Locator("form.filter-panel")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".event-card").First).ToBeInViewportAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(TimelineApp.ArtifactsFolder, "30-phone-results-first.png") });

        await toggle.ClickAsync();
        await Assertions.Expect(toggle).ToHaveAttributeAsync("aria-expanded", "true");
        await Assertions.Expect(page.GetByLabel("Search titles and sources")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(TimelineApp.ArtifactsFolder, "31-phone-filters-open.png") });

        // A second filter chosen in the open panel: the view changes under it, the panel stays open, the count follows.
        await page.Locator("label[for='filter-topic-diplomacy-and-summits']").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("topic=territory&topic=diplomacy-and-summits"));
        var counted = page.GetByRole(AriaRole.Button, new() { Name = "Filters (2)" });
        await Assertions.Expect(counted).ToHaveAttributeAsync("aria-expanded", "true");
        await Assertions.Expect(page.Locator("form.filter-panel")).ToBeVisibleAsync();

        await counted.PressAsync(" ");
        await Assertions.Expect(page.Locator("form.filter-panel")).ToBeHiddenAsync();
        await Assertions.Expect(counted).ToHaveAttributeAsync("aria-expanded", "false");
    }

    [Fact]
    public async Task WithoutJavaScriptThePhoneFiltersLinkShowsTheFilters()
    {
        var page = await app.NewPageAsync(PhoneWidth, PhoneHeight, javaScript: false);
        await page.GotoAsync("/");
        await Assertions.Expect(page.Locator("form.filter-panel")).ToBeHiddenAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Filters (0)" }).ClickAsync();

        await Assertions.Expect(page.Locator("form.filter-panel")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Search titles and sources")).ToBeInViewportAsync();
    }

    [Fact]
    public async Task ChoosingAnEraOnAPhoneBringsItsEventsIntoView()
    {
        var page = await app.NewPageAsync(PhoneWidth, PhoneHeight);
        await page.GotoAsync("/");
        await TimelineApp.WaitForLiveTimelineAsync(page);
        await page.EvaluateAsync("() => { window.samePage = true; }");

        await page.Locator(".era-legend").GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Cold War") }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("era=cold-war"));
        await Assertions.Expect(page.Locator(".era-heading .era-name").First).ToHaveTextAsync("Cold War");
        await Assertions.Expect(page.Locator(".era-heading").First).ToBeInViewportAsync();
        await Assertions.Expect(page.Locator("#results")).Not.ToHaveAttributeAsync("aria-busy", "true");
        var top = 0.0;
        for (var i = 0; i < 50 && (top = await ResultsTopAsync(page)) > PhoneHeight / 3.0; i++)
        {
            await Task.Delay(100);
        }

        Assert.InRange(top, -2, PhoneHeight / 3.0);
        Assert.True(await page.EvaluateAsync<bool>("() => window.samePage === true"), "the era's page was loaded as a new document, not patched in");
        await page.ScreenshotAsync(new() { Path = Path.Combine(TimelineApp.ArtifactsFolder, "32-phone-era-results-in-view.png") });
    }

    [Fact]
    public async Task AFilterChangeMarksTheResultsBusyAtOnceUntilTheNewViewLands()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/");
        await TimelineApp.WaitForLiveTimelineAsync(page);
        var release = new TaskCompletionSource();
        await page.RouteAsync(new Regex(@"\?topic=territory$"), async route =>
        {
            await release.Task;
            await route.ContinueAsync();
        });

        // Read in the same turn as the click: busy before any answer could come back, well within 100 ms.
        var busy = await page.EvaluateAsync<string?>(
            "() => { document.querySelector(\"input[name=topic][value=territory]\").click(); return document.getElementById('results').getAttribute('aria-busy'); }");

        Assert.Equal("true", busy);
        await TimelineApp.ScreenshotAsync(page, "33-busy-while-loading");
        release.SetResult();
        await Assertions.Expect(page.Locator(".active-filters").GetByText("Territory")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#results")).Not.ToHaveAttributeAsync("aria-busy", "true");
    }

    [Fact]
    public async Task BackAndForwardRestoreThePlaceOnThePageAndTheOpenedCards()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/?era=cold-war");
        await TimelineApp.WaitForLiveTimelineAsync(page);
        var card = page.Locator(".event-card").Nth(6);
        var cardId = await card.GetAttributeAsync("id");
        await card.Locator("summary").ClickAsync();
        await Assertions.Expect(card.Locator("details")).ToHaveAttributeAsync("data-loaded", "true");
        await card.ScrollIntoViewIfNeededAsync();
        await page.EvaluateAsync("() => window.scrollBy(0, 200)");
        await Task.Delay(300); // the place is written 100 ms after scrolling stops
        var place = await page.EvaluateAsync<double>("() => window.scrollY");
        Assert.True(place > 400, $"the test needs the page scrolled down, not {place}");
        await TimelineApp.ScreenshotAsync(page, "34-place-before-leaving");

        await page.Locator(".event-card").Nth(8).Locator(".event-title a").ClickAsync();
        await page.Locator(".event-head h1").WaitForAsync();
        await GoAsync(page, "back");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/\?era=cold-war$"));
        await Assertions.Expect(page.Locator($"#{cardId} details")).ToHaveAttributeAsync("open", "");
        await Assertions.Expect(page.Locator($"#{cardId} details mark.sentence").First).ToBeVisibleAsync();
        await AssertScrolledToAsync(page, place);
        await page.ScreenshotAsync(new() { Path = Path.Combine(TimelineApp.ArtifactsFolder, "35-place-after-back.png") });

        await GoAsync(page, "forward");
        await page.Locator(".event-head h1").WaitForAsync();
        await GoAsync(page, "back");
        await Assertions.Expect(page.Locator($"#{cardId} details")).ToHaveAttributeAsync("open", "");
        await AssertScrolledToAsync(page, place);
    }

    private static Task<double> ResultsTopAsync(IPage page) =>
        page.EvaluateAsync<double>("() => document.getElementById('results').getBoundingClientRect().top");

    /// <summary>The browser's own back or forward, after the script returns (see TimelineJourneyTests on why not GoBack).</summary>
    private static async Task GoAsync(IPage page, string direction)
    {
        await page.WaitForLoadStateAsync(LoadState.Load);
        await page.EvaluateAsync($"() => {{ setTimeout(() => history.{direction}(), 0); }}");
    }

    private static async Task AssertScrolledToAsync(IPage page, double place)
    {
        var y = 0.0;
        for (var i = 0; i < 50 && Math.Abs((y = await page.EvaluateAsync<double>("() => window.scrollY")) - place) > 2; i++)
        {
            await Task.Delay(100);
        }

        Assert.True(Math.Abs(y - place) <= 2, $"back put the page at {y}, not {place}");
    }
}
