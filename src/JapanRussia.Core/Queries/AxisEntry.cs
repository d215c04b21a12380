using JapanRussia.Core.Dates;

namespace JapanRussia.Core.Queries;

/// <summary>
/// An event as the time axis places it: the whole span its date covers, how precisely and with what hedge the source
/// states it, and what a focused mark shows (title and label).
/// </summary>
public sealed record AxisEntry(
    string Id,
    DateOnly Start,
    DateOnly End,
    DatePrecision Precision,
    DateQualifier Qualifier,
    string Label,
    string Title,
    string Era)
{
    /// <summary>True when some part of the span falls in the years [<paramref name="from"/>, <paramref name="to"/>], the rule the filters use.</summary>
    public bool Overlaps(int from, int to) => End.Year >= from && Start.Year <= to;
}
