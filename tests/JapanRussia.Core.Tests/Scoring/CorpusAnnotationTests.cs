using JapanRussia.Core.Documents;
using JapanRussia.Core.Reference;
using JapanRussia.Core.Scoring;
using JapanRussia.Core.Tests.Events;

namespace JapanRussia.Core.Tests.Scoring;

/// <summary>The corpus and its annotation hold together: every row points at a document of its split and at words it contains.</summary>
public sealed class CorpusAnnotationTests
{
    public static TheoryData<string> Splits => new() { "dev", "test", "holdout" };

    [Theory]
    [MemberData(nameof(Splits))]
    public void EveryRowNamesADocumentOfItsSplitAndWordsOfThatDocument(string split)
    {
        var folder = Annotations.TestData(Path.Combine("corpus", split));
        var texts = Directory.GetFiles(folder).ToDictionary(f => Path.GetFileName(f), f => DocumentReader.Read(Path.GetFileName(f), File.ReadAllBytes(f)).Text, StringComparer.Ordinal);

        var rows = AnnotationTable.Read(Annotations.TestData(Path.Combine("corpus", $"{split}-events.tsv")));

        Assert.All(rows, r => Assert.True(texts.TryGetValue(r.Document, out var text) && text.Contains(r.Evidence, StringComparison.Ordinal), r.ToString()));
    }

    [Fact]
    public void TheCorpusHasFourHundredRowsFortyCrossDocumentGroupsAndKnownTopics()
    {
        var rows = new[] { "dev", "test" }
            .SelectMany(s => AnnotationTable.Read(Annotations.TestData(Path.Combine("corpus", $"{s}-events.tsv"))))
            .ToList();
        var topics = ReferenceData.Topics.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);

        var crossDocumentGroups = rows.GroupBy(r => r.Group).Count(g => g.Select(r => r.Document).Distinct().Count() > 1);

        Assert.True(rows.Count >= 400, $"{rows.Count} rows");
        Assert.True(crossDocumentGroups >= 40, $"{crossDocumentGroups} cross-document groups");
        Assert.All(rows.SelectMany(r => r.Topics), t => Assert.Contains(t, topics));
    }

    [Fact]
    public void TheHoldoutSplitHasOneHundredFiftyRowsFifteenCrossDocumentGroupsAndKnownTopics()
    {
        var rows = AnnotationTable.Read(Annotations.TestData(Path.Combine("corpus", "holdout-events.tsv")));
        var topics = ReferenceData.Topics.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);

        var crossDocumentGroups = rows.GroupBy(r => r.Group).Count(g => g.Select(r => r.Document).Distinct().Count() > 1);

        Assert.True(rows.Count >= 150, $"{rows.Count} rows");
        Assert.True(crossDocumentGroups >= 15, $"{crossDocumentGroups} cross-document groups");
        Assert.All(rows.SelectMany(r => r.Topics), t => Assert.Contains(t, topics));
    }

    [Fact]
    public void EveryDocumentIsListedInTheManifestWithItsSplit()
    {
        var manifest = File.ReadLines(Annotations.TestData(Path.Combine("corpus", "manifest.tsv")))
            .Where(l => !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .ToDictionary(c => c[0], c => c[1], StringComparer.Ordinal);

        var files = new[] { "dev", "test", "holdout" }
            .SelectMany(s => Directory.GetFiles(Annotations.TestData(Path.Combine("corpus", s))).Select(f => (Name: Path.GetFileName(f), Split: s)))
            .ToList();

        Assert.Equal(manifest.Count, files.Count);
        Assert.All(files, f => Assert.Equal(f.Split, manifest[f.Name]));
    }
}
