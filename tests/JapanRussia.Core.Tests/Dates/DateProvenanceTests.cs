using JapanRussia.Core.Dates;

namespace JapanRussia.Core.Tests.Dates;

/// <summary>Every date says how it was obtained: stated, completed from a date before, or worked out from a phrase and an anchor.</summary>
public sealed class DateProvenanceTests
{
    private static readonly DateOnly Published = new(2022, 3, 21);

    [Theory]
    [InlineData("Russia and Japan signed a treaty on 19 October 1956 in Moscow.", "19 October 1956", "19 October 1956", DateProvenanceKind.Stated, DateAnchorKind.None, null, null)]
    [InlineData("The war began in 1904. In June the fleet sailed.", "June", "June 1904", DateProvenanceKind.Completed, DateAnchorKind.SentenceBefore, "In June", "1904")]
    [InlineData("The war began in 1904 and in June the fleet sailed.", "June", "June 1904", DateProvenanceKind.Completed, DateAnchorKind.SameSentence, "in June", "1904")]
    [InlineData("The war began in 1904.\n\nIn June the fleet sailed.", "June", "June 1904", DateProvenanceKind.Completed, DateAnchorKind.EarlierParagraph, "In June", "1904")]
    [InlineData("The war began in 1904. Troops landed. In June the fleet sailed.", "June", "June 1904", DateProvenanceKind.Completed, DateAnchorKind.EarlierSentence, "In June", "1904")]
    [InlineData("Announcing the sanctions on Sunday, Kishida said the invasion was illegal.", "Sunday", "20 March 2022", DateProvenanceKind.WorkedOut, DateAnchorKind.PublicationDate, "on Sunday", "21 March 2022")]
    [InlineData("Putin visited Kunashir on November 1 and spoke to the press.", "November 1", "1 November 2021", DateProvenanceKind.Completed, DateAnchorKind.PublicationDate, "on November 1", "21 March 2022")]
    [InlineData("Relations began in 1854. The following year, a treaty was signed.", "The following year", "1855", DateProvenanceKind.WorkedOut, DateAnchorKind.SentenceBefore, "The following year", "1854")]
    [InlineData("The islands were occupied in 1945. Two decades later, talks resumed.", "Two decades later", "c. 1965", DateProvenanceKind.WorkedOut, DateAnchorKind.SentenceBefore, "Two decades later", "1945")]
    [InlineData("A decade after World War II, talks began in London.", "A decade after World War II", "c. 1955", DateProvenanceKind.WorkedOut, DateAnchorKind.KnownEvent, "A decade after World War II", "1945")]
    [InlineData("Relations began in 1850, and the treaty came in the following year of 1855.", "the following year of 1855", "1855", DateProvenanceKind.Stated, DateAnchorKind.None, null, null)]
    [InlineData("Talks were planned for February 2016, NHK reported on 30 December 2015. They met in February in Moscow.", "February", "February 2016", DateProvenanceKind.Completed, DateAnchorKind.SentenceBefore, "in February", "February 2016")]
    public void DateCarriesHowItWasObtained(
        string text, string matched, string label, DateProvenanceKind kind, DateAnchorKind anchor, string? phrase, string? anchorDate)
    {
        var mentions = DateRecognizer.Recognize(text, Published);

        var mention = mentions.LastOrDefault(m => text[m.Start..m.End] == matched);
        Assert.True(mention is not null, $"No \"{matched}\": {DateRecognizerTableTests.Describe(text, mentions)}");
        Assert.Equal(label, mention!.Date.Label);
        Assert.Equal(kind, mention.Provenance.Kind);
        Assert.Equal(anchor, mention.Provenance.Anchor);
        Assert.Equal(phrase, mention.Provenance.Phrase);
        Assert.Equal(anchorDate, mention.Provenance.AnchorDate);
    }

    [Theory]
    [InlineData("They met on Sunday in Tokyo.")]
    [InlineData("In June the fleet sailed.")]
    public void AYearThatCannotBeKnownIsNotInvented(string text)
    {
        var mentions = DateRecognizer.Recognize(text, publishedOn: null);

        Assert.Empty(mentions);
    }

    [Theory]
    [InlineData(DateProvenanceKind.WorkedOut, "on Sunday", DateAnchorKind.PublicationDate, "21 March 2022", "worked out from “on Sunday” and the report's date, 21 March 2022")]
    [InlineData(DateProvenanceKind.Completed, "in May", DateAnchorKind.SentenceBefore, "1904", "completed from the sentence before, 1904: the source says “in May”")]
    [InlineData(DateProvenanceKind.Converted, "14 May 1905 (O.S.)", DateAnchorKind.OldStyleDate, "14 May 1905", "converted from Old Style 14 May 1905: the source says “14 May 1905 (O.S.)”")]
    [InlineData(DateProvenanceKind.Stated, null, DateAnchorKind.None, null, null)]
    public void NoteSaysHowTheDateWasObtained(DateProvenanceKind kind, string? phrase, DateAnchorKind anchor, string? anchorDate, string? note) =>
        Assert.Equal(note, DateProvenanceText.Note(new DateProvenance(kind, phrase, anchor, anchorDate)));

    [Fact]
    public void EventProvenanceIsTheStrongestAmongSourcesGivingItsDate()
    {
        var day = new HistoricalDate(new DateOnly(2022, 3, 20), new DateOnly(2022, 3, 20), DatePrecision.Day, DateQualifier.None, "20 March 2022");
        var month = new HistoricalDate(new DateOnly(2022, 3, 1), new DateOnly(2022, 3, 31), DatePrecision.Month, DateQualifier.None, "March 2022");
        var workedOut = new DateProvenance(DateProvenanceKind.WorkedOut, "on Sunday", DateAnchorKind.PublicationDate, "21 March 2022");
        var completed = new DateProvenance(DateProvenanceKind.Completed, "on 20 March", DateAnchorKind.PublicationDate, "21 March 2022");

        Assert.Equal(DateProvenanceKind.Completed, DateProvenance.Strongest(day, [(day, workedOut), (day, completed), (month, DateProvenance.Stated)])!.Kind);
        Assert.Equal(DateProvenanceKind.Stated, DateProvenance.Strongest(month, [(day, workedOut), (month, DateProvenance.Stated)])!.Kind);
    }
}
