using JapanRussia.Core.Dates;
using JapanRussia.Core.Documents;

namespace JapanRussia.Core.Events;

/// <summary>
/// The date a sentence without one of its own takes from where it stands, and why: in a chronology whose headings open
/// with dates ("## 1855", "30 Jan 1902 Anglo-Japanese Alliance"), a heading dates the first sentence of each paragraph under it; elsewhere a
/// date line ("September 7, 2017, Vladivostok") dates only the first whole sentence after it, when that sentence tells what
/// happened ("Putin and Abe made statements for the press"); the lead of a dated news report ("… agreed on Friday …")
/// dates the next sentences that say they go on telling that day ("The leaders also agreed …").
/// Anything else breaks the context: another date, a heading, a dateline, a sentence that is not such a telling.
/// </summary>
internal sealed class ContextDate(DateOnly? publishedOn, bool datedHeadings)
{
    /// <summary>Two date headings make a chronology; one is the date of the document.</summary>
    private const int ChronologyHeadings = 2;

    /// <summary>A report's lead is about the last days before it was published, not a week before.</summary>
    private const int LeadDaysBeforePublication = 7;

    /// <summary>How many sentences after a lead may continue its day: news gives a lead's details in the next few.</summary>
    private const int MostContinuations = 3;

    /// <summary>A date line is a date with at most a place or a time after it.</summary>
    private const int DateLineWordsAfter = 4;

    private DateMention? _heading;
    private DateMention? _dateLine;
    private DateMention? _lead;
    private DatedSentence? _leadSentence;
    private int _continuations;

    /// <summary>A heading sets the date of the paragraphs under it (or clears it, when it is not only a date).</summary>
    public void EnterHeading(string text, PassageSpan heading, IReadOnlyList<DateMention> dates)
    {
        _lead = null;
        var leads = dates.Count == 1 && LeadsWithDate(text, heading, dates[0]);
        _heading = datedHeadings && leads ? dates[0] : null;
        if (dates.Count > 0)
        {
            _dateLine = !datedHeadings && leads && WordsAfter(text, dates[0].End, heading.End) <= DateLineWordsAfter &&
                        !HasClockTime(text, dates[0].End, heading.End) ? dates[0] : null;
        }
    }

    /// <summary>A dateline ("SINGAPORE, Nov. 14 (Reuters) -") or a sentence with dates of its own ends what came before.</summary>
    public void Break() => _lead = null;

    /// <summary>After a sentence with dates: a lead of a dated report when one of its happenings is a recent day.</summary>
    public void Saw(IEnumerable<DateReading> readings, DatedSentence sentence)
    {
        _leadSentence = sentence;
        _lead = null;
        _dateLine = null;
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

        if (_dateLine is { } line && IsWhole(sentence))
        {
            _dateLine = null;
            return Telling.IsTelling(sentence) ? (line, RoleReasons.DateLine) : null;
        }

        if (_lead is { } lead && _continuations < MostContinuations &&
            ((Telling.IsContinuing(sentence) && Telling.IsTelling(sentence)) || (_leadSentence is { } before && Telling.IsRestating(sentence, before))))
        {
            _continuations++;
            return (lead, RoleReasons.ContinuesLead);
        }

        _lead = null;
        return null;
    }

    /// <summary>A sentence that ends with a stop, not a list's title ("1. Peace Treaty Negotiations").</summary>
    private static bool IsWhole(DatedSentence sentence) => sentence.Count > 0 && sentence.Tokens[^1].Text is "." or "!";

    /// <summary>"November 2, 2010 19:25": a date with a clock time is the page's stamp, not the date of a statement.</summary>
    private static bool HasClockTime(string text, int start, int end)
    {
        var colon = text.IndexOf(':', start, end - start);
        return colon > start && colon + 1 < end && char.IsAsciiDigit(text[colon - 1]) && char.IsAsciiDigit(text[colon + 1]);
    }

    private static int WordsAfter(string text, int start, int end)
    {
        var words = 0;
        for (var i = start; i < end; i++)
        {
            words += char.IsLetterOrDigit(text[i]) && (i == start || !char.IsLetterOrDigit(text[i - 1])) ? 1 : 0;
        }

        return words;
    }

    /// <summary>Whether the document is a chronology by its headings: at least two of them are only a date.</summary>
    public static bool HasDatedHeadings(string text, IReadOnlyList<PassageSpan> passages, IReadOnlyList<DateMention> dates)
    {
        var count = 0;
        var next = 0;
        foreach (var passage in passages.Where(p => p.Kind == PassageKind.Heading))
        {
            while (next < dates.Count && dates[next].Start < passage.Start)
            {
                next++;
            }

            if (next < dates.Count && dates[next].End <= passage.End && (next + 1 >= dates.Count || dates[next + 1].Start >= passage.End) &&
                LeadsWithDate(text, passage, dates[next]) && ++count >= ChronologyHeadings)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"## 1855", "1904:", "30 Jan 1902 Anglo-Japanese Alliance": the heading opens with its date.</summary>
    private static bool LeadsWithDate(string text, PassageSpan heading, DateMention date)
    {
        for (var i = heading.Start; i < date.Start; i++)
        {
            if (!char.IsWhiteSpace(text[i]) && text[i] is not ('#' or '*' or '_'))
            {
                return false;
            }
        }

        return true;
    }
}
