namespace JapanRussia.Core.Events;

/// <summary>
/// Decides, from the words around each date of a sentence, whether the date dates a happening (and which clause
/// states it) or is background, a plan or a passing reference. The words it looks for are data
/// (Reference/event-cues.json); this class only says where to look.
/// </summary>
internal static class DateRoleClassifier
{
    private const int PlanWindow = 12;

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase) { "the", "a", "an", "his", "her", "their", "its", "our", "this" };

    private static readonly HashSet<string> Prepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "on", "at", "during", "around", "about", "of", "from", "to", "for", "with", "by", "since", "until", "after",
        "before", "between", "into", "over", "under", "through", "throughout", "within", "toward", "towards", "upon",
    };

    private static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "on", "at", "to", "and", "or", "but", "was", "were", "is", "are", "when", "that", "which", "with", "for",
        "by", "from", "of", "as", "the", "a", "an", "after", "before", "had", "has", "have", "did", "it", "he", "she",
        "they", "we", "until", "while", "where", "than", "then", "so", "if",
    };

    private static readonly HashSet<string> DatePhraseNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "year", "years", "summer", "spring", "autumn", "fall", "winter", "month", "months", "beginning", "end", "start",
        "middle", "half", "part", "days", "course", "decade", "century", "session",
    };

    private static readonly HashSet<string> QualifierWords = new(StringComparer.OrdinalIgnoreCase) { "the", "late", "early", "mid" };

    public static List<DateReading> Read(DatedSentence sentence, DateOnly? publishedOn, Gazetteer gazetteer)
    {
        var readings = sentence.Dates.Select(slot => Classify(sentence, slot, publishedOn, gazetteer)).ToList();
        ApplyReportAnchor(sentence, readings);
        Collapse(readings);
        return readings;
    }

    private static DateReading Classify(DatedSentence s, DateSlot slot, DateOnly? publishedOn, Gazetteer gazetteer)
    {
        var cues = CueBook.Get;
        var tokens = s.Tokens;
        var (clauseStart, clauseEnd) = s.ClauseOf(slot.First);

        DateReading Reading(DateRole role, string reason) => new(slot, role, clauseStart, clauseEnd, reason);

        if (publishedOn is { } published && slot.Date.Start > published)
        {
            return Reading(DateRole.Plan, "after the publication date");
        }

        if (slot.First == 0 && slot.End + 1 < s.Count && tokens[slot.End].Text == ":")
        {
            var rest = s.ClauseOf(slot.End + 1);
            return new DateReading(slot, DateRole.Happening, slot.End + 1, rest.End, "timeline entry");
        }

        var before = Words(s, 0, slot.First);
        if (cues.SentenceBackgroundCues.Any(cue => ContainsPhrase(before, cue)))
        {
            return Reading(DateRole.Background, "background cue earlier in the sentence");
        }

        var span = Words(s, slot.First, slot.End);
        var lead = Words(s, Math.Max(0, slot.First - 6), slot.First);
        var leadStripped = StripTrailing(lead, QualifierWords);
        var isEventLead = cues.EventLeads.Any(p => StartsWith(span, p) || EndsWith(lead, p));
        if (!isEventLead && cues.BackgroundLeads.Any(p => StartsWith(span, p) || EndsWith(leadStripped, p)))
        {
            return Reading(DateRole.Background, "time frame (as of, since, during, by…)");
        }

        if (HasPlanWord(s, slot, clauseStart))
        {
            return Reading(DateRole.Plan, "modal or future word before the date");
        }

        var attributive = ReadAttributive(s, slot);
        if (attributive is not null)
        {
            return attributive;
        }

        if (IsPostpositiveReference(s, slot, clauseStart))
        {
            return Reading(DateRole.Reference, "named thing \"of <date>\" mentioned in passing");
        }

        if (IsSubordinateWithoutActor(s, slot, clauseStart, clauseEnd, gazetteer))
        {
            return Reading(DateRole.Background, "subordinate happening with no Japanese or Russian actor");
        }

        var stative = ReadStative(s, slot, clauseStart);
        return stative switch
        {
            StativeReading.When => new DateReading(slot, DateRole.Happening, slot.End + 1, s.ClauseOf(slot.End + 1).End, "the when-clause"),
            StativeReading.State => Reading(DateRole.Background, "a state of affairs, not a happening"),
            _ => new DateReading(slot, DateRole.Happening, clauseStart, SubjectHappeningEnd(s, slot, clauseStart, clauseEnd) ?? clauseEnd, "dated clause"),
        };
    }

    /// <summary>
    /// When the dated words are the clause's subject and name the happening ("The Joint Declaration of 1956
    /// promised…", "Tokyo's imposition of sanctions in March 2022 was…"), the happening is that subject: the end of
    /// it, or null.
    /// </summary>
    private static int? SubjectHappeningEnd(DatedSentence s, DateSlot slot, int clauseStart, int clauseEnd)
    {
        var cues = CueBook.Get;
        var tokens = s.Tokens;
        for (var i = clauseStart; i < slot.First; i++)
        {
            if (IsVerbLike(tokens, i))
            {
                return null;
            }
        }

        var verb = -1;
        for (var i = slot.End; i < clauseEnd; i++)
        {
            if (IsVerbLike(tokens, i))
            {
                verb = i;
                break;
            }
        }

        if (verb < 0)
        {
            return null;
        }

        var first = tokens[clauseStart];
        var subjectStart = !Prepositions.Contains(first.Text) && first.IsWord;
        var postpositive = slot.First > 0 && tokens[slot.First - 1].Is("of");
        var nominal = Enumerable.Range(clauseStart, slot.First - clauseStart).Any(i => cues.EventNominals.Contains(tokens[i].Text)) &&
                      cues.EvaluativeVerbs.Contains(tokens[verb].Text);
        return subjectStart && (postpositive || nominal) ? verb : null;
    }

    private enum StativeReading
    {
        None,
        State,
        When,
    }

    private static StativeReading ReadStative(DatedSentence s, DateSlot slot, int clauseStart)
    {
        var cues = CueBook.Get;
        var tokens = s.Tokens;
        var verbBefore = false;
        for (var i = clauseStart; i < slot.First; i++)
        {
            if (IsVerbLike(tokens, i))
            {
                verbBefore = true;
                break;
            }
        }

        if (verbBefore)
        {
            var k = slot.First - 1;
            while (k >= clauseStart && tokens[k].IsWord && (Prepositions.Contains(tokens[k].Text) || tokens[k].Lower.EndsWith("ly", StringComparison.Ordinal)))
            {
                k--;
            }

            if (k >= clauseStart && tokens[k].IsWord && cues.Statives.Contains(tokens[k].Text) && !HasParticipleAfter(s, slot.End))
            {
                return slot.End + 1 < s.Count && tokens[slot.End].Text == "," && tokens[slot.End + 1].Is("when")
                    ? StativeReading.When
                    : StativeReading.State;
            }

            return StativeReading.None;
        }

        for (var i = slot.End; i < s.Count; i++)
        {
            if (!IsVerbLike(tokens, i))
            {
                continue;
            }

            if (!cues.Statives.Contains(tokens[i].Text) || (HasParticipleAfter(s, i + 1) && !IsStativeParticipleAfter(s, i + 1)))
            {
                return StativeReading.None;
            }

            for (var j = clauseStart; j < slot.First; j++)
            {
                if (cues.EventNominals.Contains(tokens[j].Text))
                {
                    return StativeReading.None;
                }
            }

            return StativeReading.State;
        }

        return StativeReading.None;
    }

    private static bool HasParticipleAfter(DatedSentence s, int index)
    {
        var cues = CueBook.Get;
        for (var i = index; i < Math.Min(s.Count, index + 3); i++)
        {
            var t = s.Tokens[i];
            if (!t.IsWord)
            {
                return false;
            }

            if (t.Lower.EndsWith("ly", StringComparison.Ordinal) || t.Is("not") || t.Is("been") || t.Is("still"))
            {
                continue;
            }

            return !t.IsCapitalised && (t.Lower.EndsWith("ed", StringComparison.Ordinal) || t.Lower.EndsWith("en", StringComparison.Ordinal) || cues.PassiveParticiples.Contains(t.Text));
        }

        return false;
    }

    private static bool IsStativeParticipleAfter(DatedSentence s, int index)
    {
        for (var i = index; i < Math.Min(s.Count, index + 3); i++)
        {
            var t = s.Tokens[i];
            if (t.IsWord && !t.Lower.EndsWith("ly", StringComparison.Ordinal))
            {
                return CueBook.Get.Statives.Contains(t.Text);
            }
        }

        return false;
    }

    /// <summary>A finite verb, as far as words alone tell: a known past form, a stative, or a lower-case -ed word not used as an adjective.</summary>
    internal static bool IsVerbLike(List<Token> tokens, int i)
    {
        var cues = CueBook.Get;
        var t = tokens[i];
        if (!t.IsWord || t.IsCapitalised || t.IsNumber)
        {
            return false;
        }

        var previous = i > 0 ? tokens[i - 1] : default;
        var adverbAfterDeterminer = i > 0 && previous.IsWord && previous.Lower.EndsWith("ly", StringComparison.Ordinal) && i > 1 && Determiners.Contains(tokens[i - 2].Text);
        var adjectival = i > 0 && previous.IsWord &&
                         (Determiners.Contains(previous.Text) || adverbAfterDeterminer || IsNumberWord(previous.Lower) || (previous.IsNumber && previous.Text.Length < 4));
        if (cues.Statives.Contains(t.Text) || cues.IrregularPasts.Contains(t.Text))
        {
            return !adjectival || t.Lower is "was" or "were" or "had";
        }

        return t.Lower.EndsWith("ed", StringComparison.Ordinal) && t.Text.Length > 3 && !adjectival;
    }

    private static bool IsNumberWord(string word) =>
        word is "one" or "two" or "three" or "four" or "five" or "six" or "seven" or "eight" or "nine" or "ten" or "several" or "many";

    private static bool HasPlanWord(DatedSentence s, DateSlot slot, int clauseStart)
    {
        var window = new List<string>();
        for (var i = slot.First - 1; i >= Math.Max(clauseStart, slot.First - PlanWindow); i--)
        {
            var t = s.Tokens[i];
            if (!t.IsWord)
            {
                if (t.Text is "," or ";" or ":" or "—" or "(" or ")")
                {
                    break;
                }

                continue;
            }

            // "May" the month is not "may" the modal.
            window.Insert(0, t.Text == "May" ? "\u0000" : t.Lower);
        }

        return CueBook.Get.PlanWords.Any(p => ContainsPhrase(window, p));
    }

    private static DateReading? ReadAttributive(DatedSentence s, DateSlot slot)
    {
        var tokens = s.Tokens;
        if (slot.First == 0 || slot.End >= s.Count)
        {
            return null;
        }

        var next = tokens[slot.End];
        var previous = tokens[slot.First - 1];
        var possessive = previous.IsPossessive;
        if (!next.IsWord || next.IsNumber || FunctionWords.Contains(next.Text) || !(possessive || Determiners.Contains(previous.Text)))
        {
            return null;
        }

        if (IsVerbLike(tokens, slot.End) && !next.IsCapitalised)
        {
            return null;
        }

        var head = -1;
        for (var i = slot.End; i < Math.Min(s.Count, slot.End + 5); i++)
        {
            var t = tokens[i];
            if (!t.IsWord || FunctionWords.Contains(t.Text) || Prepositions.Contains(t.Text))
            {
                break;
            }

            if (CueBook.Get.OccasionNouns.ContainsKey(t.Text))
            {
                head = i;
                break;
            }
        }

        if (head < 0)
        {
            return new DateReading(slot, DateRole.Reference, slot.First, slot.End, "a thing named by its date (the 1951 peace treaty)");
        }

        var indefinite = previous.Is("a") || previous.Is("an");
        if (!possessive && !indefinite)
        {
            // "at the 2018 East Asia Summit": the occasion dates the clause it stands in.
            return null;
        }

        var start = slot.First - 1;
        if (possessive)
        {
            while (start > 0 && tokens[start - 1].IsWord && (tokens[start - 1].IsCapitalised || tokens[start - 1].Text.Contains('-', StringComparison.Ordinal) || CueBook.Get.RoleWords.Contains(tokens[start - 1].Text)) &&
                   !tokens[start - 1].IsPossessive && !Prepositions.Contains(tokens[start - 1].Text) && !tokens[start - 1].Is("the"))
            {
                start--;
            }
        }

        var end = head + 1;
        if (end < s.Count && tokens[end].IsWord && tokens[end].Lower is "to" or "between" or "with" or "in" or "of")
        {
            while (end < s.Count && tokens[end].Text is not ("," or ";" or ":" or "—" or "(") && !(tokens[end].Text == "." && end == s.Count - 1) &&
                   !(tokens[end].Is("and") && !tokens[head].Is("meeting") && !tokens[head].Is("talks") && !tokens[head].Is("summit")))
            {
                end++;
            }
        }

        return new DateReading(slot, DateRole.Occasion, start, end, "an occasion named with its date");
    }

    private static bool IsPostpositiveReference(DatedSentence s, DateSlot slot, int clauseStart)
    {
        var tokens = s.Tokens;
        if (slot.First < 2 || !tokens[slot.First - 1].Is("of") || !tokens[slot.First - 2].IsWord || DatePhraseNouns.Contains(tokens[slot.First - 2].Text))
        {
            return false;
        }

        var first = tokens[clauseStart];
        var subjectStart = first.Is("the") || first.Is("a") || first.Is("an") || (first.IsCapitalised && !Prepositions.Contains(first.Text));
        if (!subjectStart)
        {
            return true;
        }

        for (var i = clauseStart; i < slot.First; i++)
        {
            if (IsVerbLike(tokens, i))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSubordinateWithoutActor(DatedSentence s, DateSlot slot, int clauseStart, int clauseEnd, Gazetteer gazetteer)
    {
        var tokens = s.Tokens;
        var subordinator = -1;
        for (var i = slot.First - 1; i >= clauseStart; i--)
        {
            var t = tokens[i];
            if (!t.IsWord)
            {
                if (t.Text is "," or ";" or ":" or "—" or "(")
                {
                    break;
                }

                continue;
            }

            if (CueBook.Get.Subordinators.Contains(t.Text) && !(i > 0 && tokens[i - 1].Is("the")))
            {
                subordinator = i;
                break;
            }
        }

        if (subordinator < 0)
        {
            return false;
        }

        var end = slot.End;
        while (end < clauseEnd && tokens[end].Text is not ("," or ";" or ":" or "—" or "."))
        {
            end++;
        }

        for (var i = subordinator; i < end; i++)
        {
            if (tokens[i].IsWord && (CueBook.Get.ActorWords.Contains(tokens[i].Text) || (tokens[i].IsPossessive && CueBook.Get.ActorWords.Contains(tokens[i].Text[..^2]))))
            {
                return false;
            }
        }

        return !gazetteer.Find(s.Slice(subordinator, end), slot.Date.Start.Year).Any(e => e.Kind == EntityKind.Person);
    }

    private static void ApplyReportAnchor(DatedSentence s, List<DateReading> readings)
    {
        var cues = CueBook.Get;
        var anchors = readings.Where(r => r.Role == DateRole.Happening && IsReported(s, r.Slot, cues)).ToList();
        if (anchors.Count == 0)
        {
            return;
        }

        var anchor = anchors.Max(a => a.Slot.Date.End);
        for (var i = 0; i < readings.Count; i++)
        {
            var r = readings[i];
            if (r.Role is DateRole.Happening or DateRole.Occasion && r.Slot.Date.Start > anchor)
            {
                readings[i] = r with { Role = DateRole.Plan, Reason = "later than the date of the report" };
            }
        }
    }

    private static bool IsReported(DatedSentence s, DateSlot slot, CueBook.Tables cues)
    {
        var k = slot.First - 1;
        while (k >= 0 && s.Tokens[k].IsWord && Prepositions.Contains(s.Tokens[k].Text))
        {
            k--;
        }

        return k >= 0 && cues.ReportingVerbs.Contains(s.Tokens[k].Text);
    }

    /// <summary>Two dates of one happening in a sentence ("in his first news conference of 2016, on 04 January 2016"): keep the finer.</summary>
    private static void Collapse(List<DateReading> readings)
    {
        for (var i = 0; i < readings.Count; i++)
        {
            var coarse = readings[i];
            if (coarse.Role != DateRole.Happening)
            {
                continue;
            }

            var finer = readings.Exists(other => !ReferenceEquals(other, coarse) && other.Role == DateRole.Happening &&
                                                 other.Slot.Date.IsWithin(coarse.Slot.Date) &&
                                                 (other.Slot.Date.End.DayNumber - other.Slot.Date.Start.DayNumber) < (coarse.Slot.Date.End.DayNumber - coarse.Slot.Date.Start.DayNumber));
            if (finer)
            {
                readings[i] = coarse with { Role = DateRole.Background, Reason = "a finer date in the sentence states the same happening" };
            }
        }
    }

    private static List<string> Words(DatedSentence s, int start, int end)
    {
        var words = new List<string>(Math.Max(0, end - start));
        for (var i = start; i < end; i++)
        {
            if (s.Tokens[i].IsWord)
            {
                words.Add(s.Tokens[i].Lower);
            }
        }

        return words;
    }

    private static List<string> StripTrailing(List<string> words, HashSet<string> strip)
    {
        var end = words.Count;
        while (end > 0 && strip.Contains(words[end - 1]))
        {
            end--;
        }

        return words.GetRange(0, end);
    }

    private static bool StartsWith(List<string> words, string[] phrase)
    {
        if (words.Count < phrase.Length)
        {
            return false;
        }

        for (var i = 0; i < phrase.Length; i++)
        {
            if (words[i] != phrase[i])
            {
                return false;
            }
        }

        return true;
    }

    private static bool EndsWith(List<string> words, string[] phrase)
    {
        if (words.Count < phrase.Length)
        {
            return false;
        }

        var offset = words.Count - phrase.Length;
        for (var i = 0; i < phrase.Length; i++)
        {
            if (words[offset + i] != phrase[i])
            {
                return false;
            }
        }

        return true;
    }

    internal static bool ContainsPhrase(List<string> words, string[] phrase)
    {
        for (var start = 0; start + phrase.Length <= words.Count; start++)
        {
            var match = true;
            for (var i = 0; i < phrase.Length; i++)
            {
                if (words[start + i] != phrase[i])
                {
                    match = false;
                    break;
                }
            }

            if (match)
            {
                return true;
            }
        }

        return false;
    }
}
