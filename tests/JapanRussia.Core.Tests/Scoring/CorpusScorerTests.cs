using JapanRussia.Core.Scoring;

namespace JapanRussia.Core.Tests.Scoring;

/// <summary>The score's arithmetic on tiny hand-made annotations and events.</summary>
public sealed class CorpusScorerTests
{
    private static readonly string[] TwoDocuments = ["a.txt", "b.txt"];

    [Fact]
    public void RecallCountsRequiredHappeningsStatedAtTheirPrecision()
    {
        var annotations = new[]
        {
            Row("a.txt", "1855-02-07", "day", "signed the treaty", "shimoda"),
            Row("a.txt", "1875", "year", "exchanged Sakhalin", "petersburg"),
            Row("a.txt", "1956", "year", "based on the 1956 declaration", "declaration", required: false),
        };
        var events = new[]
        {
            Event("e1", Mention("a.txt", "1855-02-07", "Day", "Japan and Russia signed the treaty at Shimoda.")),
            Event("e2", Mention("a.txt", "1875-05", "Month", "In May 1875 they exchanged Sakhalin for the Kurils.")),
        };

        var report = CorpusScorer.Score(TwoDocuments, annotations, events);

        Assert.Equal(new Fraction(1, 2), report.StrictRecall);
        Assert.Equal("petersburg", Assert.Single(report.Misses).Group);
    }

    [Fact]
    public void PrecisionLeavesOutBackgroundMentionsAndCountsUnannotatedCitationsAsExtras()
    {
        var annotations = new[]
        {
            Row("a.txt", "1855", "year", "signed the treaty", "shimoda"),
            Row("a.txt", "1956", "year", "based on the 1956 declaration", "declaration", required: false),
        };
        var events = new[]
        {
            Event("e1", Mention("a.txt", "1855", "Year", "In 1855 they signed the treaty.")),
            Event("e2", Mention("a.txt", "1956", "Year", "Talks were based on the 1956 declaration.")),
            Event("e3", Mention("a.txt", "2015", "Year", "In 2015, trade came to 1.3 billion.")),
        };

        var report = CorpusScorer.Score(TwoDocuments, annotations, events);

        Assert.Equal(new Fraction(1, 2), report.CitationPrecision);
        Assert.Equal("2015", Assert.Single(report.Extras).Start);
    }

    [Fact]
    public void PairsMergedCountsCrossDocumentPairsOfAGroupThatShareAnEvent()
    {
        var annotations = new[]
        {
            Row("a.txt", "1956-10-19", "day", "signed a Joint Declaration", "declaration"),
            Row("b.txt", "1956", "year", "issued a joint declaration", "declaration"),
            Row("c.txt", "1956-10", "month", "the October 1956 declaration", "declaration"),
            Row("c.txt", "1956", "year", "a second sentence of c", "declaration"),
        };
        var events = new[]
        {
            Event(
                "e1",
                Mention("a.txt", "1956-10-19", "Day", "They signed a Joint Declaration on 19 October 1956."),
                Mention("b.txt", "1956", "Year", "In 1956 they issued a joint declaration.")),
            Event("e2", Mention("c.txt", "1956-10", "Month", "After the October 1956 declaration, talks stalled.")),
        };

        var report = CorpusScorer.Score(["a.txt", "b.txt", "c.txt"], annotations, events);

        Assert.Equal(new Fraction(1, 5), report.PairsMerged);
        Assert.Equal(4, report.UnmergedPairs.Count);
    }

