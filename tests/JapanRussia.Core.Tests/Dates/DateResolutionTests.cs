using System.Globalization;
using JapanRussia.Core.Dates;

namespace JapanRussia.Core.Tests.Dates;

/// <summary>Underspecified dates resolved against the preceding text and the publication date, over several sentences.</summary>
public sealed class DateResolutionTests
{
    private static DateMention Find(IReadOnlyList<DateMention> mentions, string text, string matched)
    {
        var mention = mentions.FirstOrDefault(m => text[m.Start..m.End] == matched);
        Assert.True(mention is not null, $"No mention \"{matched}\" in: {DateRecognizerTableTests.Describe(text, mentions)}");
        return mention!;
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public void MonthAndDayInheritTheYearStatedEarlierInTheDocument()
    {
        const string text = "On January 30, 2010, Russian border guards engaged in a dispute with two Japanese fishing boats.[5]\n\n"
            + "After the election of the new Japanese Prime Minister, Naoto Kan, a statement was made.[6] "
            + "Medvedev visited Kunashir Island on November 1 where he described the Kuril islands as important.";

        var mention = Find(DateRecognizer.Recognize(text, new DateOnly(2022, 3, 21)), text, "November 1");

        Assert.Equal("2010-11-01", Iso(mention.Date.Start));
        Assert.Equal(DatePrecision.Day, mention.Date.Precision);
        Assert.Equal("1 November 2010", mention.Date.Label);
    }

    [Fact]
    public void AbbreviatedMonthAndDayInheritTheTimelineYear()
    {
        const string text = "— 1945: The Soviet Union declares war on Japan a week before Tokyo's Aug. 15 surrender.";

        var mention = Find(DateRecognizer.Recognize(text), text, "Aug. 15");

        Assert.Equal("1945-08-15", Iso(mention.Date.Start));
    }

    [Fact]
    public void TheFollowingYearCountsFromTheLastStatedYear()
    {
        const string text = "Relations began in 1854. The following year, a treaty was signed.";

        var mention = Find(DateRecognizer.Recognize(text), text, "The following year");

        Assert.Equal("1855-01-01", Iso(mention.Date.Start));
        Assert.Equal("1855-12-31", Iso(mention.Date.End));
        Assert.Equal(DatePrecision.Year, mention.Date.Precision);
        Assert.Equal("1855", mention.Date.Label);
    }

    [Fact]
    public void TheFollowingYearOfAStatedYearTakesTheStatedYear()
    {
        const string text = "Relations began in 1850, which led to the signing of the treaty in the following year of 1855.";

        var mention = Find(DateRecognizer.Recognize(text), text, "the following year of 1855");

        Assert.Equal("1855", mention.Date.Label);
    }

    [Fact]
    public void TheNextYearCountsFromTheLastStatedYear()
    {
        const string text = "The declaration was signed in October 1956. The next year, trade expanded.";

        var mention = Find(DateRecognizer.Recognize(text), text, "The next year");

        Assert.Equal("1957", mention.Date.Label);
    }

    [Fact]
    public void TheNextThreeYearsSpanTheYearsAfterTheReference()
    {
        const string text = "Other talks, including an October 1973 meeting, were held in Moscow during the next three years, but the deadlock continued.";

        var mention = Find(DateRecognizer.Recognize(text), text, "the next three years");

        Assert.Equal("1974-01-01", Iso(mention.Date.Start));
        Assert.Equal("1976-12-31", Iso(mention.Date.End));
        Assert.Equal("1974–1976", mention.Date.Label);
    }

    [Fact]
    public void YearsLaterCountsFromTheLastStatedYear()
    {
        const string text = "Diplomatic ties were restored in 1956. Two years later a trade pact followed.";

        var mention = Find(DateRecognizer.Recognize(text), text, "Two years later");

        Assert.Equal("1958", mention.Date.Label);
    }

    [Fact]
    public void RelativeYearWithoutAnyReferenceYieldsNoMention()
    {
        Assert.Empty(DateRecognizer.Recognize("The following year, a treaty was signed. Two years later it lapsed."));
    }

    [Theory]
    [InlineData("Kishida said Monday that talks were over.", "Monday", "2022-03-21")]
    [InlineData("Announcing the sanctions on Sunday, Kishida said the invasion was unacceptable.", "Sunday", "2022-03-20")]
    [InlineData("On Friday the ministry replied.", "Friday", "2022-03-18")]
    [InlineData("Talks last Tuesday were short.", "Tuesday", "2022-03-15")]
    public void WeekdayResolvesToTheLatestSuchDayOnOrBeforePublication(string text, string matched, string expected)
    {
        var mention = Find(DateRecognizer.Recognize(text, new DateOnly(2022, 3, 21)), text, matched);

        Assert.Equal(expected, Iso(mention.Date.Start));
        Assert.Equal(DatePrecision.Day, mention.Date.Precision);
    }

    [Theory]
    [InlineData("A meeting has been set for Thursday in Vladivostok.", "Thursday", "2022-03-24")]
    [InlineData("The summit will be held on the fringe of the forum from Wednesday.", "Wednesday", "2022-03-23")]
    [InlineData("The talks are scheduled for Monday.", "Monday", "2022-03-21")]
    [InlineData("A meeting has been set for Thursday, the office announced Friday.", "Friday", "2022-03-18")]
    public void WeekdayTheClauseLooksForwardToResolvesToTheNextSuchDay(string text, string matched, string expected)
    {
        var mention = Find(DateRecognizer.Recognize(text, new DateOnly(2022, 3, 21)), text, matched);

        Assert.Equal(expected, Iso(mention.Date.Start));
    }

    [Theory]
    [InlineData("Kishida said Monday that talks were over.")]
    [InlineData("Announcing the sanctions on Sunday, Kishida spoke.")]
    public void WeekdayWithoutPublicationDateYieldsNoMention(string text)
    {
        Assert.Empty(DateRecognizer.Recognize(text));
    }

    [Theory]
    [InlineData("The minister will visit Moscow on March 3 for talks.", "March 3", "2022-03-03")]
    [InlineData("The ministers met on December 20 in Tokyo.", "December 20", "2021-12-20")]
    [InlineData("The ministers met on 20 December in Tokyo.", "20 December", "2021-12-20")]
    public void MonthAndDayWithoutAnyPrecedingYearUseThePublicationYearButNotAFutureDate(string text, string matched, string expected)
    {
        var mention = Find(DateRecognizer.Recognize(text, new DateOnly(2022, 3, 21)), text, matched);

        Assert.Equal(expected, Iso(mention.Date.Start));
    }

    [Fact]
    public void PrecedingYearWinsOverThePublicationYear()
    {
        const string text = "In 2016 the leaders met twice. They met again on December 15 in Nagato.";

        var mention = Find(DateRecognizer.Recognize(text, new DateOnly(2022, 3, 21)), text, "December 15");

        Assert.Equal("2016-12-15", Iso(mention.Date.Start));
    }

    [Theory]
    [InlineData("Tokyo joined the sanctions two years ago.", "two years ago", "2014-01-01", DatePrecision.Year)]
    [InlineData("The premier visited Moscow two decades ago.", "two decades ago", "1996-01-01", DatePrecision.Approximate)]
    public void YearsAgoCountBackFromThePublicationDate(string text, string matched, string start, DatePrecision precision)
    {
        var mention = Find(DateRecognizer.Recognize(text, new DateOnly(2016, 12, 15)), text, matched);

        Assert.Equal((start, precision), (Iso(mention.Date.Start), mention.Date.Precision));
        Assert.Equal(DateProvenanceKind.WorkedOut, mention.Provenance.Kind);
    }

    [Fact]
    public void YearsAgoWithoutAPublicationDateYieldNoMention()
    {
        Assert.Empty(DateRecognizer.Recognize("Tokyo joined the sanctions two years ago."));
    }

    [Fact]
    public void APrecedingYearAfterThePublicationYearIsNotInherited()
    {
        const string text = "A new forum is planned for 2023. In March the ministers met in Tokyo.";

        var mention = Find(DateRecognizer.Recognize(text, new DateOnly(2022, 9, 1)), text, "March");

        Assert.Equal("2022-03-01", Iso(mention.Date.Start));
    }

    [Fact]
    public void MonthAndDayWithoutAnyYearOrPublicationYieldNoMention()
    {
        Assert.Empty(DateRecognizer.Recognize("Medvedev visited Kunashir Island on November 1."));
    }

    [Fact]
    public void DayRangeWithRepeatedMonthInheritsTheYear()
    {
        const string text = "In 1945, the Red Army advanced. Fighting lasted from August 6 to August 30 in Manchuria.";

        var mention = Find(DateRecognizer.Recognize(text), text, "from August 6 to August 30");

        Assert.Equal("1945-08-06", Iso(mention.Date.Start));
        Assert.Equal("1945-08-30", Iso(mention.Date.End));
        Assert.Equal("6–30 August 1945", mention.Date.Label);
    }

    [Fact]
    public void DayRangeAcrossMonthsInheritsTheYear()
    {
        const string text = "The 2016 forum was busy. It ran from August 28 to September 5 in Vladivostok.";

        var mention = Find(DateRecognizer.Recognize(text), text, "from August 28 to September 5");

        Assert.Equal("2016-08-28", Iso(mention.Date.Start));
        Assert.Equal("2016-09-05", Iso(mention.Date.End));
        Assert.Equal("28 August – 5 September 2016", mention.Date.Label);
    }

    [Fact]
    public void BareMonthAfterAPrepositionTakesTheCurrentYear()
    {
        const string text = "In November 2019, Japan's foreign minister stated he would visit Russia in December for talks.";

        var mention = Find(DateRecognizer.Recognize(text), text, "December");

        Assert.Equal("2019-12-01", Iso(mention.Date.Start));
        Assert.Equal("2019-12-31", Iso(mention.Date.End));
        Assert.Equal(DatePrecision.Month, mention.Date.Precision);
        Assert.Equal("December 2019", mention.Date.Label);
    }

    [Fact]
    public void BareMonthPrefersARecentMentionOfTheSameMonth()
    {
        const string text = "Preparations began with talks in February 2016, NHK news reported on 30 December 2015. "
            + "The deputies will discuss the visit at a meeting in Moscow in February, according to the report.";

        var mentions = DateRecognizer.Recognize(text);
        var mention = mentions[^1];

        Assert.Equal("February", text[mention.Start..mention.End]);
        Assert.Equal("February 2016", mention.Date.Label);
    }

    [Fact]
    public void BareMayIsNotAMonth()
    {
        const string text = "At Yalta in February 1945, Stalin promised to act after the defeat of Germany, which took place in May.";

        var mentions = DateRecognizer.Recognize(text);

        Assert.Equal(["February 1945"], mentions.Select(m => text[m.Start..m.End]));
    }

    [Fact]
    public void ExplicitDatesUpdateTheReferenceForLaterInheritedDays()
    {
        const string text = "In 1998 the leaders met at Kawana. On November 1, 1997 they had met at Krasnoyarsk. They met again on April 18.";

        var mention = Find(DateRecognizer.Recognize(text), text, "April 18");

        Assert.Equal("1997-04-18", Iso(mention.Date.Start));
    }

    [Fact]
    public void MentionsOfATimelineComeInTextOrderWithoutMoneyOrCounts()
    {
        const string text = "Economic cooperation expanded rapidly during the 1970s. By 1979 overall trade had reached US$4.4 billion annually. "
            + "Japan-Soviet trade in 1988 was valued at nearly US$6 billion. Due to the invasion, 56 islands of the Kuril chain "
            + "were in 1946 incorporated into the Soviet Union, 90 days after the defeat of Germany.[8]";

        var mentions = DateRecognizer.Recognize(text);

        Assert.Equal(["1970s", "By 1979", "1988", "1946"], mentions.Select(m => text[m.Start..m.End]));
    }

    [Theory]
    [InlineData("The meeting in June is still being prepared.", "2019-05-10", "June", "2019-06-01")]
    [InlineData("In March the ministers resumed their consultations.", "2017-09-07", "March", "2017-03-01")]
    [InlineData("On December 15 Putin will arrive in Yamaguchi.", "2016-12-13", "December 15", "2016-12-15")]
    [InlineData("In December the two sides agreed on joint activities.", "2017-03-30", "December", "2016-12-01")]
    public void AReportsBareMonthIsTheLastOneUnlessTheComingOneIsWeeksAway(string text, string published, string matched, string expected)
    {
        var mention = Find(DateRecognizer.Recognize(text, DateOnly.Parse(published, CultureInfo.InvariantCulture)), text, matched);

        Assert.Equal(expected, Iso(mention.Date.Start));
    }

    [Theory]
    [InlineData("MAY 1904\n==May.05 > The 2nd Army lands - THE PORT ARTHUR CAMPAIGN to Jan.1905\n==May.06 > Japanese forces defeat the Russians", "May.06", "1904-05-06")]
    [InlineData("The Climax of the War, January to November 1905\n==Jan.01 > The Japanese take the Wantai fortress", "Jan.01", "1905-01-01")]
    [InlineData("30 July 201811:05\nComment by the Information and Press Department", "30 July 2018", "2018-07-30")]
    public void ASpansFarEndMovesTheYearOnOnlyWhenNoneWasStatedAndAStampsGluedYearIsRead(string text, string matched, string expected)
    {
        var mention = Find(DateRecognizer.Recognize(text), text, matched);

        Assert.Equal(expected, Iso(mention.Date.Start));
    }
}
