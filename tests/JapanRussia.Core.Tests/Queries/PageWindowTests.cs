using JapanRussia.Core.Queries;
using JapanRussia.Core.Tests.Search;

namespace JapanRussia.Core.Tests.Queries;

/// <summary>Pages past the middle are read from the other end: every page of the page query and the API is still the same slice of the list.</summary>
public sealed class PageWindowTests(SeededDatabase database) : IClassFixture<SeededDatabase>
{
    [Theory]
    [InlineData(null, null)]
    [InlineData("territory", null)]
    [InlineData(null, "Japan")]
    public async Task EveryTimelinePageIsItsSliceOfTheTimeline(string? topic, string? text)
    {
        using var search = new TimelineReader(database.Factory);
        var filter = new EventFilter { Topics = topic is null ? [] : [topic], Text = text };
        var expected = (await search.ListAsync(filter)).Select(e => e.Id).ToList();
        Assert.True(expected.Count > 6);

        var read = new List<string>();
        for (var page = 1; page <= (expected.Count + 2) / 3; page++)
        {
            var result = await search.TimelinePageAsync(filter, page, 3);
            Assert.Equal(expected.Count, result.Total);
            read.AddRange(result.Items.Select(e => e.Id));
        }

        Assert.Equal(expected, read);
    }

    [Theory]
    [InlineData("territory", null, null, null, null)]
    [InlineData("territory", "diplomacy-and-summits", null, null, null)]
    [InlineData("territory", null, 1945, null, null)]
    [InlineData(null, null, 1900, 1991, null)]
    [InlineData("territory", null, null, null, "Japan")]
    public async Task ThePageAndTheApiListTheSameEventsOnDeepPages(string? topic, string? secondTopic, int? from, int? to, string? text)
    {
        using var search = new TimelineReader(database.Factory);
        var filter = new EventFilter { Topics = new[] { topic, secondTopic }.OfType<string>().ToList(), From = from, To = to, Text = text };
        var first = await search.SearchAsync(filter, 1, 2);
        var last = (first.Total + 1) / 2;
        Assert.True(last > 3);

        for (var page = last; page > last - 3; page--)
        {
            var api = await search.SearchAsync(filter, page, 2);
            var shown = await search.TimelinePageAsync(filter, page, 2);
            Assert.Equal(api.Total, shown.Total);
            Assert.NotEmpty(shown.Items);
            Assert.Equal(api.Items.Select(e => e.Id), shown.Items.Select(e => e.Id));
        }
    }

    [Theory]
    [InlineData(EventSort.Chronological, null)]
    [InlineData(EventSort.ReverseChronological, "Japan")]
    [InlineData(EventSort.Chronological, "treaty")]
    public async Task EveryApiPageIsItsSliceOfTheList(EventSort sort, string? text)
    {
        using var search = new TimelineReader(database.Factory);
        var filter = new EventFilter { Text = text };
        var expected = (await search.ListAsync(filter, sort)).Select(e => e.Id).ToList();

        var read = new List<string>();
        for (var page = 1; read.Count < expected.Count; page++)
        {
            var result = await search.SearchAsync(filter, page, 7, sort);
            Assert.NotEmpty(result.Items);
            read.AddRange(result.Items.Select(e => e.Id));
        }

        Assert.Equal(expected, read);
    }

    [Theory]
    [InlineData(0, 10, 100, 0, 10, false)]
    [InlineData(40, 10, 100, 40, 10, false)]
    [InlineData(50, 10, 100, 40, 10, true)]
    [InlineData(90, 10, 95, 0, 5, true)]
    [InlineData(0, 10, 5, 0, 10, false)]
    public void APagePastTheMiddleIsReadFromTheOtherEnd(long skip, int take, int total, int readSkip, int readTake, bool reversed) =>
        Assert.Equal(new PageWindow(readSkip, readTake, reversed), PageWindow.For(skip, take, total));
}
