using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using JapanRussia.Core.Dates;

namespace JapanRussia.Core.Tests.Dates;

public sealed class DateRecognizerPropertyTests
{
    /// <summary>Pieces of date-like prose, so random strings reach the grammar's corners, not just its front door.</summary>
    private static readonly string[] Fragments =
    [
        "1956", "1904", "-", "–", "--", "5", "05", "15", "31", "(", ")", ",", ".", " ", " ", " ", "\n", "May", "March",
        "Marach", "Aug", "December", "Monday", "mid", "early", "late", "by", "the", "following", "year", "next",
        "three", "years", "decade", "after", "World War II", "1960s", "19th", "century", "nineteenth", "c.", "$",
        "US$", "%", "troops", "2000", "2100", "2101", "0999", "Posted:", "9:47", "[14]", "2+2", "from", "to",
        "between", "and", "since", "until", "first half of", "'s", "/", "1,000", "4.4", "Sunday", "of", "Woodrow Wilson",
    ];

    [Property(MaxTest = 300)]
    public bool RecognizeNeverThrowsAndReturnsOrderedNonOverlappingSpansForArbitraryText(string text) =>
        SpansAreWellFormed(text);

    [Property(MaxTest = 500)]
    public Property RecognizeNeverThrowsOnDateLikeFragmentSoup() =>
        Prop.ForAll(
            Gen.Elements(Fragments).ListOf().Select(parts => string.Concat(parts)).ToArbitrary(),
            SpansAreWellFormed);

    [Fact]
    public void NullTextHasNoMentionsAndNoPublicationDate()
    {
        Assert.Empty(DateRecognizer.Recognize(null!));
        Assert.Null(DateRecognizer.FindPublicationDate(null!));
    }

    private static bool SpansAreWellFormed(string? text)
    {
        var mentions = DateRecognizer.Recognize(text!, new DateOnly(2022, 3, 21));
        _ = DateRecognizer.FindPublicationDate(text!);
        var previousEnd = 0;
        foreach (var mention in mentions)
        {
            if (mention.Start < previousEnd || mention.End <= mention.Start || mention.End > (text?.Length ?? 0)
                || mention.Date.End < mention.Date.Start || string.IsNullOrEmpty(mention.Date.Label))
            {
                return false;
            }

            previousEnd = mention.End;
        }

        return true;
    }
}
