using System.Globalization;
using JapanRussia.Core.Dates;

namespace JapanRussia.Core.Tests.Dates;

/// <summary>The Old Style stage: dual dates and dates marked Old Style give one Gregorian date and keep the Julian one the source gave.</summary>
public sealed class OldStyleDatesTests
{
    [Theory]
    [InlineData("The Baltic Fleet was destroyed at Tsushima on 27 May [O.S. 14 May] 1905, and the war ended soon after.", "27 May [O.S. 14 May] 1905", "1905-05-27", DateProvenanceKind.DualDated, "14 May 1905")]
    [InlineData("The treaty was signed on April 25 (May 7), 1875, in St Petersburg.", "April 25 (May 7), 1875", "1875-05-07", DateProvenanceKind.DualDated, "25 April 1875")]
    [InlineData("The treaty was signed on 25 April (7 May) 1875 in St Petersburg.", "25 April (7 May) 1875", "1875-05-07", DateProvenanceKind.DualDated, "25 April 1875")]
    [InlineData("The fleet sailed on 14 (26) May 1905 towards Vladivostok.", "14 (26) May 1905", "1905-05-26", DateProvenanceKind.DualDated, "14 May 1905")]
    [InlineData("The fleet was sunk on 27 May 1905 (O.S. 14 May) off Tsushima.", "27 May 1905 (O.S. 14 May)", "1905-05-27", DateProvenanceKind.DualDated, "14 May 1905")]
    [InlineData("The manifesto was issued on 17 October 1905 (O.S.) by the Tsar.", "17 October 1905 (O.S.)", "1905-10-30", DateProvenanceKind.Converted, "17 October 1905")]
    [InlineData("The manifesto was issued on 17 October 1905 Old Style by the Tsar.", "17 October 1905 Old Style", "1905-10-30", DateProvenanceKind.Converted, "17 October 1905")]
    [InlineData("The treaty was signed on 26 January 1855 (7 February 1855 N.S.) at Shimoda.", "26 January 1855 (7 February 1855 N.S.)", "1855-02-07", DateProvenanceKind.DualDated, "26 January 1855")]
    [InlineData("The embassy arrived on 20 December (1 January) 1854 at Shimoda.", "20 December (1 January) 1854", "1855-01-01", DateProvenanceKind.DualDated, "20 December 1854")]
    [InlineData("The treaty was signed on February 7 (January 26, Old Style), 1855 at Shimoda.", "February 7 (January 26, Old Style), 1855", "1855-02-07", DateProvenanceKind.DualDated, "26 January 1855")]
    [InlineData("The envoys signed it on the 7th of May (25th of April of the Russian calendar), 1875.", "7th of May (25th of April of the Russian calendar), 1875", "1875-05-07", DateProvenanceKind.DualDated, "25 April 1875")]
    [InlineData("The envoys signed it on 7 May (25 April of the Russian calendar), 1875.", "7 May (25 April of the Russian calendar), 1875", "1875-05-07", DateProvenanceKind.DualDated, "25 April 1875")]
    [InlineData("The envoys signed it on the 7th of May (25th of April O.S.), 1875.", "7th of May (25th of April O.S.), 1875", "1875-05-07", DateProvenanceKind.DualDated, "25 April 1875")]
    public void DualOrOldStyleDateGivesOneGregorianDateAndKeepsTheJulianOne(string text, string matched, string gregorian, DateProvenanceKind kind, string julian)
    {
        var mentions = DateRecognizer.Recognize(text);

        Assert.True(mentions.Count == 1, $"Expected one mention: {DateRecognizerTableTests.Describe(text, mentions)}");
        var mention = mentions[0];
        Assert.Equal(matched, text[mention.Start..mention.End]);
        Assert.Equal(gregorian, mention.Date.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Assert.Equal(DatePrecision.Day, mention.Date.Precision);
        Assert.Equal(kind, mention.Provenance.Kind);
        Assert.Equal(DateAnchorKind.OldStyleDate, mention.Provenance.Anchor);
        Assert.Equal(julian, mention.Provenance.AnchorDate);
        Assert.Equal(matched, mention.Provenance.Phrase);
    }

    [Theory]
    [InlineData("The battle of Tsushima was fought on 27–28 May [O.S. 14–15 May] 1905.", "27–28 May [O.S. 14–15 May] 1905", "1905-05-27", "1905-05-28", "27–28 May 1905", "14–15 May 1905")]
    [InlineData("The battle was fought on May 14-15, 1905 (O.S.) in the strait.", "May 14-15, 1905 (O.S.)", "1905-05-27", "1905-05-28", "27–28 May 1905", "14–15 May 1905")]
    public void ARunOfDaysKeepsItsLengthInBothCalendars(string text, string matched, string start, string end, string label, string julian)
    {
        var mention = Assert.Single(DateRecognizer.Recognize(text));

        Assert.Equal(matched, text[mention.Start..mention.End]);
        Assert.Equal(start, mention.Date.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Assert.Equal(end, mention.Date.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Assert.Equal(label, mention.Date.Label);
        Assert.Equal(julian, mention.Provenance.AnchorDate);
    }

    [Theory]
    [InlineData("Talks were held on 5 May (8 May) 1905 in Paris.")]
    [InlineData("The summit ran from 15 (16) December 2016 in Nagato.")]
    [InlineData("The report of 5 May (see above) 1905 is lost.")]
    public void TwoDaysTheCalendarsCannotSeparateAreNotADualDate(string text)
    {
        var mentions = DateRecognizer.Recognize(text);

        Assert.DoesNotContain(mentions, m => m.Provenance.Kind is DateProvenanceKind.DualDated or DateProvenanceKind.Converted);
    }

    private const string JulianChronology =
        "On 2 March 1904 the editors wrote this list. All dates in the list are given in the Julian calendar.\n" +
        "15 March 1904 The general reaches the front.\n(6 February 1904) The envoy leaves the capital.\n" +
        "20 May 1920 The island changes hands.\n";

    [Theory]
    [InlineData("15 March 1904", "1904-03-28", DateProvenanceKind.Converted)]
    [InlineData("2 March 1904", "1904-03-02", DateProvenanceKind.Stated)]
    [InlineData("6 February 1904", "1904-02-06", DateProvenanceKind.Stated)]
    [InlineData("20 May 1920", "1920-05-20", DateProvenanceKind.Stated)]
    public void ADocumentThatSaysItsDatesAreJulianHasItsPlainDaysBefore1918Converted(string matched, string gregorian, DateProvenanceKind kind)
    {
        var mention = DateRecognizer.Recognize(JulianChronology).Single(m => JulianChronology[m.Start..m.End] == matched);

        Assert.Equal(gregorian, mention.Date.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Assert.Equal(kind, mention.Provenance.Kind);
    }

    [Theory]
    [InlineData("In 1905 the war went badly. The fleet sailed on 14 (27) May towards Vladivostok.", "14 (27) May", "1905-05-27")]
    public void DualDateWithoutAYearTakesTheYearStatedBefore(string text, string matched, string gregorian)
    {
        var mention = DateRecognizer.Recognize(text).Single(m => text[m.Start..m.End] == matched);

        Assert.Equal(gregorian, mention.Date.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Assert.Equal(DateProvenanceKind.DualDated, mention.Provenance.Kind);
    }

    [Fact]
    public void AYearAfterAnOldStyleDateCountsFromItsGregorianYear()
    {
        const string text = "The fleet was sunk on 27 May [O.S. 14 May] 1905. The following year, a treaty was ratified.";

        var following = DateRecognizer.Recognize(text).Single(m => text[m.Start..m.End] == "The following year");

        Assert.Equal(1906, following.Date.Start.Year);
        Assert.Equal("27 May 1905", following.Provenance.AnchorDate);
    }
}
