using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using UglyToad.PdfPig;

namespace JapanRussia.EndToEnd;

/// <summary>The timeline as Chromium prints it (print media emulated): the events and their address, no filters or site chrome.</summary>
[Collection(TimelineAppGroup.Name)]
public sealed partial class PrintTests(TimelineApp app)
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
    public async Task WithoutJavaScriptAClosedCardStillPrintsItsSourceSentences()
    {
        var page = await app.NewPageAsync(javaScript: false);
        await page.GotoAsync("/?era=gorbachev");
        var card = page.Locator(".event-card:has(details.event-sources)").First;
        await Assertions.Expect(card.Locator(".print-sources")).ToBeHiddenAsync();

        await page.EmulateMediaAsync(new() { Media = Media.Print });

        await Assertions.Expect(card.Locator(".print-sources li").First).ToBeVisibleAsync();
        await Assertions.Expect(card.Locator(".excerpts-pending")).ToBeHiddenAsync();
        await TimelineApp.ScreenshotAsync(page, "print-without-javascript");
    }

    [Fact]
    public async Task ARealPrintToPdfHoldsTheSentencesOfCardsNeverOpenedButNoFilters()
    {
        const string view = "?era=gorbachev";
        var page = await app.NewPageAsync();
        await page.GotoAsync(view);
        await TimelineApp.WaitForLiveTimelineAsync(page);
        var cards = page.Locator(".event-card:has(details.event-sources)");
        await Assertions.Expect(page.Locator("details.event-sources[open]")).ToHaveCountAsync(0);
        var ids = await cards.EvaluateAllAsync<string[]>("cards => cards.map(c => c.id.slice('event-'.length))");
        Assert.True(ids.Length > 1, "the view needs cards with sources");

        // Chromium's print to PDF as a reader's "Save as PDF" does it: no media emulation, whatever beforeprint manages.
        var pdf = await page.PdfAsync(new() { Path = Path.Combine(TimelineApp.ArtifactsFolder, "print-real.pdf") });

        var text = PdfText(pdf);
        await File.WriteAllTextAsync(Path.Combine(TimelineApp.ArtifactsFolder, "print-real.txt"), text);
        using var http = new HttpClient { BaseAddress = app.BaseAddress };
        foreach (var id in new[] { ids[0], ids[^1] })
        {
            var sentence = JsonNode.Parse(await http.GetStringAsync($"/api/events/{id}"))!["sources"]![0]!["excerpt"]!.GetValue<string>();
            Assert.Contains(Squeezed(sentence), text, StringComparison.Ordinal);
        }

        Assert.Contains(Squeezed(new Uri(app.BaseAddress, view).ToString()), text, StringComparison.Ordinal);
        Assert.Matches(PrintedOn(), text);
        Assert.DoesNotContain(Squeezed("Search titles and sources"), text, StringComparison.Ordinal);
        Assert.DoesNotContain(Squeezed("Download this view"), text, StringComparison.Ordinal);
        Assert.DoesNotContain("Filters(", text, StringComparison.Ordinal);
    }

    /// <summary>
    /// Every character of the PDF's pages, without white space (a line break in print may fall anywhere) and with the
    /// font's ligatures (ﬀ, ﬁ) spelt out.
    /// </summary>
    private static string PdfText(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return Squeezed(string.Concat(document.GetPages().Select(p => p.Text)).Normalize(System.Text.NormalizationForm.FormKC));
    }

    private static string Squeezed(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    [GeneratedRegex(@"printed\d{1,2}[A-Z][a-z]+\d{4}", RegexOptions.NonBacktracking)]
    private static partial Regex PrintedOn();
}
