using JapanRussia.Core.Documents;
using JapanRussia.Core.Events;
using JapanRussia.Core.Ingestion;

namespace JapanRussia.Core.Tests.Events;

/// <summary>A dated happening an annotator expects: the document, its start (YYYY, YYYY-MM or YYYY-MM-DD), precision and a phrase of its sentence.</summary>
public sealed record ExpectedEvent(string Document, string Start, string Precision, string Evidence)
{
    public bool IsMatchedBy(EventMention mention) =>
        mention.DocumentFileName == Document &&
        mention.Date.Date.StartText == Start &&
        string.Equals(mention.Date.Date.Precision.ToString(), Precision, StringComparison.OrdinalIgnoreCase) &&
        mention.Excerpt.Contains(Evidence, StringComparison.Ordinal);

    public override string ToString() => $"{Document} {Start} ({Precision}) «{Evidence}»";
}

/// <summary>A date that is not a happening: the document, words of the date as written, a phrase of its sentence, and why.</summary>
public sealed record NonEvent(string Document, string DateText, string Evidence, string Why)
{
    public bool IsViolatedBy(EventMention mention, string documentText) =>
        mention.DocumentFileName == Document &&
        mention.Excerpt.Contains(Evidence, StringComparison.Ordinal) &&
        documentText[mention.Date.Start..mention.Date.End].Contains(DateText, StringComparison.Ordinal);

    public override string ToString() => $"{Document} «{Evidence}» ({Why})";
}

/// <summary>The annotation tables in TestData and the documents they describe, extracted once per test run.</summary>
internal static class Annotations
{
    private static readonly Lazy<Corpus> LazySeeds = new(() => Corpus.Of(SeedDocuments()));

    private static readonly Lazy<Corpus> LazyUnseen = new(() => Corpus.Of(UnseenDocuments()));

    public static Corpus Seeds => LazySeeds.Value;

    public static Corpus Unseen => LazyUnseen.Value;

    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "JapanRussia.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("JapanRussia.sln not found above " + AppContext.BaseDirectory);
    }

    public static string TestData(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", name);

    public static IReadOnlyList<ExpectedEvent> Expected(string table) =>
        Rows(table).Select(r => new ExpectedEvent(r[0], r[1], r[2], r[3])).ToList();

    public static IReadOnlyList<NonEvent> NonEvents(string table) =>
        Rows(table).Select(r => new NonEvent(r[0], r[1], r[2], r[3])).ToList();

    /// <summary>Multi-source happenings: group name → members (document, start, evidence).</summary>
    public static IReadOnlyDictionary<string, List<ExpectedEvent>> MergeGroups(string table) =>
        Rows(table)
            .GroupBy(r => r[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(r => new ExpectedEvent(r[1], r[2], string.Empty, r[3])).ToList(), StringComparer.Ordinal);

    public static IEnumerable<string[]> Rows(string table) =>
        File.ReadLines(TestData(table))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'));

    public static List<SourceDocument> SeedDocuments() =>
        Directory.GetFiles(Path.Combine(RepositoryRoot(), "seeds"))
            .Where(DocumentReader.IsDocument)
            .Order(StringComparer.Ordinal)
            .Select(path => DocumentReader.Read(Path.GetFileName(path), File.ReadAllBytes(path)))
            .ToList();

    public static List<SourceDocument> UnseenDocuments() =>
        Directory.GetFiles(TestData("unseen"))
            .Order(StringComparer.Ordinal)
            .Select(path => DocumentReader.Read(Path.GetFileName(path), File.ReadAllBytes(path)))
            .ToList();

    public static SourceDocument Document(string text, DateOnly? published = null, string fileName = "test.txt") =>
        new(fileName, "Test", null, published, text, fileName);

    internal sealed record Corpus(IReadOnlyList<SourceDocument> Documents, IngestionPipeline.Extraction Extraction)
    {
        public IReadOnlyList<EventMention> Mentions { get; } = Extraction.Events.SelectMany(e => e.Sources).ToList();

        public string Text(string fileName) => Documents.Single(d => d.FileName == fileName).Text;

        public TimelineEvent EventOf(EventMention mention) => Extraction.Events.Single(e => e.Sources.Contains(mention));

        public static Corpus Of(IReadOnlyList<SourceDocument> documents) => new(documents, IngestionPipeline.Extract(documents));
    }
}
