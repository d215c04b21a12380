using JapanRussia.Core.Dates;
using JapanRussia.Core.Documents;
using JapanRussia.Core.Ingestion;
using Xunit.Abstractions;

namespace JapanRussia.Core.Tests.Events;

public sealed class MergeTests(ITestOutputHelper output)
{
    private const string Doc000 = "000_d1d942f572a7c8cc.txt";
    private const string Doc002 = "002_05d3fdc712978b7f.txt";
    private const string Doc003 = "003_78b0b50a507ba5bf.txt";
    private const string Doc004 = "004_06bf8b0e85968406.txt";

    [Fact]
    public void JointDeclarationOf1956MergesFourSourcesAtDayPrecision()
    {
        var seeds = Annotations.Seeds;
        var declaration = seeds.EventOf(seeds.Mentions.Single(m => m.DocumentFileName == Doc002 && m.Excerpt.Contains("signed a Joint Declaration", StringComparison.Ordinal)));

        Assert.Equal(
            [Doc000, Doc002, Doc003, Doc004],
            declaration.Sources.Select(s => s.DocumentFileName).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal("1956-10-19", declaration.Date.StartText);
        Assert.Equal(DatePrecision.Day, declaration.Date.Precision);
        Assert.Equal("19 October 1956", declaration.Date.Label);
        Assert.Equal("cold-war", declaration.EraId);
        Assert.Null(declaration.Disagreement);
        Assert.Contains(declaration.Topics, t => t.TopicId == "treaties-and-agreements");
    }

    [Fact]
    public void AnnotatedMultiSourceHappeningsMergeIntoOneEvent()
    {
        var seeds = Annotations.Seeds;
        var groups = Annotations.MergeGroups("seed-merges.tsv");
        var failures = new List<string>();
        foreach (var (name, members) in groups)
        {
            var events = members
                .Select(member => seeds.Mentions.FirstOrDefault(m => m.DocumentFileName == member.Document && m.Date.Date.StartText == member.Start && m.Excerpt.Contains(member.Evidence, StringComparison.Ordinal)))
                .Select(m => m is null ? "(not extracted)" : seeds.EventOf(m).Id)
                .Distinct(StringComparer.Ordinal)
                .ToList();
            if (events.Count != 1 || events[0] == "(not extracted)")
            {
                failures.Add($"{name}: {events.Count} events");
            }
        }

        var rate = 1.0 - ((double)failures.Count / groups.Count);
        output.WriteLine($"Merge rate: {rate:P1} ({groups.Count - failures.Count}/{groups.Count})");
        Assert.True(rate >= 0.90, $"Merge rate {rate:P1} below 90%:\n" + string.Join("\n", failures));
    }

    [Theory]
    [InlineData(Doc003, "broke down early in 1956", Doc002, "signed a Joint Declaration on October 19, 1956")]
    [InlineData(Doc002, "As early as 1956, it hinted", Doc000, "sign the Japan-Soviet Joint Declaration")]
    [InlineData(Doc002, "As early as 1956, it hinted", Doc004, "Joint Declaration of 1956 promised")]
    [InlineData(Doc003, "Russia announced on 21 Marach 2022", Doc003, "imposition of sanctions on Russia in March 2022")]
    [InlineData(Doc003, "Putin proposed signing", Doc004, "2018 Thirteenth East Asia Summit")]
    [InlineData(Doc003, "announcement in 1990", Doc003, "In January 1990, the Japanese Ministry")]
    [InlineData(Doc000, "Putin meets Abe in Japan", Doc003, "on 04 January 2016, Abe said")]
    [InlineData(Doc000, "1905: Japan defeats Russia", Doc004, "led to the Russo–Japanese War in 1904")]
    public void DifferentHappeningsStaySeparateEvenInTheSameYear(string firstDocument, string firstEvidence, string secondDocument, string secondEvidence)
    {
        var seeds = Annotations.Seeds;
        var first = seeds.Mentions.First(m => m.DocumentFileName == firstDocument && m.Excerpt.Contains(firstEvidence, StringComparison.Ordinal));
        var second = seeds.Mentions.First(m => m.DocumentFileName == secondDocument && m.Excerpt.Contains(secondEvidence, StringComparison.Ordinal));
        Assert.NotEqual(seeds.EventOf(first).Id, seeds.EventOf(second).Id);
    }

    [Fact]
    public void TwoHappeningsOfOneSentenceStaySeparate()
    {
        var seeds = Annotations.Seeds;
        var surrender = seeds.Mentions.Single(m => m.DocumentFileName == Doc000 && m.Date.Date.StartText == "1945-08-15");
        var declaration = seeds.Mentions.Single(m => m.DocumentFileName == Doc000 && m.Date.Date.StartText == "1945");
        Assert.Equal(surrender.Excerpt, declaration.Excerpt);
        Assert.NotEqual(seeds.EventOf(surrender).Id, seeds.EventOf(declaration).Id);
    }

    [Fact]
    public void SourcesThatGiveTheSameHappeningDifferentYearsAreKeptAndTheDisagreementIsRecorded()
    {
        var documents = new[]
        {
            Annotations.Document("The Treaty of Portsmouth was signed in 1905 by Russia and Japan, ending the Russo-Japanese War.", fileName: "a.txt"),
            Annotations.Document("The Treaty of Portsmouth was signed in 1906 by Russia and Japan, ending the Russo-Japanese War.", fileName: "b.txt"),
        };

        var timelineEvent = Assert.Single(IngestionPipeline.Extract(documents).Events);

        Assert.Equal(["a.txt", "b.txt"], timelineEvent.Sources.Select(s => s.DocumentFileName).Order(StringComparer.Ordinal));
        Assert.Equal("Sources differ: a.txt says 1905; b.txt says 1906.", timelineEvent.Disagreement);
    }

    [Fact]
    public void TwoReportsOfOnePersonsDayMergeHoweverTheyWordIt()
    {
        var documents = new[]
        {
            Annotations.Document("On 26 July 2021, Mishustin arrived in Iturup as part of his tour of the Far East.", fileName: "a.txt"),
            Annotations.Document("Russian Prime Minister Mishustin set foot on the disputed island on 26 July 2021, drawing a protest from Tokyo.", fileName: "b.txt"),
        };

        var timelineEvent = Assert.Single(IngestionPipeline.Extract(documents).Events);

        Assert.Equal(["a.txt", "b.txt"], timelineEvent.Sources.Select(s => s.DocumentFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TwoThingsOnePersonDidOnOneDayInOneReportStayTwo()
    {
        var document = Annotations.Document(
            "On 26 July 2021, Mishustin arrived in Iturup as part of his tour of the Far East.\n\nOn 26 July 2021, Mishustin opened a fish processing plant near Kurilsk.",
            fileName: "a.txt");

        Assert.Equal(2, IngestionPipeline.Extract([document]).Events.Count);
    }

    [Fact]
    public void MergedEventTakesTheMostPreciseDateAndItsSourcesHeadline()
    {
        var documents = new[]
        {
            Annotations.Document("In 1993 Boris Yeltsin visited Tokyo and signed the Tokyo Declaration with Morihiro Hosokawa.", fileName: "a.txt"),
            Annotations.Document("On 13 October 1993 Boris Yeltsin and Morihiro Hosokawa signed the Tokyo Declaration.", fileName: "b.txt"),
        };

        var timelineEvent = Assert.Single(IngestionPipeline.Extract(documents).Events);

        Assert.Equal("1993-10-13", timelineEvent.Date.StartText);
        Assert.Equal("Boris Yeltsin and Morihiro Hosokawa sign the Tokyo Declaration", timelineEvent.Title);
        Assert.Null(timelineEvent.Disagreement);
    }

    [Fact]
    public void AThousandCopiesOfTheSeedsMergeIntoTheSeedsOwnEvents()
    {
        var seeds = Annotations.SeedDocuments();
        var corpus = Enumerable.Range(0, 200)
            .SelectMany(copy => seeds.Select(d => d with { FileName = $"{copy:D3}-{d.FileName}" }))
            .ToList();

        var extraction = IngestionPipeline.Extract(corpus);

        // Each happening is stated by all 200 copies of its documents, so it is one event with 200 times the sources.
        var alone = Annotations.Seeds.Extraction.Events;
        Assert.Equal(alone.Select(e => (e.Date.Label, e.Title)).Order(), extraction.Events.Select(e => (e.Date.Label, e.Title)).Order());
        Assert.Equal(alone.Sum(e => e.Sources.Count) * 200, extraction.Events.Sum(e => e.Sources.Count));
    }

    [Fact]
    public void ASentenceRepeatedThousandsOfTimesInOneDocumentIsOneEventWithDistinctSourceKeys()
    {
        var text = "Irkutsk\n\n" + string.Concat(Enumerable.Repeat("In 2001 the Irkutsk statement was issued by both leaders. ", 5_000));
        var document = DocumentReader.Read("repeats.txt", System.Text.Encoding.UTF8.GetBytes(text));

        var extraction = IngestionPipeline.Extract([document]);

        var irkutsk = Assert.Single(extraction.Events);
        Assert.Equal(5_000, irkutsk.Sources.Count);
        Assert.Equal(5_000, irkutsk.Sources.Select(s => s.Key).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(5_000, irkutsk.Sources.Select(s => s.Sentence.Start).Distinct().Count());
    }

    [Fact]
    public void ARestatementHiddenAmongThousandsOfLikeStatementsOfOneYearStillFindsItsPartner()
    {
        // Every statement shares "delegation", "met", "Tokyo" and "matter" and the year: blocks on those words are far
        // larger than the merger compares pair by pair, so the restatement must be found by its rare words.
        string Name(int n) => "Zo" + string.Concat(Enumerable.Range(0, 4).Select(k => (char)('a' + (n / (int)Math.Pow(26, k) % 26))));
        var months = System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[..12];
        var chronicle = string.Join("\n\n", Enumerable.Range(0, 2_000).Select(n => $"On {1 + (n % 28)} {months[n % 12]} 1990, the {Name(n)} delegation met in Tokyo about the {Name(n + 5_000).ToLowerInvariant()} matter."));
        var restatement = $"In {months[777 % 12]} 1990 the {Name(777)} delegation met in Tokyo about the {Name(5_777).ToLowerInvariant()} matter.";

        var extraction = IngestionPipeline.Extract([Annotations.Document(chronicle, fileName: "a.txt"), Annotations.Document(restatement, fileName: "b.txt")]);

        Assert.Equal(2_000, extraction.Events.Count);
        var merged = Assert.Single(extraction.Events, e => e.Sources.Count > 1);
        Assert.Contains(Name(777), merged.Title, StringComparison.Ordinal);
        Assert.Equal(["a.txt", "b.txt"], merged.Sources.Select(s => s.DocumentFileName).Order(StringComparer.Ordinal));
    }
}
