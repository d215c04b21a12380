using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace JapanRussia.EndToEnd;

/// <summary>A reader sees how a date was obtained: the card says a day was worked out, the event page says from what, source by source.</summary>
[Collection(TimelineAppGroup.Name)]
public sealed class DateProvenanceJourneyTests(TimelineApp app)
{
    [Fact]
    public async Task ADayWorkedOutFromAWeekdaySaysSoOnTheCardAndTheEventPage()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/?q=Kishida");
        await TimelineApp.WaitForLiveTimelineAsync(page);
        var card = page.Locator(".event-card").Filter(new() { Has = page.Locator(".date-provenance") }).First;
        await Assertions.Expect(card.Locator(".date-provenance")).ToContainTextAsync("worked out");
        var title = await card.Locator("time").GetAttributeAsync("title");
        Assert.Equal("Day worked out from “on Sunday” and the report's date", title?[..title.IndexOf(',', StringComparison.Ordinal)]);
        await card.ScrollIntoViewIfNeededAsync();
        await TimelineApp.ScreenshotAsync(page, "20-date-worked-out-card");

        await card.Locator(".event-title a").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/events/"));
        await Assertions.Expect(page.Locator(".event-date .precision")).ToContainTextAsync("Day worked out from “on Sunday” and the report's date");
        await Assertions.Expect(page.Locator(".source-dates td.how").Filter(new() { HasText = "Worked out from “on Sunday”" })).ToHaveCountAsync(1);
        await TimelineApp.ScreenshotAsync(page, "21-date-worked-out-event-page");

        var results = await page.RunAxe();
        var serious = results.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Impact}: {v.Id} ({v.Help})").ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious));
    }
}
