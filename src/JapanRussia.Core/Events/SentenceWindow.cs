using JapanRussia.Core.Dates;
using JapanRussia.Core.Documents;

namespace JapanRussia.Core.Events;

/// <summary>
/// The part of a sentence the event rules read for some of its dates: the whole sentence when it is of a length
/// prose has, and otherwise a bounded stretch around the dates, so that the rules' cost grows with the sentence's
/// length, never with its square.
/// </summary>
/// <param name="Span">The text the rules read (the whole sentence, or a stretch of it).</param>
/// <param name="Dates">The dates inside <paramref name="Span"/>, which the rules see.</param>
/// <param name="Owned">The dates whose readings this window gives; every date of a sentence is owned by one window.</param>
internal sealed record SentenceWindow(TextSpan Span, IReadOnlyList<DateMention> Dates, IReadOnlyList<DateMention> Owned)
{
    /// <summary>Longer than any sentence of real prose (the longest seed sentence is under 1,000 characters).</summary>
    public const int WholeSentenceLength = 4_000;

    /// <summary>A long sentence is cut into stretches of this length; each date is read in its stretch.</summary>
    private const int StretchLength = 2_000;

    /// <summary>The context read on each side of a stretch, so that no date is read without its neighbourhood.</summary>
    private const int Reach = 1_000;

    /// <summary>Whether this window gives the reading of <paramref name="date"/> (owned dates are consecutive).</summary>
    public bool Owns(DateMention date) => date.Start >= Owned[0].Start && date.Start <= Owned[^1].Start;

    public static IEnumerable<SentenceWindow> Of(string text, TextSpan sentence, IReadOnlyList<DateMention> dates)
    {
        if (sentence.Length <= WholeSentenceLength)
        {
            yield return new SentenceWindow(sentence, dates, dates);
            yield break;
        }

        var next = 0;
        var firstSeen = 0;
        var stretchStart = sentence.Start;
        while (next < dates.Count)
        {
            var stretchEnd = WordEnd(text, Math.Min(sentence.End, Math.Max(stretchStart + StretchLength, dates[next].End)), sentence.End);
            var owned = new List<DateMention>();
            while (next < dates.Count && dates[next].Start < stretchEnd)
            {
                owned.Add(dates[next++]);
            }

            if (owned.Count > 0)
            {
                var start = WordStart(text, Math.Max(sentence.Start, stretchStart - Reach), sentence.Start);
                var end = WordEnd(text, Math.Min(sentence.End, Math.Max(stretchEnd, owned[^1].End) + Reach), sentence.End);
                while (dates[firstSeen].Start < start)
                {
                    firstSeen++;
                }

                var seen = new List<DateMention>();
                for (var i = firstSeen; i < dates.Count && dates[i].Start < end; i++)
                {
                    if (dates[i].End <= end)
                    {
                        seen.Add(dates[i]);
                    }
                }

                yield return new SentenceWindow(new TextSpan(start, end), seen, owned);
            }

            stretchStart = stretchEnd;
        }
    }

    /// <summary>Back to the start of the word at <paramref name="position"/>.</summary>
    private static int WordStart(string text, int position, int limit)
    {
        var bound = Math.Max(limit, position - 100);
        while (position > bound && !char.IsWhiteSpace(text[position - 1]))
        {
            position--;
        }

        return position;
    }

    /// <summary>On to the end of the word at <paramref name="position"/>.</summary>
    private static int WordEnd(string text, int position, int limit)
    {
        var bound = Math.Min(limit, position + 100);
        while (position < bound && !char.IsWhiteSpace(text[position]))
        {
            position++;
        }

        return position;
    }
}
