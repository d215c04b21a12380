using JapanRussia.Core.Export;
using JapanRussia.Core.Queries;
using JapanRussia.Core.Reference;
using JapanRussia.Core.Tests.Search;

namespace JapanRussia.Core.Tests.Queries;

/// <summary>The faster query plans answer exactly as the plain ones: small pages against one big sorted list.</summary>
public sealed class TimelineReaderPlanTests(SeededDatabase database) : IClassFixture<SeededDatabase>
{
    [Theory]
    [InlineData("Japan")]
    [InlineData("treaty")]
    [InlineData("Kuril")]
    public async Task RankedPagesFollowTheWholeRankingTiesIncluded(string text)
    {
        using var search = new TimelineReader(database.Factory);

        // Naming every era changes no result but takes the general plan, which ranks every match before paging.
        var everyEra = new EventFilter { Text = text, Eras = ReferenceData.Eras.Select(e => e.Id).ToList() };
        var whole = await search.SearchAsync(everyEra, pageSize: TimelineReader.MaxPageSize, sort: EventSort.Relevance);
        Assert.NotEmpty(whole.Items);

        foreach (var size in new[] { 1, 2, 3, 7 })
        {
            var paged = await AllPagesAsync(search, new EventFilter { Text = text }, size, EventSort.Relevance, whole.Items.Count);
            Assert.Equal(whole.Items.Select(e => (e.Id, e.Snippet)), paged.Select(e => (e.Id, e.Snippet)));
        }
    }

    [Theory]
    [InlineData(EventSort.Chronological)]
    [InlineData(EventSort.ReverseChronological)]
    public async Task PagesWalkedInTimeOrderMatchTheSortedMatches(EventSort sort)
    {
        using var search = new TimelineReader(database.Factory);
        foreach (var topic in ReferenceData.Topics.Select(t => t.Id))
        {
            var filter = new EventFilter { Topics = [topic], From = 1900 };
            var sorted = await search.ListAsync(filter, sort);
            var paged = await AllPagesAsync(search, filter, 3, sort, sorted.Count);
            Assert.Equal(sorted.Select(e => e.Id), paged.Select(e => e.Id));
        }
    }

    [Theory]
    [InlineData(EventSort.Chronological, null)]
    [InlineData(EventSort.ReverseChronological, 1900)]
    public async Task EventsInSeveralTopicsAreThoseCarryingAnyOne(EventSort sort, int? from)
    {
        using var search = new TimelineReader(database.Factory);
        var everything = await search.ListAsync(new EventFilter { From = from }, sort);
        var topics = ReferenceData.Topics.Select(t => t.Id).ToList();
        var combinations = topics.SelectMany((a, i) => topics.Skip(i + 1).Select(b => new[] { a, b }))
            .Append(topics.Take(3).ToArray())
            .Append([topics[0], topics[1], topics[0]]);
        var wider = 0;
        foreach (var combination in combinations)
        {
            var expected = everything.Where(e => combination.Any(e.Topics.Contains)).Select(e => e.Id).ToList();
            var filter = new EventFilter { Topics = combination, From = from };
            var page = await search.SearchAsync(filter, pageSize: TimelineReader.MaxPageSize, sort: sort);
            Assert.Equal(expected.Count, page.Total);
            Assert.Equal(expected.Take(TimelineReader.MaxPageSize), page.Items.Select(e => e.Id));
            var paged = await AllPagesAsync(search, filter, 2, sort, expected.Count);
            Assert.Equal(expected, paged.Select(e => e.Id));
            wider += combination.All(topic => expected.Count > everything.Count(e => e.Topics.Contains(topic))) ? 1 : 0;
        }

        Assert.True(wider > 0, "two topics together should find more events than either alone");
    }

    private static async Task<List<EventDocument>> AllPagesAsync(TimelineReader search, EventFilter filter, int size, EventSort sort, int limit)
    {
        var all = new List<EventDocument>();
        for (var page = 1; all.Count < limit; page++)
        {
            var result = await search.SearchAsync(filter, page, size, sort);
            if (result.Items.Count == 0)
            {
                break;
            }

            all.AddRange(result.Items);
        }

        return all.Take(limit).ToList();
    }
}
