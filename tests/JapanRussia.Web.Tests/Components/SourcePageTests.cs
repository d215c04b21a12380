using Bunit;
using JapanRussia.Core.Queries;
using JapanRussia.Web.Components.Pages.Sources;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace JapanRussia.Web.Tests.Components;

public sealed class SourcePageTests(SeededTimeline timeline) : IClassFixture<SeededTimeline>
{
    [Fact]
    public async Task TheReaderHighlightsTheExactSpanAndAnchorsEveryParagraph()
    {
        using var context = timeline.NewContext();
        var (document, source) = await HistorySourceAsync(context, "1956");

        context.Services.GetRequiredService<NavigationManager>().NavigateTo($"/sources/{document.Id}?highlight={source.Start}-{source.End}");
        var page = context.Render<SourcePage>(p => p.Add(c => c.Id, document.Id));

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll(".passage")));
        var mark = page.Find($"#p-{source.PassageOrdinal} mark.source-highlight");
        Assert.Equal(source.PassageText[source.SpanInPassage.Start..source.SpanInPassage.End], mark.TextContent);
        Assert.Single(page.FindAll("mark.source-highlight"));
        Assert.All(page.FindAll(".passage"), p => Assert.Matches(@"^p-\d+$", p.Id));
        Assert.Contains(page.FindAll(".source-events a"), a => a.GetAttribute("href") == $"/events/{source.EventId}");
    }

    [Fact]
    public async Task ThirdPartyMarkupIsShownAsTextAndUnsafeLinksAreDropped()
    {
        using var context = timeline.NewContext();
        var documents = await context.Services.GetRequiredService<DocumentCatalog>().ListDocumentsAsync();
        var unsafeDocument = documents.Single(d => d.FileName == SeededTimeline.UnsafeFile);

        var page = context.Render<SourcePage>(p => p.Add(c => c.Id, unsafeDocument.Id));

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll(".passage")));
        var text = page.Find(".source-text");
        Assert.Empty(text.QuerySelectorAll("script"));
        Assert.Empty(text.QuerySelectorAll("b"));
        Assert.Empty(text.QuerySelectorAll("[onclick]"));
        Assert.Contains("<script>alert('x')</script>", text.TextContent, StringComparison.Ordinal);
        Assert.All(text.QuerySelectorAll("a[href]").Where(a => !a.ClassList.Contains("passage-anchor")), a => Assert.StartsWith("http", a.GetAttribute("href"), StringComparison.Ordinal));
        Assert.Empty(text.QuerySelectorAll("a[href^='javascript']"));
    }

    [Fact]
    public void TheListGivesEachDocumentsCounts()
    {
        using var context = timeline.NewContext();

        var page = context.Render<SourceListPage>();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll(".document-list > li").Count));
        var history = page.FindAll(".document-list article").Single(a => a.TextContent.Contains("A short history", StringComparison.Ordinal));
        Assert.Contains("1 May 2022", history.TextContent, StringComparison.Ordinal);
        Assert.Equal("https://example.org/history", history.QuerySelector("a.external")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("<img src=x onerror=alert(1)>hello", "<p>&lt;img src=x onerror=alert(1)&gt;hello</p>")]
    [InlineData("[link](https://example.org)", "<a href=\"https://example.org\" rel=\"nofollow noopener noreferrer\" class=\"external\">link</a>")]
    [InlineData("[link](javascript:alert(1))", "<a>link</a>")]
    [InlineData("[link](/admin)", "<a>link</a>")]
    public void TheRendererKeepsOnlySafeMarkup(string markdown, string expected)
    {
        var html = new SourceTextRenderer().Render(markdown);

        Assert.Contains(expected, html, StringComparison.Ordinal);
    }

    /// <summary>Markdown nested deeper than the parser accepts (it throws): the passage is shown as plain escaped text.</summary>
    [Theory]
    [InlineData("- ", 64)]
    [InlineData(">", 128)]
    [InlineData("*", 256)]
    [InlineData("[", 1024)]
    public void DeeplyNestedMarkdownIsShownAsPlainEscapedText(string marker, int depth)
    {
        var text = string.Concat(Enumerable.Repeat(marker, depth)) + "In 1956 <b>they</b> met.\n\nA second paragraph.";

        var html = new SourceTextRenderer().Render(text, (text.IndexOf("1956", StringComparison.Ordinal), text.IndexOf(" met", StringComparison.Ordinal)));

        Assert.Contains("<mark class=\"source-highlight\">1956 &lt;b&gt;they&lt;/b&gt;</mark>", html, StringComparison.Ordinal);
        Assert.Contains("<p>A second paragraph.</p>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
    }

    private static async Task<(DocumentSummary Document, SourceContext Source)> HistorySourceAsync(BunitContext context, string year)
    {
        var catalog = context.Services.GetRequiredService<DocumentCatalog>();
        var document = (await catalog.ListDocumentsAsync()).Single(d => d.FileName == SeededTimeline.HistoryFile);
        var detail = await catalog.GetDocumentAsync(document.Id);
        var item = detail!.Events.Single(e => e.Label.Contains(year, StringComparison.Ordinal));
        var source = (await context.Services.GetRequiredService<TimelineReader>().SourceContextsAsync([item.EventId])).Single(s => s.DocumentId == document.Id);
        return (document, source);
    }
}
