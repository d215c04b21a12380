using System.Globalization;
using JapanRussia.Core.Dates;

namespace JapanRussia.Core.Tests.Dates;

public sealed class DateRecognizerTableTests
{
    /// <summary>A publication date that is never the answer, so negative cases also prove weekdays stay quiet.</summary>
    private static readonly DateOnly Published = new(2022, 3, 21);

    [Theory]
    [MemberData(nameof(DateRecognizerCases.Days), MemberType = typeof(DateRecognizerCases))]
    public void DayExpressionIsRecognisedWithItsSpanAndLabel(
        string text, string matched, string start, string end, DatePrecision precision, DateQualifier qualifier, string label) =>
        AssertSingleMention(text, matched, start, end, precision, qualifier, label);

    [Theory]
    [MemberData(nameof(DateRecognizerCases.Months), MemberType = typeof(DateRecognizerCases))]
    public void MonthExpressionIsRecognisedWithItsSpanAndLabel(
        string text, string matched, string start, string end, DatePrecision precision, DateQualifier qualifier, string label) =>
        AssertSingleMention(text, matched, start, end, precision, qualifier, label);

    [Theory]
    [MemberData(nameof(DateRecognizerCases.Years), MemberType = typeof(DateRecognizerCases))]
    public void YearAndYearRangeAreRecognisedWithTheirSpanAndLabel(
        string text, string matched, string start, string end, DatePrecision precision, DateQualifier qualifier, string label) =>
        AssertSingleMention(text, matched, start, end, precision, qualifier, label);

    [Theory]
    [MemberData(nameof(DateRecognizerCases.DecadesAndCenturies), MemberType = typeof(DateRecognizerCases))]
    public void DecadeAndCenturyCoverTheirWholeSpan(
        string text, string matched, string start, string end, DatePrecision precision, DateQualifier qualifier, string label) =>
        AssertSingleMention(text, matched, start, end, precision, qualifier, label);

    [Theory]
    [MemberData(nameof(DateRecognizerCases.Qualified), MemberType = typeof(DateRecognizerCases))]
    public void QualifierIsKeptInSpanAndLabel(
        string text, string matched, string start, string end, DatePrecision precision, DateQualifier qualifier, string label) =>
        AssertSingleMention(text, matched, start, end, precision, qualifier, label);

    [Theory]
    [MemberData(nameof(DateRecognizerCases.Relative), MemberType = typeof(DateRecognizerCases))]
    public void OffsetFromAKnownEventIsApproximate(
        string text, string matched, string start, string end, DatePrecision precision, DateQualifier qualifier, string label) =>
        AssertSingleMention(text, matched, start, end, precision, qualifier, label);

    [Theory]
    [MemberData(nameof(DateRecognizerCases.NotDates), MemberType = typeof(DateRecognizerCases))]
    public void NonDateNumberAndPageFurnitureYieldNoMention(string text)
    {
        var mentions = DateRecognizer.Recognize(text, Published);

        Assert.True(mentions.Count == 0, $"Unexpected: {Describe(text, mentions)}");
    }

    internal static void AssertSingleMention(
        string text, string matched, string start, string end, DatePrecision precision, DateQualifier qualifier, string label)
    {
        var mentions = DateRecognizer.Recognize(text);

        Assert.True(mentions.Count == 1, $"Expected one mention in \"{text}\": {Describe(text, mentions)}");
        var mention = mentions[0];
        Assert.Equal(matched, text[mention.Start..mention.End]);
        Assert.Equal(text.IndexOf(matched, StringComparison.Ordinal), mention.Start);
        Assert.Equal(start, mention.Date.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Assert.Equal(end, mention.Date.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Assert.Equal(precision, mention.Date.Precision);
        Assert.Equal(qualifier, mention.Date.Qualifier);
        Assert.Equal(label, mention.Date.Label);
    }

    internal static string Describe(string text, IReadOnlyList<DateMention> mentions) =>
        string.Join("; ", mentions.Select(m => $"[{text[m.Start..m.End]}] {m.Date.Start:yyyy-MM-dd}..{m.Date.End:yyyy-MM-dd} {m.Date.Precision} {m.Date.Qualifier} '{m.Date.Label}'"));
}
