namespace JapanRussia.Core.Dates;

/// <summary>A date expression found in a text: its character span [Start, End) and what it means.</summary>
public sealed record DateMention(int Start, int End, HistoricalDate Date)
{
    public int Length => End - Start;
}
