using JapanRussia.Core.Dates;

namespace JapanRussia.Core.Tests.Dates;

public sealed class PublicationDateTests
{
    [Theory]
    [InlineData("A history of rocky relations\n\nAP News\nPosted: Dec 15, 2016 9:47 AM\nA history of rocky relations", "2016-12-15")]
    [InlineData("Join the mailing list\n\nPage last modified: 22-03-2022 10:52:10 ZULU\n", "2022-03-22")]
    [InlineData("Updated: March 3, 2021 08:00\nPublished: 1 March 2021 10:00\nText.", "2021-03-01")]
    [InlineData("Last updated on 5 May 2020\nText.", "2020-05-05")]
    [InlineData("Published 21 March 2022 14:05 JST\nBody.", "2022-03-21")]
    [InlineData("Title\nposted: 2022-03-21\nBody.", "2022-03-21")]
    public void PublicationDateIsReadFromPageFurniture(string text, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), DateRecognizer.FindPublicationDate(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("In 1956 the two countries signed a declaration.")]
    [InlineData("Posted: yesterday by an editor")]
    [InlineData("The report was published on 3 March 2021 by the ministry.")]
    public void TextWithoutAStampHasNoPublicationDate(string text)
    {
        Assert.Null(DateRecognizer.FindPublicationDate(text));
    }

    [Fact]
    public void FurnitureLineYieldsNoMentionButTheBodyStillDoes()
    {
        const string text = "AP News\nPosted: Dec 15, 2016 9:47 AM\nPutin meets Abe in Japan in 2016.";

        var mentions = DateRecognizer.Recognize(text, DateRecognizer.FindPublicationDate(text));

        Assert.Equal(["2016"], mentions.Select(m => text[m.Start..m.End]));
    }
}
