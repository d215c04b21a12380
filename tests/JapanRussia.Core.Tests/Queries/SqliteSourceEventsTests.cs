using JapanRussia.Core.Queries;
using JapanRussia.Core.Reference;
using JapanRussia.Core.Tests.Search;

namespace JapanRussia.Core.Tests.Queries;

/// <summary>A filter with a source, read from the source's events, answers exactly as filtering every event would.</summary>
public sealed class SqliteSourceEventsTests(SeededDatabase database) : IClassFixture<SeededDatabase>
{
    [Theory]
    [InlineData(EventSort.Chronological, null)]
    [InlineData(EventSort.ReverseChronological, 1900)]
    [InlineData(EventSort.Relevance, 1950)]
    public async Task PagesCountsAndYearsOfASourceWithOtherFiltersAreThoseOfEveryEventFiltered(EventSort sort, int? from)
    {
        using var search = new TimelineReader(database.Factory);
        var everything = await search.ListAsync(new EventFilter { From = from }, sort == EventSort.ReverseChronological ? sort : EventSort.Chronological);
        var documents = everything.SelectMany(e => e.Sources.Select(s => s.Document)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var topics = ReferenceData.Topics.Select(t => t.Id).ToList();
        var tried = 0;
        foreach (var document in documents)
        {
            foreach (var topicSet in new[] { Array.Empty<string>(), topics.Take(1).ToArray(), topics.Take(3).ToArray() })
            {
                var filter = new EventFilter { Sources = [document, "no-such-document.md"], Topics = topicSet, From = from };
                var expected = everything.Where(e => e.Sources.Any(s => s.Document == document) && (topicSet.Length == 0 || topicSet.Any(e.Topics.Contains)))
                    .Select(e => e.Id).ToList();

                var first = await search.SearchAsync(filter, pageSize: TimelineReader.MaxPageSize, sort: sort);
                var paged = await AllPagesAsync(search, filter, 2, sort, expected.Count);
                var years = (await search.FacetsAndYearsAsync(filter)).Years;

                Assert.Equal(expected.Count, first.Total);
                Assert.Equal(expected, paged);
                Assert.Equal(
                    everything.Where(e => expected.Contains(e.Id)).GroupBy(e => int.Parse(e.Start[..4], System.Globalization.CultureInfo.InvariantCulture)).Select(g => (g.Key, g.Count())).Order(),
                    years.Select(y => (y.Year, y.Count)));
                tried += expected.Count > 2 ? 1 : 0;
            }
        }

        Assert.True(tried > 3, "the seeds should give several sources with more than one page");
    }

    private static async Task<List<string>> AllPagesAsync(TimelineReader search, EventFilter filter, int size, EventSort sort, int limit)
    {
        var all = new List<string>();
        for (var page = 1; all.Count < limit + 1; page++)
        {
            var result = await search.SearchAsync(filter, page, size, sort);
            if (result.Items.Count == 0)
            {
                break;
            }

            all.AddRange(result.Items.Select(e => e.Id));
        }

        return all;
    }
}
