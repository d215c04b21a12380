namespace JapanRussia.Core.Reference;

/// <summary>The words the date recogniser reads (Reference/date-words.json); phrases are space-separated tokens.</summary>
public sealed record DateWordTables(
    IReadOnlyList<string> MonthNames,
    IReadOnlyList<DateWordTables.NumberedWord> MonthAbbreviations,
    IReadOnlyList<DateWordTables.NumberedWord> MonthMisspellings,
    IReadOnlyList<string> WeekdayNames,
    IReadOnlyList<string> WeekdayLeadWords,
    IReadOnlyList<string> BareMonthLeadWords,
    IReadOnlyList<DateWordTables.QualifierWords> QualifierPhrases,
    IReadOnlyList<string> CountNouns,
    IReadOnlyList<string> IdentifierLeadWords,
    string CurrencySigns,
    IReadOnlyList<string> StreetWords,
    IReadOnlyList<string> FurnitureOpeners,
    IReadOnlyList<DateWordTables.CenturyWords> CenturyOrdinals,
    IReadOnlyList<DateWordTables.NumberWord> NumberWords,
    IReadOnlyList<DateWordTables.OffsetWord> RelativeYearWords,
    IReadOnlyList<DateWordTables.EventYears> Events,
    IReadOnlyList<string> ClockMarkers,
    IReadOnlyList<string> WeekdayAheadWords)
{
    public sealed record NumberedWord(string Word, int Month);

    public sealed record QualifierWords(string Words, string Qualifier, string Role, string Label);

    public sealed record CenturyWords(string Words, int Century);

    public sealed record NumberWord(string Word, int Value);

    public sealed record OffsetWord(string Word, int Offset);

    public sealed record EventYears(string Words, int StartYear, int EndYear);
}
