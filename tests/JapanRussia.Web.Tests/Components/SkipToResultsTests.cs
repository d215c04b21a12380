using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using JapanRussia.Web.Tests.Support;

namespace JapanRussia.Web.Tests.Components;

/// <summary>The timeline's "Skip to results" link, in the page as served over the real pipeline.</summary>
public sealed class SkipToResultsTests(TimelineAppFactory factory) : IClassFixture<TimelineAppFactory>
{
    private const string Focusable = "a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex='-1'])";

    [Theory]
    [InlineData("/")]
    [InlineData("/?era=cold-war&topic=territory")]
    public async Task TheFirstTabStopSkipsToTheResultsList(string view)
    {
        var document = await PageAsync(view);

        var first = document.Body!.QuerySelectorAll(Focusable)[0];

        Assert.Equal("Skip to results", first.TextContent.Trim());
        var target = document.GetElementById(first.GetAttribute("href")!.TrimStart('#'));
        Assert.NotNull(target);
        Assert.Equal("-1", target.GetAttribute("tabindex"));
        Assert.NotEmpty(target.QuerySelectorAll(".event-card"));
        Assert.Empty(target.QuerySelectorAll("form.filter-panel"));
    }

    [Fact]
    public async Task OtherPagesStartWithTheSiteSkipLinkOnly()
    {
        var document = await PageAsync("/about");

        var first = document.Body!.QuerySelectorAll(Focusable)[0];

        Assert.Equal("#main", first.GetAttribute("href"));
        Assert.DoesNotContain(document.QuerySelectorAll("a"), a => a.TextContent.Trim() == "Skip to results");
    }

    private async Task<IDocument> PageAsync(string url)
    {
        using var client = factory.CreateClient();
        return await new HtmlParser().ParseDocumentAsync(await client.GetStringAsync(new Uri(url, UriKind.Relative)));
    }
}
