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
}
