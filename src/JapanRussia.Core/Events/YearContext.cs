using JapanRussia.Core.Dates;

namespace JapanRussia.Core.Events;

/// <summary>
/// Whether the year of a date that does not write one ("Nov. 14", "the following year") can be known. After a
/// dateline in a document without a publication date it cannot: the recogniser would borrow a year from an unrelated
/// report before it, so such dates are dropped until a date writes its year again.
/// </summary>
internal sealed class YearContext(string text, DateOnly? publishedOn)
{
    private bool _unknown;

    public void Break() => _unknown = publishedOn is null;

    /// <summary>The dates of a sentence whose year can be known.</summary>
    public List<DateMention> Keep(List<DateMention> dates)
    {
        if (!_unknown)
        {
            return dates;
        }

        var kept = new List<DateMention>(dates.Count);
        foreach (var date in dates)
        {
            if (WritesYear(date))
            {
                _unknown = false;
            }

            if (!_unknown)
            {
                kept.Add(date);
            }
        }

        return kept;
    }

    private bool WritesYear(DateMention date)
    {
        var run = 0;
        for (var i = date.Start; i < date.End; i++)
        {
            run = char.IsAsciiDigit(text[i]) ? run + 1 : 0;
            if (run == 4)
            {
                return true;
            }
        }

        return text.AsSpan(date.Start, date.End - date.Start).Contains("century", StringComparison.OrdinalIgnoreCase);
    }
}
