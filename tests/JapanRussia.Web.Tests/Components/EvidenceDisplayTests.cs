using Bunit;
using JapanRussia.Core.Queries;
using JapanRussia.Web.Components.Common;

namespace JapanRussia.Web.Tests.Components;

public sealed class EvidenceDisplayTests : BunitContext
{
    [Theory]
    [InlineData("19 October 1956", "day", "1956-10-19", "1956-10-19", "Exact day")]
    [InlineData("October 1956", "month", "1956-10", "1956-10", "Month given")]
    [InlineData("1956", "year", "1956", "1956", "Year given")]
    [InlineData("1960s", "decade", "1960", null, "Decade given")]
    [InlineData("late 1991", "approximate", "1991", null, "Approximate")]
    public void ADateLabelClaimsNoMoreThanItsPrecision(string label, string precision, string start, string? machineDate, string description)
    {
        var date = Render<DateLabel>(p => p.Add(c => c.Label, label).Add(c => c.Precision, precision).Add(c => c.Start, start));

        var time = date.Find("time");
        Assert.Equal(label, time.TextContent);
        Assert.Equal(machineDate, time.GetAttribute("datetime"));
        Assert.StartsWith(description, time.GetAttribute("title"), StringComparison.Ordinal);
    }

    [Fact]
    public void AnExcerptHighlightsExactlyTheSentenceWithinItsParagraph()
    {
        const string paragraph = "Talks began in 1955. On 19 October 1956 the two countries signed a joint declaration. Trade followed.";
        var sentence = "On 19 October 1956 the two countries signed a joint declaration.";
        var start = paragraph.IndexOf(sentence, StringComparison.Ordinal);
        var source = new SourceContext("e1", 7, "a.txt", "A history", 4, 1000, paragraph, 1000 + start, 1000 + start + sentence.Length);

        var excerpt = Render<ExcerptInContext>(p => p.Add(c => c.Source, source).Add(c => c.Terms, ["declaration"]));

        Assert.Equal(sentence, excerpt.Find("mark.sentence").TextContent);
        Assert.Equal(paragraph, excerpt.Find("blockquote p").TextContent);
        Assert.Equal("declaration", excerpt.Find("mark.sentence mark.match").TextContent);
        Assert.Equal($"/sources/7?highlight={1000 + start}-{1000 + start + sentence.Length}#p-4", excerpt.Find("figcaption a").GetAttribute("href"));
        Assert.Equal("A history", excerpt.Find("cite").TextContent);
    }

    [Fact]
    public void SearchTermsAreMarkedWithoutTreatingTheTextAsMarkup()
    {
        var text = Render<HighlightedText>(p => p
            .Add(c => c.Text, "<b>Kuril</b> islands and the KURILS").Add(c => c.Terms, SearchTerms.Parse("kuril OR \"islands\"")));

        Assert.Equal(["Kuril", "islands", "KURIL"], text.FindAll("mark.match").Select(m => m.TextContent));
        Assert.Empty(text.FindAll("b"));
        Assert.Contains("&lt;b&gt;", text.Markup, StringComparison.Ordinal);
    }
}
