using Microsoft.Playwright;

namespace JapanRussia.EndToEnd;

/// <summary>A reader who wants to cite a source sees its publisher and date first, and the file name after.</summary>
[Collection(TimelineAppGroup.Name)]
public sealed class SourceCitationJourneyTests(TimelineApp app)
{
    [Fact]
    public async Task TheSourcesPageCitesEachDocumentByPublisherAndDate()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/sources");

        var ap = page.Locator(".document-list li", new() { HasText = "000_d1d942f572a7c8cc.txt" });
        await Assertions.Expect(ap.Locator(".source-citation")).ToHaveTextAsync("AP News, 15 December 2016");
        await Assertions.Expect(page.Locator(".document-list h2").Filter(new() { HasText = "Historically" })).ToHaveCountAsync(0);
        await TimelineApp.ScreenshotAsync(page, "search12-sources");

        await ap.Locator("h2 a").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/sources/[0-9]+"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("A history of rocky relations between Japan and Russia");
        await Assertions.Expect(page.Locator(".citation .source-citation")).ToHaveTextAsync("AP News, 15 December 2016");
        await TimelineApp.ScreenshotAsync(page, "search12-source-ap");
    }
}
