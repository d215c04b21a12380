using Microsoft.Playwright;

namespace JapanRussia.EndToEnd;

/// <summary>The timeline as Chromium prints it (print media emulated): the events and their address, no filters or site chrome.</summary>
[Collection(TimelineAppGroup.Name)]
public sealed class PrintTests(TimelineApp app)
{
    [Fact]
    public async Task APrintedViewShowsItsEventsAndAddressWithoutFiltersOrNavigation()
    {
        const string view = "?era=cold-war&topic=territory";
        var page = await app.NewPageAsync();
        await page.GotoAsync(view);
        await Assertions.Expect(page.Locator(".print-url")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".filters")).ToBeVisibleAsync();

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await TimelineApp.ScreenshotAsync(page, "print-timeline");

        await Assertions.Expect(page.Locator(".print-url")).ToBeVisibleAsync();
        Assert.Contains(new Uri(app.BaseAddress, view).ToString(), await page.Locator(".print-url").InnerTextAsync(), StringComparison.Ordinal);
        foreach (var chrome in new[] { ".filters", ".overview", ".site-header", ".site-footer", ".export-links", ".skip-link" })
        {
            Assert.False(await page.Locator(chrome).First.IsVisibleAsync(), $"{chrome} is printed");
        }

        Assert.True(await page.Locator(".event-card").First.IsVisibleAsync(), "the events are printed");
        var pdf = await page.PdfAsync();
        Assert.True(pdf.Length > 1000, "Chromium prints the view to PDF");
    }

    [Fact]
    public async Task PrintingOpensEveryCardsSourcesAndPrintsTheDate()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/?era=gorbachev");
        await TimelineApp.WaitForLiveTimelineAsync(page);
        var cards = page.Locator(".event-card:has(details.event-sources)");
        var count = await cards.CountAsync();
        Assert.True(count > 1, "the view needs cards with sources");
        await Assertions.Expect(page.Locator("details.event-sources[open]")).ToHaveCountAsync(0);

        await page.EmulateMediaAsync(new() { Media = Media.Print });

        await Assertions.Expect(page.Locator("details.event-sources[open]")).ToHaveCountAsync(count);
        await Assertions.Expect(page.Locator("details.event-sources[data-loaded=true]")).ToHaveCountAsync(count);
        for (var i = 0; i < count; i++)
        {
            await Assertions.Expect(cards.Nth(i).Locator("mark.sentence").First).ToBeVisibleAsync();
        }

        await Assertions.Expect(page.Locator(".print-date")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d{1,2} [A-Z][a-z]+ \d{4}$"));
        await TimelineApp.ScreenshotAsync(page, "print-sources-expanded");
        var pdf = await page.PdfAsync(new() { Path = Path.Combine(TimelineApp.ArtifactsFolder, "print-sources-expanded.pdf") });
        Assert.True(pdf.Length > 1000, "Chromium prints the view to PDF");

        // Back on screen, the cards the print opened close again.
        await page.EmulateMediaAsync(new() { Media = Media.Screen });
        await Assertions.Expect(page.Locator("details.event-sources[open]")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task WithoutJavaScriptAClosedCardStillPrintsWhatItHolds()
    {
        var page = await app.NewPageAsync(javaScript: false);
        await page.GotoAsync("/?era=gorbachev");
        var pending = page.Locator(".event-card details.event-sources .excerpts-pending").First;
        await Assertions.Expect(pending).ToBeHiddenAsync();

        await page.EmulateMediaAsync(new() { Media = Media.Print });

        await Assertions.Expect(pending).ToBeVisibleAsync();
        await TimelineApp.ScreenshotAsync(page, "print-without-javascript");
    }
}
