using JapanRussia.Core.Documents;

namespace JapanRussia.Core.Tests.Documents;

/// <summary>The engine's view of a text: invisible characters out, every offset mapping back to the stored text.</summary>
public sealed class ExtractionTextTests
{
    [Theory]
    [InlineData("In 1956 they met.", "In 1956 they met.")]
    [InlineData("fish\u00ADing", "fishing")]
    [InlineData("con\u200Dvention", "convention")]
    [InlineData("2\u200BMay", "2 May")]
    [InlineData("\u200Eright\u200F", "right")]
    [InlineData("\uFEFFIn 1956\u2060", "In 1956")]
    [InlineData("\u2066Tokyo\u2069", "Tokyo")]
    public void InvisibleCharactersAreOutOfTheEnginesText(string stored, string seen)
    {
        Assert.Equal(seen, ExtractionText.For(stored).Text);
    }

    [Fact]
    public void TextWithoutInvisibleCharactersIsItsOwnView()
    {
        var view = ExtractionText.For("On 2 May 1911 they met.");

        Assert.True(view.IsIdentity);
        Assert.Equal(5, view.ToStored(5));
        Assert.Equal(5, view.FromStored(5));
    }

    [Theory]
    [InlineData("a fish\u00ADing b", "fishing", "fish\u00ADing")]
    [InlineData("\u200Eon 2 May\u200F.", "2 May", "2 May")]
    [InlineData("x \u2066Tokyo\u2069 y", "Tokyo", "Tokyo")]
    [InlineData("x \u00ADTokyo y", "Tokyo y", "Tokyo y")]
    public void ASpanOfTheEnginesTextMapsToTheStoredCharactersItCovers(string stored, string seenWords, string storedWords)
    {
        var view = ExtractionText.For(stored);
        var start = view.Text.IndexOf(seenWords, StringComparison.Ordinal);

        var span = view.ToStored(new TextSpan(start, start + seenWords.Length));

        Assert.Equal(storedWords, stored[span.Start..span.End]);
        Assert.Equal(start, view.FromStored(span.Start));
    }
}
