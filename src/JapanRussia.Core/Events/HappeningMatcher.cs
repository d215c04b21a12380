using JapanRussia.Core.Dates;
using JapanRussia.Core.Reference;

namespace JapanRussia.Core.Events;

/// <summary>
/// Finds the named happening (Reference/happenings.json) a mention states: its clause names it (an alias, with an
/// actor where the alias alone is ambiguous) or describes it (an occasion: its people, places and kind of act), and
/// the mention's date falls within the act's days. An alias allows a small slip of date (a fortnight for a day, a
/// month for a month, a year for a year): sources that disagree on the date of a named treaty still mean one treaty.
/// </summary>
public sealed class HappeningMatcher
{
    /// <summary>How far from an alias an act word may be and still be what the clause says of it ("signed the … Treaty").</summary>
    private const int ActReach = 6;

    private const int YearsBeforeStart = 2;

    private const int YearsAfterStart = 5;

    private static readonly Lazy<HappeningMatcher> LazyDefault = new(() => new HappeningMatcher(ReferenceData.Happenings));

    private readonly NamedHappenings _reference;
    /// <summary>An alias may name several happenings ("Russo-Japanese Agreement" of 1907, 1910 and 1916): the date tells which.</summary>
    private readonly PhraseTable<List<NamedHappening>> _aliases = new();
    private readonly Dictionary<string, List<NamedHappening>> _byAlias = new(StringComparer.Ordinal);
    private readonly List<(NamedHappening Happening, HappeningOccasion Occasion, PhraseTable<bool> Places)> _occasions = [];
    private readonly Dictionary<DateOnly, List<NamedHappening>> _byStartDay = [];
    private readonly List<NamedHappening> _overYears = [];
    private readonly List<NamedHappening> _headed = [];

    public HappeningMatcher(NamedHappenings reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        _reference = reference;
        foreach (var happening in reference.Happenings)
        {
            if (!reference.Kinds.ContainsKey(happening.Kind))
            {
                throw new InvalidOperationException($"Happening {happening.Id} has kind {happening.Kind}, which happenings.json does not define.");
            }

            // A head noun names a happening of a year on the day it began, and a longer one over its very years: "the
            // war" on the day a war began is as often the war to come ("a conference on the impending war").
            if (reference.Kinds[happening.Kind].Heads is { Count: > 0 } && happening.Start.Year < happening.End.Year)
            {
                _overYears.Add(happening);
            }
            else if (reference.Kinds[happening.Kind].Heads is { Count: > 0 })
            {
                if (!_byStartDay.TryGetValue(happening.Start, out var onDay))
                {
                    _byStartDay[happening.Start] = onDay = [];
                }

                onDay.Add(happening);
                _headed.Add(happening);
            }

            foreach (var alias in happening.Aliases)
            {
                AddAlias(alias, happening);
            }

            foreach (var occasion in happening.Occasions ?? [])
            {
                var places = new PhraseTable<bool>();
                foreach (var place in occasion.Places ?? [])
                {
                    places.Add(place, true);
                }

                _occasions.Add((happening, occasion, places));
            }
        }
    }

    public static HappeningMatcher Default => LazyDefault.Value;

