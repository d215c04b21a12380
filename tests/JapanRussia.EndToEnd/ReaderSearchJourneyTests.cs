using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace JapanRussia.EndToEnd;

/// <summary>A reader types what they mean: a name beside the sentence, an island's other name, a word the source does not use.</summary>
[Collection(TimelineAppGroup.Name)]
public sealed class ReaderSearchJourneyTests(TimelineApp app)
{
    [Theory]
    [InlineData("Noda", "Mr. Yoshihiko Noda holds a Japan-Russia Summit Meeting", "18 June 2012")]
    [InlineData("Iturup", "Russian President Vladimir Putin’s visit to Japan", "15–16 December 2016")]
    [InlineData("halt", "Russia announces that it was abandoning the discussions", "21 March 2022")]
    public async Task TypingWhatTheReaderMeansFindsTheEvent(string text, string title, string date)
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/");
        await TimelineApp.WaitForLiveTimelineAsync(page);
        var box = page.GetByLabel("Search titles and sources");
        await Assertions.Expect(page.Locator("#" + await box.GetAttributeAsync("aria-describedby"))).ToContainTextAsync("finds the phrase");

        await box.FillAsync(text);

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("q=" + text));
        var card = page.Locator(".event-card", new() { Has = page.Locator(".event-title", new() { HasText = title }) });
        await Assertions.Expect(card.First).ToBeVisibleAsync();
        await Assertions.Expect(card.First).ToContainTextAsync(date);
        await TimelineApp.ScreenshotAsync(page, "search12-" + text.ToLowerInvariant());
    }
}
