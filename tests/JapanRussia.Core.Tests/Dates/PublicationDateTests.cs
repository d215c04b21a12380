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

    [Theory]
    [InlineData("Abe-Putin meeting set for Thursday in Vladivostok\nSeptember 2, 2017\nMOSCOW- A meeting has been set for Thursday.", "2017-09-02")]
    [InlineData("Ministry announces program\n\nDecember 13, 2016, 7:48 UTC+3 TOKYO\n\nThe visit is scheduled for December 15-16.", "2016-12-13")]
    [InlineData("Press statements following talks\n\nSeptember 7, 2017, Vladivostok\n\nVladimir Putin and Shinzo Abe made statements.", "2017-09-07")]
    public void AReportsDateLineUnderItsHeadlineDatesIt(string text, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), ReportDateLine.Find(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("7 February 1855: the Treaty of Shimoda is signed\n5 September 1905: the Treaty of Portsmouth is signed")]
    [InlineData("8 February 1904\nJapan attacks Port Arthur.\n9 February: the Battle of Chemulpo Bay.")]
    [InlineData("7 February 1855 Japan and Russia signed the Treaty of Shimoda at the port of Shimoda.")]
    [InlineData("Title\nOn September 2, 2017 the office announced a meeting.")]
    public void AChronologysFirstEntryOrADatedSentenceIsNoDateLine(string text)
    {
        Assert.Null(ReportDateLine.Find(text));
    }

    [Fact]
    public void FurnitureLineYieldsNoMentionButTheBodyStillDoes()
    {
        const string text = "AP News\nPosted: Dec 15, 2016 9:47 AM\nPutin meets Abe in Japan in 2016.";

        var mentions = DateRecognizer.Recognize(text, DateRecognizer.FindPublicationDate(text));

        Assert.Equal(["2016"], mentions.Select(m => text[m.Start..m.End]));
    }
}
