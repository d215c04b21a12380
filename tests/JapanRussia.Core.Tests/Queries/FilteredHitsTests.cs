using JapanRussia.Core.Queries;
using JapanRussia.Core.Tests.Search;

namespace JapanRussia.Core.Tests.Queries;

/// <summary>Free text with other filters finds exactly the events both find apart, in each order, on every page.</summary>
public sealed class FilteredHitsTests(SeededDatabase database) : IClassFixture<SeededDatabase>
{
    public static TheoryData<string, string?, int?, int?, EventSort> Cases() => new()
    {
        { "treaty", "treaties-and-agreements", null, null, EventSort.Relevance },
        { "treaty", "treaties-and-agreements", null, null, EventSort.Chronological },
        { "Japan", "territory", 1945, null, EventSort.ReverseChronological },
        { "Kuril", null, 1945, 2000, EventSort.Relevance },
        { "soviet", "diplomacy-and-summits", null, 1991, EventSort.Chronological },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task TextWithFiltersIsTheIntersectionOfEach(string text, string? topic, int? from, int? to, EventSort sort)
    {
        using var search = new TimelineReader(database.Factory);
        var filter = new EventFilter { Text = text, Topics = topic is null ? [] : [topic], From = from, To = to };
        var matchingText = (await search.ListAsync(new EventFilter { Text = text })).Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var expected = (await search.ListAsync(filter with { Text = null }, sort == EventSort.Relevance ? EventSort.Chronological : sort))
            .Select(e => e.Id).Where(matchingText.Contains).ToList();
        Assert.NotEmpty(expected);

        var pages = new List<string>();
        for (var page = 1; pages.Count < expected.Count; page++)
        {
            var result = await search.SearchAsync(filter, page, 2, sort);
            Assert.Equal(expected.Count, result.Total);
            Assert.NotEmpty(result.Items);
            Assert.All(result.Items, e => Assert.Contains("<mark>", e.Snippet, StringComparison.Ordinal));
            pages.AddRange(result.Items.Select(e => e.Id));
        }

        if (sort == EventSort.Relevance)
        {
            Assert.Equal(expected.Order(StringComparer.Ordinal), pages.Order(StringComparer.Ordinal));
            Assert.Equal((await search.ListAsync(filter, sort)).Select(e => e.Id), pages);
        }
        else
        {
            Assert.Equal(expected, pages);
        }
    }

    [Theory]
    [InlineData("treaty", "treaties-and-agreements")]
    [InlineData("Japan", null)]
    public async Task YearCountsWithTextCountTheMatchingEventsByStartYear(string text, string? topic)
    {
        using var search = new TimelineReader(database.Factory);
        var filter = new EventFilter { Text = text, Topics = topic is null ? [] : [topic] };
        var expected = (await search.ListAsync(filter))
            .GroupBy(e => int.Parse(e.Start[..4], System.Globalization.CultureInfo.InvariantCulture))
            .Select(g => new YearCount(g.Key, g.Count()))
            .OrderBy(y => y.Year);

        Assert.Equal(expected, (await search.FacetsAndYearsAsync(filter)).Years);
    }
}
