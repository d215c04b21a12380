using System.Globalization;
using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace JapanRussia.EndToEnd;

/// <summary>What a reader does: filter, search, open an event, follow it to the source, come back; on a laptop and a phone.</summary>
[Collection(TimelineAppGroup.Name)]
public sealed partial class TimelineJourneyTests(TimelineApp app)
{
    [Fact]
    public async Task FilteringByEraAndTopicNarrowsTheListAndKeepsItInTheUrl()
    {
        var page = await OpenTimelineAsync();
        var total = await CountAsync(page);
        await TimelineApp.ScreenshotAsync(page, "01-timeline");

        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Cold War" }).CheckAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("era=cold-war"));
        await WaitForCountBelowAsync(page, total);
        var eraCount = await CountAsync(page);
        Assert.InRange(eraCount, 1, total - 1);
        var eraHeadings = await page.Locator(".era-heading .era-name").AllInnerTextsAsync();
        Assert.All(eraHeadings, h => Assert.Equal("Cold War", h));
        await TimelineApp.ScreenshotAsync(page, "02-era-cold-war");

        var topic = await BusiestTopicAsync(page);
        await page.Locator($"input[name=topic][value='{topic}']").CheckAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"era=cold-war.*topic={topic}"));
        await page.Locator(".active-filters").GetByText("Topic").WaitForAsync();
        await TimelineApp.ScreenshotAsync(page, "03-era-and-topic");

        if (await page.Locator(".event-card").CountAsync() == 0)
        {
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "No events match these filters" })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Remove topic") })).ToBeVisibleAsync();
        }
        else
        {
            Assert.True(await CountAsync(page) <= eraCount);
        }

        // Reloading keeps the view: the URL is the whole state.
        await page.ReloadAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "Cold War" })).ToBeCheckedAsync();
        await Assertions.Expect(page.Locator($"input[name=topic][value='{topic}']")).ToBeCheckedAsync();

        // One click clears a filter.
        await WaitForInteractiveAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Remove filter Era: Cold War" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("^(?!.*era=)"));
        await TimelineApp.ScreenshotAsync(page, "04-era-cleared");
    }

    [Fact]
    public async Task SearchingHighlightsTheMatchesInTitlesAndExcerpts()
    {
        var page = await OpenTimelineAsync();
        await page.GetByLabel("Search titles and sources").FillAsync("Shimoda");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("q=Shimoda"));
        await page.Locator(".active-filters").GetByText("Search").WaitForAsync();
        await Assertions.Expect(page.Locator(".event-title mark.match").First).ToHaveTextAsync(new Regex("Shimoda", RegexOptions.IgnoreCase));
        var count = await CountAsync(page);
        Assert.InRange(count, 1, 10);
        await TimelineApp.ScreenshotAsync(page, "05-search-shimoda");
    }

    [Fact]
    public async Task AnEventLeadsToItsSourceWithTheSentenceHighlightedAndBackRestoresTheFilters()
    {
        var page = await OpenTimelineAsync();
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Cold War" }).CheckAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("era=cold-war"));
        await page.Locator(".active-filters").GetByText("Cold War").WaitForAsync();
        var eraCount = await CountAsync(page);
        await page.GetByLabel("Search titles and sources").FillAsync("joint declaration");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("q=joint"));
        await WaitForCountBelowAsync(page, eraCount);
        var filteredUrl = page.Url;
        var filteredCount = await CountAsync(page);

        // Expanding an event shows the sentence in its paragraph.
        var card = page.Locator(".event-card").First;
        var summary = card.Locator("summary");
        if (await card.Locator("details[open]").CountAsync() == 0)
        {
            await summary.ClickAsync();
        }

        await Assertions.Expect(card.Locator("mark.sentence").First).ToBeVisibleAsync();
        await TimelineApp.ScreenshotAsync(page, "06-event-expanded");

        // The event page.
        var title = await card.Locator(".event-title").InnerTextAsync();
        await card.Locator(".event-title a").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/events/"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(title.Trim());
        var sentence = (await page.Locator(".event-sources mark.sentence").First.InnerTextAsync()).Trim();
        await Assertions.Expect(page.Locator(".permalink a")).ToHaveAttributeAsync("href", new Regex("/events/"));
        await TimelineApp.ScreenshotAsync(page, "07-event-page");

        // The source reader at that place: the exact sentence marked and scrolled into view.
        await page.Locator(".event-sources").GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Read in the source") }).First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/sources/\d+\?highlight=\d+-\d+#p-\d+"));
        var highlight = page.Locator("mark.source-highlight");
        await Assertions.Expect(highlight).ToHaveCountAsync(1);
        Assert.Equal(Normalise(sentence), Normalise(await highlight.InnerTextAsync()));
        await Assertions.Expect(highlight).ToBeInViewportAsync();
        await TimelineApp.ScreenshotAsync(page, "08-source-highlighted");

        // Back twice: the filtered timeline as it was. The browser's own back, as a reader presses it: Blazor's enhanced
        // navigation may answer it with or without a document load, which Playwright's GoBack cannot always follow (it
        // reports an aborted navigation). Going back after the script returns, and waiting for what each page shows,
        // works either way.
        await page.EvaluateAsync("() => { setTimeout(() => history.back(), 0); }");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/events/"));
        await page.Locator(".event-head h1").WaitForAsync();
        await page.WaitForLoadStateAsync(LoadState.Load);
        await page.EvaluateAsync("() => { setTimeout(() => history.back(), 0); }");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("^" + Regex.Escape(filteredUrl) + "$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "Cold War" })).ToBeCheckedAsync();
        await Assertions.Expect(page.GetByLabel("Search titles and sources")).ToHaveValueAsync("joint declaration");
        Assert.Equal(filteredCount, await CountAsync(page));
        await TimelineApp.ScreenshotAsync(page, "09-back-to-filters");
    }

    [Fact]
    public async Task DraggingAcrossTheOverviewStripCountsTheYearsThenFiltersToThem()
    {
        var page = await OpenTimelineAsync();

        var label = await TimelineApp.DragAcrossStripAsync(page, 0.55f, 0.70f, screenshot: "16-strip-dragging");

        var span = YearSpan().Match(label);
        Assert.True(span.Success, label);
        var (from, to) = (span.Groups[1].Value, span.Groups[2].Success ? span.Groups[2].Value : span.Groups[1].Value);
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"from={from}&to={to}$"));
        await Assertions.Expect(page.Locator("#filter-from")).ToHaveValueAsync(from);
        await Assertions.Expect(page.Locator("#filter-to")).ToHaveValueAsync(to);

        // What the label promised is what the list holds.
        var promised = int.Parse(LeadingNumber().Match(label[(label.IndexOf(':', StringComparison.Ordinal) + 1)..]).Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
        await Assertions.Expect(page.Locator(".count")).ToHaveTextAsync(new Regex($"^{promised:N0} event", RegexOptions.None));
        await TimelineApp.ScreenshotAsync(page, "17-strip-years");
    }

    [Fact]
    public async Task AFilterChangeKeepsThePlaceOnThePageAndTheOtherFiltersAndPutsYearsInOrder()
    {
        var page = await OpenTimelineAsync();
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Cold War" }).CheckAsync();
        await page.Locator(".active-filters").GetByText("Cold War").WaitForAsync();

        await page.EvaluateAsync("() => window.scrollTo(0, 300)");
        var topic = await BusiestTopicAsync(page);
        await page.Locator($"input[name=topic][value='{topic}']").CheckAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/\\?era=cold-war&topic={topic}$"));
        await page.Locator(".active-filters").GetByText("Topic").WaitForAsync();
        Assert.True(await page.EvaluateAsync<double>("() => window.scrollY") >= 250, "a filter change moved the reader back to the top");

        await page.Locator("#filter-from").FillAsync("1980");
        await page.Locator("#filter-from").PressAsync("Tab");
        await page.Locator("#filter-to").FillAsync("1960");
        await page.Locator("#filter-to").PressAsync("Tab");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/\\?era=cold-war&topic={topic}&from=1960&to=1980$"));
        await Assertions.Expect(page.Locator("#filter-from")).ToHaveValueAsync("1960");
        await Assertions.Expect(page.Locator("#filter-to")).ToHaveValueAsync("1980");
    }

    [Fact]
    public async Task OnAPhoneThePageFitsTheScreenAndTheEraLinksFilter()
    {
        var page = await app.NewPageAsync(390, 844);
        await page.GotoAsync("/");
        await WaitForInteractiveAsync(page);
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "The page scrolls sideways at 390 px.");
        await page.ScreenshotAsync(new() { Path = Path.Combine(TimelineApp.ArtifactsFolder, "10-phone-timeline.png") });

        await page.Locator(".era-legend").GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Gorbachev") }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("era=gorbachev"));
        await page.Locator(".active-filters").GetByText("Gorbachev").WaitForAsync();
        await Assertions.Expect(page.Locator(".era-heading")).ToHaveCountAsync(1);
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "The filtered page scrolls sideways at 390 px.");
        await TimelineApp.ScreenshotAsync(page, "11-phone-era");

        await page.Locator(".event-title a").First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/events/"));
        await page.Locator(".event-head h1").WaitForAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "The event page scrolls sideways at 390 px.");
        await TimelineApp.ScreenshotAsync(page, "12-phone-event");
    }

    [Fact]
    public async Task WithoutJavaScriptTheFiltersWorkAsAPlainForm()
    {
        var page = await app.NewPageAsync(javaScript: false);
        await page.GotoAsync("/?era=cold-war");
        Assert.True(await page.Locator(".event-card").CountAsync() > 0, "The prerendered page holds the events.");
        await page.GetByLabel("Search titles and sources").FillAsync("treaty");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("^(?=.*q=treaty)(?=.*era=cold-war)"));
        Assert.True(await page.Locator(".event-title mark.match, .event-card mark.match").CountAsync() > 0);
        await TimelineApp.ScreenshotAsync(page, "13-no-javascript");
    }

    [Theory]
    [InlineData("timeline")]
    [InlineData("event")]
    [InlineData("source")]
    public async Task AxeFindsNoSeriousOrCriticalViolations(string which)
    {
        var page = await OpenTimelineAsync();
        if (which != "timeline")
        {
            var card = page.Locator(".event-card").Nth(3);
            if (which == "event")
            {
                await card.Locator(".event-title a").ClickAsync();
                await Assertions.Expect(page).ToHaveURLAsync(new Regex("/events/"));
                await page.Locator(".event-head h1").WaitForAsync();
            }
            else
            {
                await card.Locator("summary").ClickAsync();
                await card.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Read in the source") }).First.ClickAsync();
                await Assertions.Expect(page).ToHaveURLAsync(new Regex("/sources/"));
                await page.Locator(".source-text").WaitForAsync();
            }
        }

        var results = await page.RunAxe();
        var serious = results.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        await TimelineApp.ScreenshotAsync(page, $"14-axe-{which}");
        Assert.True(serious.Count == 0, string.Join("\n", serious.Select(Describe)));
    }

    private async Task<IPage> OpenTimelineAsync()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/");
        await WaitForInteractiveAsync(page);
        return page;
    }

    private static Task WaitForInteractiveAsync(IPage page) => TimelineApp.WaitForLiveTimelineAsync(page);

    private static async Task<int> CountAsync(IPage page)
    {
        var text = await page.Locator(".count").InnerTextAsync();
        return int.Parse(LeadingNumber().Match(text).Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
    }

    private static async Task WaitForCountBelowAsync(IPage page, int total)
    {
        for (var i = 0; i < 100 && await CountAsync(page) >= total; i++)
        {
            await Task.Delay(100);
        }
    }

    /// <summary>The topic with the most events (the data decides which; every topic may still be empty).</summary>
    private static async Task<string> BusiestTopicAsync(IPage page)
    {
        var boxes = page.Locator("input[name=topic]");
        var best = (Value: "territory", Count: -1);
        for (var i = 0; i < await boxes.CountAsync(); i++)
        {
            var box = boxes.Nth(i);
            var value = await box.GetAttributeAsync("value") ?? "";
            var label = await page.Locator($"label[for='filter-topic-{value}']").InnerTextAsync();
            var count = int.Parse(LeadingNumber().Match(label.Split('(').Last()).Value, CultureInfo.InvariantCulture);
            if (count > best.Count)
            {
                best = (value, count);
            }
        }

        return best.Value;
    }

    private static string Normalise(string text) => WhiteSpace().Replace(text, " ").Trim();

    private static string Describe(AxeResultItem violation) =>
        $"{violation.Impact}: {violation.Id} ({violation.Help}) at {string.Join(", ", violation.Nodes.Select(n => n.Target?.ToString()))}";

    [GeneratedRegex(@"\d[\d,]*")]
    private static partial Regex LeadingNumber();

    [GeneratedRegex(@"^(\d{4})(?:–(\d{4}))?:")]
    private static partial Regex YearSpan();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
