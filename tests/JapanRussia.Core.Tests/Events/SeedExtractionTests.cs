using JapanRussia.Core.Events;
using JapanRussia.Core.Ingestion;
using Xunit.Abstractions;

namespace JapanRussia.Core.Tests.Events;

/// <summary>The real extraction (passages, recogniser, events, merging) measured against my annotation of the seed documents.</summary>
public sealed class SeedExtractionTests(ITestOutputHelper output)
{
    private const double RequiredRecall = 0.95;
    private const double RequiredPrecision = 0.95;

    [Fact]
    public void AnnotatedSeedEventsAreFoundWithExactDateAndPrecision()
    {
        var expected = Annotations.Expected("seed-events.tsv");
        var mentions = Annotations.Seeds.Mentions;
        var missed = expected.Where(e => !mentions.Any(e.IsMatchedBy)).ToList();
        var recall = 1.0 - ((double)missed.Count / expected.Count);
        output.WriteLine($"Seed recall: {recall:P1} ({expected.Count - missed.Count}/{expected.Count})");
        Assert.True(recall >= RequiredRecall, $"Recall {recall:P1} below {RequiredRecall:P0}. Missed:\n" + string.Join("\n", missed));
    }

    [Fact]
    public void ExtractedSeedMentionsAreAnnotatedHappenings()
    {
        var expected = Annotations.Expected("seed-events.tsv");
        var mentions = Annotations.Seeds.Mentions;
        var unexpected = mentions.Where(m => !expected.Any(e => e.IsMatchedBy(m))).ToList();
        var precision = 1.0 - ((double)unexpected.Count / mentions.Count);
        output.WriteLine($"Seed precision: {precision:P1} ({mentions.Count - unexpected.Count}/{mentions.Count})");
        Assert.True(
            precision >= RequiredPrecision,
            $"Precision {precision:P1} below {RequiredPrecision:P0}. Not annotated:\n" +
            string.Join("\n", unexpected.Select(m => $"{m.DocumentFileName} {m.Date.Date.StartText} ({m.Date.Date.Precision}) «{m.Excerpt}»")));
    }

    public static TheoryData<NonEvent> SeedNonEvents() => new(Annotations.NonEvents("seed-non-events.tsv"));

    [Theory]
    [MemberData(nameof(SeedNonEvents))]
    public void SeedDateThatIsNoHappeningIsNotExtracted(NonEvent nonEvent)
    {
        var seeds = Annotations.Seeds;
        var offending = seeds.Mentions.Where(m => m.DocumentFileName == nonEvent.Document && nonEvent.IsViolatedBy(m, seeds.Text(m.DocumentFileName))).ToList();
        Assert.True(offending.Count == 0, $"{nonEvent} was extracted as: " + string.Join("; ", offending.Select(m => m.Title)));
    }

    [Fact]
    public void EveryExcerptIsExactlyTheDocumentTextOfItsSentence()
    {
        var seeds = Annotations.Seeds;
        Assert.All(seeds.Mentions, m =>
        {
            Assert.Equal(seeds.Text(m.DocumentFileName)[m.Sentence.Start..m.Sentence.End], m.Excerpt);
            Assert.InRange(m.Date.Start, m.Sentence.Start, m.Sentence.End);
        });
    }

    [Fact]
    public void ExcerptsStartWithTheSentenceNotCitationMarkersOrListDashes()
    {
        Assert.All(Annotations.Seeds.Mentions, m => Assert.False(m.Excerpt[0] is '[' or '—' or '–' or '-', m.Excerpt));
    }

    [Fact]
    public void TitlesAreShortHeadlinesThatNeverEndMidWord()
    {
        Assert.All(Annotations.Seeds.Extraction.Events, e =>
        {
            Assert.InRange(e.Title.Length, 3, TitleReadability.MaxLength);
            Assert.True(char.IsUpper(e.Title[0]) || char.IsDigit(e.Title[0]), e.Title);
            Assert.True(char.IsLetterOrDigit(e.Title[^1]) || e.Title[^1] is '"' or '”' or ')' or '’', e.Title);
            Assert.All(e.Sources, s => Assert.True(s.Excerpt.Length <= TitleReadability.MaxLength || !s.Excerpt.StartsWith(s.Title, StringComparison.Ordinal) || s.Title.Length < s.Excerpt.Length - 10, s.Title));
        });
    }

    [Fact]
    public void MentionKeysAreContentDerivedAndUnique()
    {
        var keys = Annotations.Seeds.Mentions.Select(m => m.Key).ToList();
        Assert.Equal(keys.Count, keys.Distinct(StringComparer.Ordinal).Count());
        var again = IngestionPipeline.Extract(Annotations.SeedDocuments());
        Assert.Equal(
            Annotations.Seeds.Extraction.Events.Select(e => e.Id).Order(StringComparer.Ordinal),
            again.Events.Select(e => e.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EventIdsDoNotDependOnDocumentOrder()
    {
        var reversed = IngestionPipeline.Extract(Annotations.SeedDocuments().AsEnumerable().Reverse().ToList());
        Assert.Equal(
            Annotations.Seeds.Extraction.Events.Select(e => e.Id).Order(StringComparer.Ordinal),
            reversed.Events.Select(e => e.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EveryEventHasTheEraOfItsStartYear()
    {
        Assert.All(Annotations.Seeds.Extraction.Events, e => Assert.Equal(Reference.ReferenceData.EraFor(e.Date.Start.Year).Id, e.EraId));
    }
}
