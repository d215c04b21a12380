using System.Collections.Frozen;
using System.Text.Json;
using JapanRussia.Core.Data;

namespace JapanRussia.Core.Reference;

/// <summary>
/// The editable reference data: eras, the topic taxonomy, the gazetteer and the extraction's word tables, each one
/// JSON file embedded in this assembly.
/// A data change here needs no code change.
/// </summary>
public static class ReferenceData
{
    /// <summary>Word tables typed as frozen sets and maps are read as case-insensitive lookups.</summary>
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = true,
        Converters = { new WordSetConverter(), new WordMapConverter<string>(), new WordMapConverter<IReadOnlyList<string>>() },
    };

    private static readonly Lazy<IReadOnlyList<EraDefinition>> LazyEras = new(() => Load<ErasFile>("eras.json").Eras);

    private static readonly Lazy<IReadOnlyList<TopicDefinition>> LazyTopics = new(() => Load<TopicsFile>("topics.json").Topics);

    private static readonly Lazy<EventCues> LazyCues = new(() => Load<EventCues>("event-cues.json"));

    private static readonly Lazy<DateWordTables> LazyDateWords = new(() => Load<DateWordTables>("date-words.json"));

    private static readonly Lazy<AbbreviationTables> LazyAbbreviations = new(() => Load<AbbreviationTables>("abbreviations.json"));

    private static readonly Lazy<RoleCues> LazyRoleCues = new(() => Load<RoleCues>("role-cues.json"));

    private static readonly Lazy<IReadOnlyList<GazetteerEntry>> LazyGazetteer = new(() => Load<GazetteerFile>("gazetteer.json").Entries);

    private static readonly Lazy<MergeTerms> LazyMergeTerms = new(() => Load<MergeTerms>("merge-terms.json"));

    private static readonly Lazy<TitleWords> LazyTitleWords = new(() => Load<TitleWords>("title-words.json"));

    private static readonly Lazy<CalendarMarkers> LazyCalendarMarkers = new(() => Load<CalendarMarkers>("calendar-markers.json"));

    private static readonly Lazy<NamedHappenings> LazyHappenings = new(() => Load<NamedHappenings>("happenings.json"));

    private static readonly Lazy<HeadlineWords> LazyHeadlineWords = new(() => Load<HeadlineWords>("headline-words.json"));

    private static readonly Lazy<SearchWords> LazySearchWords = new(() => Load<SearchWords>("search-words.json"));

    private static readonly Lazy<JapaneseEraTable> LazyJapaneseEras = new(() => Load<JapaneseEraTable>("japanese-eras.json"));

    public static IReadOnlyList<EraDefinition> Eras => LazyEras.Value;

    public static CalendarMarkers CalendarMarkers => LazyCalendarMarkers.Value;

    public static IReadOnlyList<TopicDefinition> Topics => LazyTopics.Value;

    public static EventCues Cues => LazyCues.Value;

    public static RoleCues RoleCues => LazyRoleCues.Value;

    public static AbbreviationTables Abbreviations => LazyAbbreviations.Value;

    public static DateWordTables DateWords => LazyDateWords.Value;

    public static IReadOnlyList<GazetteerEntry> Gazetteer => LazyGazetteer.Value;

    public static MergeTerms MergeTerms => LazyMergeTerms.Value;

    public static TitleWords TitleWords => LazyTitleWords.Value;

    public static NamedHappenings Happenings => LazyHappenings.Value;

    public static HeadlineWords HeadlineWords => LazyHeadlineWords.Value;

    public static SearchWords SearchWords => LazySearchWords.Value;

    public static JapaneseEraTable JapaneseEras => LazyJapaneseEras.Value;

    /// <summary>The era whose years contain <paramref name="year"/>; years before the first era belong to the first.</summary>
    public static EraDefinition EraFor(int year)
    {
        var eras = Eras;
        foreach (var era in eras)
        {
            if (year >= era.Start && (era.End is null || year <= era.End))
            {
                return era;
            }
        }

        return year < eras[0].Start ? eras[0] : eras[^1];
    }

    public static IEnumerable<Era> EraRows() =>
        Eras.Select((e, i) => new Era { Id = e.Id, Name = e.Name, StartYear = e.Start, EndYear = e.End, Color = e.Color, SortOrder = i });

    public static IEnumerable<Topic> TopicRows() =>
        Topics.Select((t, i) => new Topic { Id = t.Id, Name = t.Name, SortOrder = i });

    private static T Load<T>(string fileName)
    {
        var assembly = typeof(ReferenceData).Assembly;
        var resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith("." + fileName, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded reference file {fileName} is missing.");
        return JsonSerializer.Deserialize<T>(stream, Json)
            ?? throw new InvalidOperationException($"Reference file {fileName} is empty.");
    }

    private sealed record ErasFile(IReadOnlyList<EraDefinition> Eras);

    private sealed record TopicsFile(IReadOnlyList<TopicDefinition> Topics);

    private sealed record GazetteerFile(IReadOnlyList<GazetteerEntry> Entries);
}
