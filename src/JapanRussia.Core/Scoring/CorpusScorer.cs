namespace JapanRussia.Core.Scoring;

/// <summary>
/// Compares what the engine produced with an annotation. A produced sentence states an annotated happening when
/// the document, the start and the precision are the same and the sentence contains the evidence phrase.
/// Annotations of documents that were not read are left out, so one table can serve a subset of its folder.
/// </summary>
public static class CorpusScorer
{
    private const string TerritoryTopic = "territory";

    /// <param name="documents">The file names of the documents the engine read (a document may yield no event).</param>
    public static ScoreReport Score(
        IReadOnlyCollection<string> documents, IReadOnlyList<AnnotatedHappening> annotations, IReadOnlyList<ProducedEvent> events)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(annotations);
        ArgumentNullException.ThrowIfNull(events);
        var scored = documents.ToHashSet(StringComparer.Ordinal);
        var relevant = annotations.Where(a => scored.Contains(a.Document)).ToList();
        var matches = events.SelectMany(e => e.Mentions.Select(m => (Event: e, Mention: m, Rows: relevant.Where(a => a.IsStatedBy(m)).ToList()))).ToList();

        var required = relevant.Where(a => a.Required).ToList();
        var misses = required.Where(a => !matches.Any(x => x.Rows.Contains(a))).ToList();
        var extras = matches.Where(x => x.Rows.Count == 0).Select(x => x.Mention).ToList();
        var cited = matches.Count(x => x.Rows.Any(a => a.Required));

        var pairs = CrossDocumentPairs(required);
        var unmerged = pairs.Where(p => !events.Any(e => States(e, p.First) && States(e, p.Second))).ToList();
        var merged = events.Where(e => e.Mentions.Count > 1).ToList();
        var overMerged = merged.Select(e => OverMerge(e, relevant)).OfType<OverMergedEvent>().ToList();
        var unreadable = events
            .Select(e => (Event: e, Reason: TitleCheck.Problem(e.Title)))
            .Where(x => x.Reason is not null)
            .Select(x => new UnreadableTitle(x.Event, x.Reason!))
            .ToList();

        return new ScoreReport(
            StrictRecall: new Fraction(required.Count - misses.Count, required.Count),
            CitationPrecision: new Fraction(cited, cited + extras.Count),
            PairsMerged: new Fraction(pairs.Count - unmerged.Count, pairs.Count),
            OverMerges: new Fraction(overMerged.Count, merged.Count),
            UnreadableTitles: new Fraction(unreadable.Count, events.Count),
            TerritoryRecall: TerritoryShare(required, events),
            Events: events.Count,
            Misses: misses,
            Extras: extras,
            UnmergedPairs: unmerged,
            OverMerged: overMerged,
            Unreadable: unreadable);
    }

    private static List<AnnotatedPair> CrossDocumentPairs(List<AnnotatedHappening> required)
    {
        var pairs = new List<AnnotatedPair>();
        foreach (var group in required.GroupBy(a => a.Group, StringComparer.Ordinal))
        {
            var members = group.ToList();
            for (var i = 0; i < members.Count; i++)
            {
                for (var j = i + 1; j < members.Count; j++)
                {
                    if (members[i].Document != members[j].Document)
                    {
                        pairs.Add(new AnnotatedPair(members[i], members[j]));
                    }
                }
            }
        }

        return pairs;
    }

    private static bool States(ProducedEvent produced, AnnotatedHappening annotation) =>
        produced.Mentions.Any(annotation.IsStatedBy);

    /// <summary>Over-merged when two of its sentences state happenings of different groups and no group in common.</summary>
    private static OverMergedEvent? OverMerge(ProducedEvent produced, List<AnnotatedHappening> annotations)
    {
        var groupSets = produced.Mentions
            .Select(m => annotations.Where(a => a.IsStatedBy(m)).Select(a => a.Group).ToHashSet(StringComparer.Ordinal))
            .Where(set => set.Count > 0)
            .ToList();
        var clash = groupSets.Any(a => groupSets.Any(b => !a.Overlaps(b)));
        return clash ? new OverMergedEvent(produced, groupSets.SelectMany(s => s).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList()) : null;
    }

    /// <summary>Of the required happenings about the islands, the share found in an event filed under Territory.</summary>
    private static Fraction TerritoryShare(List<AnnotatedHappening> required, IReadOnlyList<ProducedEvent> events)
    {
        var territorial = required.Where(a => a.Topics.Contains(TerritoryTopic, StringComparer.Ordinal)).ToList();
        var filed = territorial.Count(a => events.Any(e => e.Topics.Contains(TerritoryTopic, StringComparer.Ordinal) && States(e, a)));
        return new Fraction(filed, territorial.Count);
    }
}