    /// <summary>The named happening and act <paramref name="mention"/> states, or null when it names none within its dates.</summary>
    public HappeningMatch? Match(EventMention mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        var words = PhraseTable<string>.Words(mention.Clause);
        var date = mention.Date.Date;
        // The clause names it, or the headline does once its subject is stated ("It took place…" → "The Battle of …").
        var titleWords = PhraseTable<string>.Words(mention.Title);
        foreach (var named in (string[][])[words, titleWords])
        {
            foreach (var (happenings, at, length) in _aliases.FindIn(named).OrderByDescending(f => f.Length))
            {
                foreach (var happening in happenings)
                {
                    if (!Negated(named, at) && Actors(happening, named) && Gate(happening, named, at, length, date, Slack(date)) is { } found)
                    {
                        return found;
                    }
                }
            }
        }

        if ((ByHeadOnItsDay(words, date) ?? ByHeadOverItsYears(words, date) ?? ByHeadAloneInItsDate(words, date)) is { } headed)
        {
            return headed;
        }

        if (_occasions.Count == 0)
        {
            return null;
        }

        var concepts = Array.ConvertAll(words, EventSignature.ConceptOf);
        if (concepts.All(c => c is null))
        {
            return null;
        }

        HashSet<string>? people = null;
        foreach (var (happening, occasion, places) in _occasions)
        {
            var concept = Array.FindIndex(concepts, c => c is not null && occasion.Concepts.Contains(c));
            if (concept < 0 || (occasion.Places is { Count: > 0 } && !places.FindIn(words).Any() && !places.FindIn(titleWords).Any()))
            {
                continue;
            }

            people ??= mention.Entities.Concat(Gazetteer.Default.Find(mention.Title, date.Start.Year))
                .Where(e => e.Kind == EntityKind.Person)
                .Select(e => e.Name)
                .ToHashSet(StringComparer.Ordinal);
            if ((occasion.People is not { Count: > 0 } named || named.Any(people.Contains)) && Gate(happening, words, concept, 1, date, TimeSpan.Zero) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    private void AddAlias(string alias, NamedHappening happening)
    {
        var words = PhraseTable<string>.Words(alias);
        var key = string.Join(' ', words);
        if (!_byAlias.TryGetValue(key, out var happenings))
        {
            _byAlias[key] = happenings = [];
            _aliases.Add(words, happenings);
        }

        happenings.Add(happening);
    }

    /// <summary>
    /// "agree to sign the treaty of the 7th of May … 1875": a head noun of a kind ("treaty") dated to the very day a
    /// named happening of that kind began is that happening, unnamed.
    /// </summary>
    private HappeningMatch? ByHeadOnItsDay(string[] words, HistoricalDate date)
    {
        if (date.Precision != DatePrecision.Day || date.Start != date.End || !_byStartDay.TryGetValue(date.Start, out var onDay))
        {
            return null;
        }

        foreach (var happening in onDay)
        {
            if (HeadAt(words, happening) is var at && at >= 0 && Gate(happening, words, at, 1, date, TimeSpan.Zero) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>
    /// "The war of 1904–05 was fought…": a head noun of a kind ("war") dated to exactly the years a named happening of
    /// that kind lasted (more than one) is that happening, unnamed.
    /// </summary>
    private HappeningMatch? ByHeadOverItsYears(string[] words, HistoricalDate date)
    {
        if (date.Precision != DatePrecision.Year || date.Start.Year == date.End.Year)
        {
            return null;
        }

        foreach (var happening in _overYears.Where(h => h.Start.Year == date.Start.Year && h.End.Year == date.End.Year))
        {
            if (HeadAt(words, happening) is var at && at >= 0 && Gate(happening, words, at, 1, date, TimeSpan.Zero) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>
    /// "In May 1875 the two countries signed another treaty": a head noun of a kind dated to a month (or, naming both
    /// parties, a year) in which exactly one named happening of that kind began is that happening, unnamed.
    /// </summary>
    private HappeningMatch? ByHeadAloneInItsDate(string[] words, HistoricalDate date)
    {
        if (date.Precision is not (DatePrecision.Month or DatePrecision.Year) || date.Start.Year != date.End.Year ||
            (date.Precision == DatePrecision.Year && !NamesBothParties(words)))
        {
            return null;
        }

        var within = _headed.Where(h => h.Start >= date.Start && h.Start <= date.End && HeadAt(words, h) >= 0).Take(2).ToList();
        return within.Count == 1 ? Gate(within[0], words, HeadAt(words, within[0]), 1, date, TimeSpan.Zero) : null;
    }

    private bool NamesBothParties(string[] words) =>
        _reference.Parties is { Count: > 1 } parties && parties.All(side => side.Any(w => words.Contains(w, StringComparer.Ordinal)));

    private int HeadAt(string[] words, NamedHappening happening)
    {
        var heads = _reference.Kinds[happening.Kind].Heads!;
        var at = Array.FindIndex(words, w => heads.Contains(w, StringComparer.Ordinal));
        return at >= 0 && !Negated(words, at) ? at : -1;
    }

    /// <summary>"there will be no war between Japan and Russia": a negated name denies the happening.</summary>
    private static bool Negated(string[] words, int at) => at > 0 && words[at - 1] is "no" or "not" or "never";

    private static bool Actors(NamedHappening happening, string[] words) =>
        happening.Actors is not { Count: > 0 } actors || actors.Any(a => Contains(words, a));

    private static bool Contains(string[] words, string phrase)
    {
        var parts = PhraseTable<string>.Words(phrase);
        for (var i = 0; i + parts.Length <= words.Length; i++)
        {
            if (words.AsSpan(i, parts.Length).SequenceEqual(parts))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The act the clause states about the happening named at token <paramref name="at"/>, if the date fits it.</summary>
    private HappeningMatch? Gate(NamedHappening happening, string[] words, int at, int length, HistoricalDate date, TimeSpan slack)
    {
        var kind = _reference.Kinds[happening.Kind];
        var act = ClauseActs.Find(words)
            .Where(a => kind.Acts.ContainsKey(a.Act) && Math.Abs(a.At - at) <= ActReach)
            .OrderBy(a => Math.Abs(a.At - at))
            .Select(a => a.Act)
            .FirstOrDefault() ?? kind.DefaultAct;

        // "The Russo-Japanese War of 1904–05 ended…": a date that covers the whole happening speaks of all of it.
        if (happening.Start < happening.End && date.Start <= happening.Start && date.End >= happening.End)
        {
            act = kind.DefaultAct;
        }

        var spec = kind.Acts[act];
        var (start, end) = spec.At switch
        {
            "start" => (happening.Start, happening.Start),
            "end" => (happening.End, happening.End),
            "before" => (happening.Start.AddYears(-YearsBeforeStart), happening.Start),
            "after" => (happening.Start, happening.Start.AddYears(YearsAfterStart)),
            _ => (happening.Start, happening.End),
        };

        var days = (int)slack.TotalDays;
        if (date.Start > end.AddDays(days) || date.End < start.AddDays(-days))
        {
            return null;
        }

        var title = act == kind.DefaultAct && happening.Title is { } own ? own : spec.Title.Replace("{name}", happening.Name, StringComparison.Ordinal);
        return new HappeningMatch(happening, act, title, string.Join(' ', words.Skip(at).Take(length)));
    }

    private static TimeSpan Slack(HistoricalDate date) => date.Precision switch
    {
        DatePrecision.Day => TimeSpan.FromDays(14),
        DatePrecision.Month => TimeSpan.FromDays(31),
        DatePrecision.Year => TimeSpan.FromDays(366),
        _ => TimeSpan.Zero,
    };
}