    [Fact]
    public void AnEventStatingTwoDifferentGroupsIsAnOverMergeAmongMergedEvents()
    {
        var annotations = new[]
        {
            Row("a.txt", "1956", "year", "signed a joint declaration", "declaration"),
            Row("b.txt", "1956", "year", "joined the United Nations", "united-nations"),
            Row("a.txt", "1855", "year", "signed the treaty", "shimoda"),
            Row("b.txt", "1855", "year", "the Treaty of Shimoda", "shimoda"),
        };
        var events = new[]
        {
            Event("e1", Mention("a.txt", "1956", "Year", "In 1956 they signed a joint declaration."), Mention("b.txt", "1956", "Year", "In 1956 Japan joined the United Nations.")),
            Event("e2", Mention("a.txt", "1855", "Year", "In 1855 they signed the treaty."), Mention("b.txt", "1855", "Year", "In 1855 came the Treaty of Shimoda.")),
            Event("e3", Mention("a.txt", "1904", "Year", "War broke out in 1904.")),
        };

        var report = CorpusScorer.Score(TwoDocuments, annotations, events);

        Assert.Equal(new Fraction(1, 2), report.OverMerges);
        Assert.Equal(["declaration", "united-nations"], Assert.Single(report.OverMerged).Groups);
    }

    [Fact]
    public void UnreadableTitlesAreAShareOfAllEvents()
    {
        var events = new[]
        {
            Event("e1", "Japan and Russia sign the Treaty of Shimoda", Mention("a.txt", "1855", "Year", "x")),
            Event("e2", "It hints at the possibility of a return", Mention("a.txt", "1956", "Year", "y")),
            Event("e3", "1875.", Mention("a.txt", "1875", "Year", "z")),
            Event("e4", "The Soviet Union offers to return these islands unconditionally", Mention("a.txt", "1960", "Year", "w")),
        };

        var report = CorpusScorer.Score(TwoDocuments, [], events);

        Assert.Equal(new Fraction(3, 4), report.UnreadableTitles);
    }

    [Fact]
    public void AnnotationsOfDocumentsNotReadAreLeftOut()
    {
        var annotations = new[]
        {
            Row("a.txt", "1855", "year", "signed the treaty", "shimoda"),
            Row("z.txt", "1855", "year", "signed the treaty", "shimoda"),
        };
        var events = new[] { Event("e1", Mention("a.txt", "1855", "Year", "In 1855 they signed the treaty.")) };

        var report = CorpusScorer.Score(TwoDocuments, annotations, events);

        Assert.Equal(new Fraction(1, 1), report.StrictRecall);
        Assert.Equal(new Fraction(0, 0), report.PairsMerged);
    }

    [Fact]
    public void TerritoryRecallAsksForTheIslandHappeningsInATerritoryEvent()
    {
        var annotations = new[]
        {
            Row("a.txt", "1956", "year", "promised two islands", "declaration", topics: ["territory"]),
            Row("a.txt", "1960", "year", "warned over Habomai", "warning", topics: ["territory"]),
            Row("a.txt", "1973", "year", "Tanaka visited Moscow", "tanaka"),
        };
        var events = new[]
        {
            Event("e1", "Declaration promises two islands", ["territory"], Mention("a.txt", "1956", "Year", "In 1956 Moscow promised two islands.")),
            Event("e2", "Soviet Union warns Japan", ["diplomacy-and-summits"], Mention("a.txt", "1960", "Year", "In 1960 Moscow warned over Habomai.")),
        };

        var report = CorpusScorer.Score(TwoDocuments, annotations, events);

        Assert.Equal(new Fraction(1, 2), report.TerritoryRecall);
    }

    [Fact]
    public void AnEmptyShareIsZero() => Assert.Equal(0, new Fraction(0, 0).Value);

    private static AnnotatedHappening Row(string document, string start, string precision, string evidence, string group, bool required = true, string[]? topics = null) =>
        new(document, start, precision, evidence, group, required, topics ?? []);

    private static ProducedMention Mention(string document, string start, string precision, string excerpt) => new(document, start, precision, excerpt);

    private static ProducedEvent Event(string id, params ProducedMention[] mentions) => Event(id, "Japan and Russia sign a treaty", [], mentions);

    private static ProducedEvent Event(string id, string title, params ProducedMention[] mentions) => Event(id, title, [], mentions);

    private static ProducedEvent Event(string id, string title, string[] topics, params ProducedMention[] mentions) => new(id, title, topics, mentions);
}
