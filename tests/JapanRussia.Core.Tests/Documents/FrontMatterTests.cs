using System.Text;
using JapanRussia.Core.Documents;

namespace JapanRussia.Core.Tests.Documents;

public sealed class FrontMatterTests
{
    private static SourceDocument Read(string text, string fileName = "doc.md") => DocumentReader.Read(fileName, Encoding.UTF8.GetBytes(text));

    [Fact]
    public void FrontMatterGivesTitleSourceAndPublicationDateAndIsNotPartOfTheText()
    {
        var document = Read("---\ntitle: Russia to halt peace treaty talks with Japan\nsource: https://example.org/article\npublished: 2022-03-21\n---\nRussia said Monday it would halt talks.\n");

        Assert.Equal("Russia to halt peace treaty talks with Japan", document.Title);
        Assert.Equal(new Uri("https://example.org/article"), document.SourceUrl);
        Assert.Equal(new DateOnly(2022, 3, 21), document.PublishedOn);
        Assert.Equal("Russia said Monday it would halt talks.\n", document.Text);
    }

    [Fact]
    public void WithoutFrontMatterTheTitleIsTheFirstNonEmptyLineAndThereIsNoPublicationDate()
    {
        var document = Read("\n\n  Japan–Russia relations  \n\nRelations between Russia and Japan are a continuation.\n");

        Assert.Equal("Japan–Russia relations", document.Title);
        Assert.Null(document.PublishedOn);
        Assert.Null(document.SourceUrl);
        Assert.StartsWith("\n\n  Japan–Russia relations", document.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("---\ntitle: Never closed\nThe body starts here.\n", "title: Never closed")]
    [InlineData("---\ntitle: Has a line that is not a key\njust prose here\n---\nBody.\n", "title: Has a line that is not a key")]
    public void MalformedFrontMatterIsTreatedAsBodySoNothingIsLost(string text, string title)
    {
        var document = Read(text);

        Assert.Equal(text, document.Text);
        Assert.Equal(title, document.Title);
        Assert.Null(document.PublishedOn);
    }

    [Theory]
    [InlineData("source: javascript:alert(1)", null)]
    [InlineData("source: not a url", null)]
    [InlineData("source: http://example.org/x", "http://example.org/x")]
    public void OnlyHttpAndHttpsSourceUrlsAreKept(string line, string? expected)
    {
        var document = Read($"---\n{line}\n---\nBody.\n");

        Assert.Equal(expected, document.SourceUrl?.ToString());
    }

    [Theory]
    [InlineData("published: 2022-13-01")]
    [InlineData("published: yesterday")]
    public void AnInvalidPublicationDateIsAbsentRatherThanGuessed(string line)
    {
        var document = Read($"---\ntitle: T\n{line}\n---\nBody.\n");

        Assert.Null(document.PublishedOn);
        Assert.Equal("T", document.Title);
    }

    [Fact]
    public void AFirstLineThatIsAWholeSentenceIsNotATitle()
    {
        var document = Read("Historically, the two countries had cordial relations until a clash of territorial ambitions in the Manchuria region of northeastern China led to the Russo–Japanese War in 1904.\nMore.");

        Assert.Equal("Untitled text, 1904", document.Title);
    }

    [Fact]
    public void QuotedValuesAreUnquoted()
    {
        var document = Read("---\ntitle: \"Talks: a history\"\n---\nBody.\n");

        Assert.Equal("Talks: a history", document.Title);
    }
}
