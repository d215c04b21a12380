namespace JapanRussia.Core.Tests.Architecture;

/// <summary>
/// The team's limits on the whole of src/ (generated migrations aside): a file per public type, named after it; no file
/// over 300 lines; no method over 60. A breach in another engineer's area is listed below with its owner until it is
/// fixed; a listed breach that has been fixed fails too, so that the list only shrinks.
/// </summary>
public sealed class SourceLimitsTests
{
    private const int MaximumFileLines = 300;
    private const int MaximumMethodLines = 60;

    /// <summary>Public types in a file named after another type: "file → type", with the area that owns each.</summary>
    private static readonly string[] KnownMisplacedTypes = [];

    /// <summary>Methods over the limit: "file: method", with the area that owns each.</summary>
    private static readonly string[] KnownLongMethods =
    [
        // engine11: Dates, Documents, Events, Reference, Scoring
        "src/JapanRussia.Core/Dates/DateRangeReader.cs: TryRange",
        "src/JapanRussia.Core/Dates/RelativePhrases.cs: Parse",
        "src/JapanRussia.Core/Events/AttributiveStage.cs: ReadAttributive",
        // merge11: Ingestion
        "src/JapanRussia.Core/Ingestion/IngestionPipeline.cs: IngestAsync",
        "src/JapanRussia.Core/Ingestion/TimelineStore.cs: WriteAsync",
    ];

    [Fact]
    public void NoSourceFileIsLongerThanThreeHundredLines()
    {
        var tooLong = SourceTree.Files()
            .Select(f => (File: f, Lines: SourceTree.LineCount(f)))
            .Where(f => f.Lines > MaximumFileLines)
            .Select(f => $"{f.File} ({f.Lines} lines)")
            .ToList();

        Assert.True(tooLong.Count == 0, "Over " + MaximumFileLines + " lines:\n" + string.Join('\n', tooLong));
    }

    [Fact]
    public void EveryPublicTypeIsInAFileNamedAfterIt()
    {
        var misplaced = SourceTree.Files().Where(f => f.EndsWith(".cs", StringComparison.Ordinal))
            .SelectMany(f => SourceTree.PublicTypeNames(f).Where(type => type != SourceTree.TypeNameOf(f)).Select(type => $"{f} → {type}"));

        AssertOnlyKnown(misplaced, KnownMisplacedTypes, "public types in a file named after another");
    }

    [Fact]
    public void NoMethodIsLongerThanSixtyLines()
    {
        var tooLong = SourceTree.Files().Where(f => f.EndsWith(".cs", StringComparison.Ordinal))
            .SelectMany(f => SourceTree.Members(f).Where(m => m.Lines > MaximumMethodLines).Select(m => $"{f}: {m.Name}"));

        AssertOnlyKnown(tooLong, KnownLongMethods, "methods over " + MaximumMethodLines + " lines");
    }

    private static void AssertOnlyKnown(IEnumerable<string> found, IReadOnlyCollection<string> known, string what)
    {
        var breaches = found.Distinct().ToList();
        var fresh = breaches.Except(known).ToList();
        var fixedSince = known.Except(breaches).ToList();
        Assert.True(fresh.Count == 0, $"New {what}:\n" + string.Join('\n', fresh));
        Assert.True(fixedSince.Count == 0, $"Fixed, so remove from the known list ({what}):\n" + string.Join('\n', fixedSince));
    }
}
