using JapanRussia.Core.Dates;
using JapanRussia.Core.Documents;

namespace JapanRussia.Core.Events;

/// <summary>
/// The date a sentence without one of its own takes from where it stands, and why: a heading that is only a date
/// ("## 1855") dates the first sentence of each paragraph under it; the lead of a dated news report ("… agreed on
/// Friday …") dates the next sentences that go on telling what its actors did that day ("The leaders also agreed …").
/// Anything else breaks the context: another date, a heading, a dateline, a sentence that is not such a telling.
/// </summary>
internal sealed class ContextDate(DateOnly? publishedOn)
{
    /// <summary>A report's lead is about the last days before it was published, not a week before.</summary>
    private const int LeadDaysBeforePublication = 7;

    /// <summary>How many sentences after a lead may continue its day: news gives a lead's details in the next few.</summary>
    private const int MostContinuations = 3;

    private DateMention? _heading;
    private DateMention? _lead;
    private int _continuations;

    /// <summary>A heading sets the date of the paragraphs under it (or clears it, when it is not only a date).</summary>
    public void EnterHeading(string text, PassageSpan heading, IReadOnlyList<DateMention> dates)
    {
        _lead = null;
        _heading = dates.Count == 1 && IsOnlyDate(text, heading, dates[0]) ? dates[0] : null;
    }

    /// <summary>A dateline ("SINGAPORE, Nov. 14 (Reuters) -") or a sentence with dates of its own ends what came before.</summary>
    public void Break() => _lead = null;

    /// <summary>After a sentence with dates: a lead of a dated report when one of its happenings is a recent day.</summary>
    public void Saw(IEnumerable<DateReading> readings)
    {
        _lead = null;
        _continuations = 0;
        if (publishedOn is not { } published)
        {
            return;
        }

        foreach (var reading in readings)
        {
            var date = reading.Slot.Date;
            if (reading.Role == DateRole.Happening && date.Precision == DatePrecision.Day &&
                date.Start <= published && date.Start.DayNumber >= published.DayNumber - LeadDaysBeforePublication)
            {
                _lead = reading.Slot.Mention;
            }
        }
    }

    /// <summary>The date a sentence without dates takes, and the reason, or null.</summary>
    public (DateMention Date, string Reason)? For(DatedSentence sentence, bool firstInPassage)
    {
        if (firstInPassage && _heading is { } heading)
        {
            return Telling.IsTelling(sentence) ? (heading, RoleReasons.HeadingDate) : null;
        }

        if (_lead is { } lead && _continuations < MostContinuations && Telling.IsTelling(sentence))
        {
            _continuations++;
            return (lead, RoleReasons.ContinuesLead);
        }

        _lead = null;
        return null;
    }

    private static bool IsOnlyDate(string text, PassageSpan heading, DateMention date)
    {
        for (var i = heading.Start; i < heading.End; i++)
        {
            if ((i < date.Start || i >= date.End) && !char.IsWhiteSpace(text[i]) && text[i] is not ('#' or '*' or '_' or ':' or '.'))
            {
                return false;
            }
        }

        return true;
    }
}
