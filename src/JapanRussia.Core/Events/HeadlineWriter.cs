using System.Text;

namespace JapanRussia.Core.Events;

/// <summary>
/// Writes a short "who did what" headline from the clause that states a happening: the date and leading adverbials
/// go, the verb moves to the present tense, trailing subordinate phrases are cut, and the result never ends
/// mid-word or on a dangling function word.
/// </summary>
internal static class HeadlineWriter
{
    public const int MaxLength = TitleReadability.MaxLength;

    public const int MinWords = 3;

    internal static string Write(DatedSentence s, DateReading reading, IReadOnlyList<DateReading> others)
    {
        ArgumentNullException.ThrowIfNull(others);
        if (reading.Role == DateRole.Occasion && OccasionHeadline.OccasionTitle(s, reading) is { } occasion)
        {
            return occasion;
        }

        var (tokens, marker) = ClauseWithoutDate(s, reading, PlanDates(s, reading, others));
        HeadlineOpening.StripLeading(tokens);
        if (marker >= 0 && HeadlineVerbs.ReducedRelative(tokens, marker) is { } passive)
        {
            return passive;
        }

        var title = HeadlineClause.Compose(tokens, new Lazy<List<List<Token>>>(() => HeadlineSubject.Context(s)));
        return title.Length > 0 ? title : Fallback(s, reading);
    }

    /// <summary>The tokens of other dates that a plan or background gives at the end of the clause.</summary>
    private static HashSet<int> PlanDates(DatedSentence s, DateReading reading, IReadOnlyList<DateReading> others)
    {
        var dropped = new HashSet<int>();
        foreach (var other in others)
        {
            // "…a peace treaty by the end of the year": a plan's date at the end of the clause is not part of the headline.
            if (other.Role is DateRole.Plan or DateRole.Background && other.Slot.First > reading.ClauseStart && other.Slot.End <= reading.ClauseEnd &&
                Enumerable.Range(other.Slot.End, reading.ClauseEnd - other.Slot.End).All(i => !s.Tokens[i].IsWord))
            {
                var first = other.Slot.First;
                while (first > reading.ClauseStart && HeadlineBook.Get.PlanDatePrepositions.Contains(s.Tokens[first - 1].Text))
                {
                    first--;
                }

                dropped.UnionWith(Enumerable.Range(first, other.Slot.End - first));
            }
        }

        return dropped;
    }

    /// <summary>
    /// The clause's tokens outside brackets, without the date and its preposition unless the date is attributive
    /// ("the 1956 declaration"); and where the date stood, or -1.
    /// </summary>
    private static (List<Token> Tokens, int DateAt) ClauseWithoutDate(DatedSentence s, DateReading reading, HashSet<int> dropped)
    {
        var tokens = new List<Token>();
        var slot = reading.Slot;
        var depth = 0;
        for (var i = reading.ClauseStart; i < reading.ClauseEnd; i++)
        {
            var t = s.Tokens[i];
            if (t.CountsBracket(ref depth))
            {
                continue;
            }

            if (dropped.Contains(i))
            {
                continue;
            }

            if (depth == 0 && (i < slot.First || i >= slot.End))
            {
                tokens.Add(t);
            }
            else if (depth == 0 && i == slot.First)
            {
                var attributive = slot.First > 0 && (s.Tokens[slot.First - 1].IsPossessive || HeadlineBook.Get.AttributiveDeterminers.Contains(s.Tokens[slot.First - 1].Text)) &&
                                  slot.End < reading.ClauseEnd && s.Tokens[slot.End].IsWord && !s.Tokens[slot.End].IsNumber &&
                                  !HeadlineBook.Get.DatePrepositions.Contains(s.Tokens[slot.End].Text) && !CueBook.Get.TitleCutWords.Contains(s.Tokens[slot.End].Text) &&
                                  !VerbCues.IsVerbLike(s.Tokens, slot.End);
                if (!attributive)
                {
                    HeadlineOpening.RemoveDatePhrase(tokens);
                }

                tokens.Add(new Token(t.Start, t.Start, "\u0000", TokenKind.Punctuation));
            }
        }

        var marker = tokens.FindIndex(t => t.Text == "\u0000");
        if (marker >= 0)
        {
            var fronted = marker == 0 || tokens.Take(marker).All(t => !t.IsWord);
            tokens.RemoveAt(marker);
            if (marker < tokens.Count && tokens[marker].Text == "," && (fronted || (marker + 1 < tokens.Count && tokens[marker + 1].Is("of"))))
            {
                tokens.RemoveAt(marker);
            }
        }

        return (tokens, marker);
    }

    private static string Fallback(DatedSentence s, DateReading reading)
    {
        var text = s.Slice(0, s.Count);
        return text.Length <= MaxLength ? text : text[..text.LastIndexOf(' ', MaxLength)];
    }
}
