using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace JapanRussia.EndToEnd;

/// <summary>A researcher asks for the events whose sources disagree, sees each source's date on the card, and reads them on the event page.</summary>
public sealed class DisagreementJourneyTests(DisagreeingSourcesApp fixture) : IClassFixture<DisagreeingSourcesApp>
{
    private readonly TimelineApp _app = fixture.App;

    [Fact]
    public async Task TickingTheBoxListsOnlyTheDisagreementWithEachSourcesDateSideBySide()
    {
        var page = await _app.NewPageAsync();
        await page.GotoAsync("/");
        await TimelineApp.WaitForLiveTimelineAsync(page);

        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Only events whose sources disagree" }).CheckAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("disagree=true"));
        await Assertions.Expect(page.Locator(".results-head .count")).ToHaveTextAsync("1 event whose sources disagree");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Remove filter Dates: sources disagree" })).ToBeVisibleAsync();
        var card = page.Locator(".event-card");
        await Assertions.Expect(card).ToHaveCountAsync(1);
        await Assertions.Expect(card.Locator(".badge.disagreement")).ToHaveTextAsync("Sources disagree");
        var dates = card.GetByRole(AriaRole.List, new() { Name = "The date in each source" }).Locator("li");
        await Assertions.Expect(dates.Filter(new() { HasText = "Kyodo" })).ToContainTextAsync(DisagreeingSourcesApp.KyodoDay);
        await Assertions.Expect(dates.Filter(new() { HasText = "TASS" })).ToContainTextAsync(DisagreeingSourcesApp.TassDay);
        await TimelineApp.ScreenshotAsync(page, "disagree-01-timeline");
        await AssertNoSeriousViolationsAsync(page);

        await card.Locator(".event-title a").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/events/"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sources disagree" })).ToBeVisibleAsync();
        var rows = page.Locator(".source-dates tbody tr");
        await Assertions.Expect(rows.Filter(new() { HasText = "Kyodo" })).ToContainTextAsync(DisagreeingSourcesApp.KyodoDay);
        await Assertions.Expect(rows.Filter(new() { HasText = "TASS" })).ToContainTextAsync(DisagreeingSourcesApp.TassDay);
        await TimelineApp.ScreenshotAsync(page, "disagree-02-event-page");
        await AssertNoSeriousViolationsAsync(page);

        await page.GoBackAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "Only events whose sources disagree" })).ToBeCheckedAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Remove filter Dates: sources disagree" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("^(?!.*disagree=)"));
        await Assertions.Expect(page.Locator(".event-card").Nth(1)).ToBeVisibleAsync();
    }

    [Fact]
    public async Task OnAPhoneTheDatesWrapAndTheBoxIsAmongTheFilters()
    {
        var page = await _app.NewPageAsync(390, 844);
        await page.GotoAsync("/?disagree=true");
        await Assertions.Expect(page.Locator(".event-card .disagreeing-dates li").Nth(1)).ToBeVisibleAsync();
        var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= 390, $"the page scrolls sideways ({width} px)");
        await TimelineApp.ScreenshotAsync(page, "disagree-03-phone");
        await AssertNoSeriousViolationsAsync(page);
    }

    private static async Task AssertNoSeriousViolationsAsync(IPage page)
    {
        var results = await page.RunAxe();
        var serious = results.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Impact}: {v.Id} ({v.Help})").ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious));
    }
}
