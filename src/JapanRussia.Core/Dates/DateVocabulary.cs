using JapanRussia.Core.Reference;

namespace JapanRussia.Core.Dates;

/// <summary>
/// The word tables the date recogniser runs on, read once from Reference/date-words.json, so that a new spelling,
/// qualifier or count noun is a one-line data change with no code to touch.
/// </summary>
internal static class DateVocabulary
{
    /// <summary>Fuzzy matching needs a name long enough that one edit cannot turn it into a common word.</summary>
    public const int FuzzyMonthMinLength = 5;

    private static readonly DateWordTables Data = ReferenceData.DateWords;

    /// <summary>Full month names, January first. Index + 1 is the month number.</summary>
    public static readonly string[] MonthNames = [.. Data.MonthNames];

    /// <summary>Abbreviations (with or without a full stop). Valid only next to a day or year number.</summary>
    public static readonly (string Word, int Month)[] MonthAbbreviations = [.. Data.MonthAbbreviations.Select(m => (m.Word, m.Month))];

    /// <summary>Misspellings seen in real sources that edit distance 1 does not reach.</summary>
    public static readonly (string Word, int Month)[] MonthMisspellings = [.. Data.MonthMisspellings.Select(m => (m.Word, m.Month))];

    /// <summary>Monday first, matching <see cref="DayOfWeek"/> via (index + 1) % 7.</summary>
    public static readonly string[] WeekdayNames = [.. Data.WeekdayNames];

    /// <summary>
    /// Capitalised words that may stand before a bare weekday without making it part of a name
    /// ("On Sunday" is a day; "Black Monday" and "Easter Sunday" are not resolved).
    /// </summary>
    public static readonly string[] WeekdayLeadWords = [.. Data.WeekdayLeadWords];

    /// <summary>Words earlier in the clause that make a bare weekday the next one, not the last ("set for Thursday").</summary>
    public static readonly string[] WeekdayAheadWords = [.. Data.WeekdayAheadWords];

    /// <summary>Words before a bare month name that make it a date ("in February", "until March").</summary>
    public static readonly string[] BareMonthLeadWords = [.. Data.BareMonthLeadWords];

    /// <summary>
    /// Hedges written before a date, longest first. Outer qualifiers (by, after, c.) bound a date; inner ones
    /// (early, mid, late, halves) place an event within it. Labels are what the recogniser prints.
    /// </summary>
    public static readonly QualifierPhrase[] QualifierPhrases =
    [
        .. Data.QualifierPhrases.Select(q => new QualifierPhrase(
            Words(q.Words), Enum.Parse<DateQualifier>(q.Qualifier), Enum.Parse<QualifierRole>(q.Role), q.Label)),
    ];

    /// <summary>Nouns that make a preceding year-like number a count ("2000 troops", "1500 km"), and multipliers.</summary>
    public static readonly string[] CountNouns = [.. Data.CountNouns];

    /// <summary>"AM", "p.m.": after a number they make it a clock time ("1100 AM", "[1100.AM]"), as tokens.</summary>
    public static readonly string[][] ClockMarkers = [.. Data.ClockMarkers.Select(m => m.Split(' '))];

    /// <summary>Words before a number that make it an identifier or a page, not a year ("No. 1956", "p. 1956").</summary>
    public static readonly string[] IdentifierLeadWords = [.. Data.IdentifierLeadWords];

    /// <summary>Currency signs before a number make it money.</summary>
    public static readonly string CurrencySigns = Data.CurrencySigns;

    /// <summary>A number followed by one of these words (optionally after a name) is a street address.</summary>
    public static readonly string[] StreetWords = [.. Data.StreetWords];

    /// <summary>Line openers that mark page furniture (bylines, modification stamps), not narrative dates.</summary>
    public static readonly string[][] FurnitureOpeners = [.. Data.FurnitureOpeners.Select(Words)];

    /// <summary>Ordinal words for the centuries the recogniser accepts (years 1000..2100).</summary>
    public static readonly (string[] Words, int Century)[] CenturyOrdinals = [.. Data.CenturyOrdinals.Select(c => (Words(c.Words), c.Century))];

    /// <summary>Small cardinal words used in relative phrases ("the next three years", "a decade after").</summary>
    public static readonly (string Word, int Value)[] NumberWords = [.. Data.NumberWords.Select(n => (n.Word, n.Value))];

    /// <summary>"the following year" (+1), "the previous year" (-1), "the same year" (0).</summary>
    public static readonly (string Word, int Offset)[] RelativeYearWords = [.. Data.RelativeYearWords.Select(r => (r.Word, r.Offset))];

    /// <summary>
    /// Well-known events an offset can hang on ("a decade after World War II"). Start and end years let
    /// "before" count back from the start and "after" count on from the end.
    /// </summary>
    public static readonly EventAnchor[] Events = [.. Data.Events.Select(e => new EventAnchor(Words(e.Words), e.StartYear, e.EndYear))];

    private static string[] Words(string phrase) => phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>How a qualifier phrase bears on the date after it.</summary>
internal enum QualifierRole
{
    /// <summary>Bounds the date from outside: by, after, until, c.</summary>
    Outer,

    /// <summary>Places the event inside the date: early, mid, late.</summary>
    Inner,

    /// <summary>The first half of the date's span, exactly.</summary>
    FirstHalf,

    /// <summary>The second half of the date's span, exactly.</summary>
    SecondHalf,
}

internal sealed record QualifierPhrase(string[] Words, DateQualifier Qualifier, QualifierRole Role, string Label);

/// <summary>An event with known years; a start or end of 0 means "too vague to anchor on".</summary>
internal sealed record EventAnchor(string[] Words, int StartYear, int EndYear);
