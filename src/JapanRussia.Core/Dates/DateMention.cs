namespace JapanRussia.Core.Dates;

/// <summary>A date expression found in a text: its character span [Start, End), what it means, and how it was obtained.</summary>
public sealed record DateMention(int Start, int End, HistoricalDate Date)
{
    public int Length => End - Start;

    /// <summary>Stated unless the words left something out (a year, a calendar) that was supplied from elsewhere.</summary>
    public DateProvenance Provenance { get; init; } = DateProvenance.Stated;
}
