using JapanRussia.Core.Queries;
using JapanRussia.Core.Reference;
using JapanRussia.Core.Search;
using JapanRussia.Core.Tests.Search;
using Microsoft.EntityFrameworkCore;

namespace JapanRussia.Core.Tests.Queries;

/// <summary>A walk of the timeline index gives, page by page, exactly the matching events that sorting them gives.</summary>
public sealed class SqliteTimelineWalkTests(SeededDatabase database) : IClassFixture<SeededDatabase>
{
    public static TheoryData<string?, string?, string?, int?, int?, EventSort> Cases() => new()
    {
        { "treaty", null, null, null, null, EventSort.Chronological },
        { "Japan", "territory", null, 1945, null, EventSort.ReverseChronological },
        { "soviet", "diplomacy-and-summits", null, null, 1991, EventSort.Chronological },
        { "Kuril", null, "cold-war", null, null, EventSort.Chronological },
        { null, "territory", null, 1900, 2000, EventSort.ReverseChronological },
        { null, "treaties-and-agreements", "cold-war", null, null, EventSort.ReverseChronological },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task WalkedPagesAreTheSortedMatchesPageByPage(string? text, string? topic, string? era, int? from, int? to, EventSort sort)
    {
        using var search = new TimelineReader(database.Factory);
        var filter = new EventFilter { Text = text, Topics = topic is null ? [] : [topic], Eras = era is null ? [] : [era], From = from, To = to };
        var expected = (await search.ListAsync(filter, sort)).Select(e => e.Id).ToList();
        Assert.NotEmpty(expected);

        await using var context = await database.Factory.CreateDbContextAsync();
        await context.Database.OpenConnectionAsync();
        var longest = await context.Events.MaxAsync(e => e.EndDate.Year - e.StartDate.Year);
        var walked = new List<string>();
        for (var skip = 0; skip <= expected.Count; skip += 3)
        {
            walked.AddRange(await SqliteTimelineWalk.PageAsync(context, filter, FtsQuery.Build(text), longest, sort, skip, 3, CancellationToken.None));
        }

        Assert.Equal(expected, walked);
    }

    [Fact]
    public async Task EveryEraWalkedTogetherIsEveryEvent()
    {
        using var search = new TimelineReader(database.Factory);
        var filter = new EventFilter { Eras = ReferenceData.Eras.Select(e => e.Id).ToList(), Topics = ["territory"] };
        var expected = (await search.ListAsync(filter with { Eras = [] })).Select(e => e.Id).ToList();

        await using var context = await database.Factory.CreateDbContextAsync();
        await context.Database.OpenConnectionAsync();
        var walked = await SqliteTimelineWalk.PageAsync(context, filter, match: null, longestSpanYears: null, EventSort.Chronological, 0, 10_000, CancellationToken.None);

        Assert.Equal(expected, walked);
    }
}
