using JapanRussia.Core.Queries;
using JapanRussia.Web.Api;
using JapanRussia.Web.Components.Pages.Timeline;
using Microsoft.AspNetCore.WebUtilities;

namespace JapanRussia.Web.Tests.Api;

/// <summary>
/// The API's strict parser and the page's forgiving one fill the same <see cref="EventFilter"/>: a valid query string
/// means one filter whichever reads it, and the filter written back as parameters is that query string.
/// </summary>
public sealed class EventListParametersTests
{
    [Theory]
    [InlineData("")]
    [InlineData("era=cold-war&era=post-soviet")]
    [InlineData("topic=territory&topic=sanctions")]
    [InlineData("source=a.txt&source=b.txt&person=Vladimir%20Putin&place=Kunashir&place=Moscow")]
    [InlineData("from=1950&to=1991")]
    [InlineData("q=kuril%20islands")]
    [InlineData("era=cold-war&topic=territory&source=a.txt&person=Gorbachev&place=Kunashir&from=1950&to=1991&q=joint%20declaration")]
    public void BothParsersFillTheSameFilter(string query)
    {
        var strict = Strict(query);
        var forgiving = TimelineAddress.FromUrl("/?" + query).Filter;

        Assert.Equal(Written(forgiving), Written(strict));
        Assert.Equal(query, Written(strict));
    }

    [Theory]
    [InlineData("era=nope", "era")]
    [InlineData("from=abc", "from")]
    [InlineData("from=1991&to=1950", "from")]
    public void WhatThePageForgivesTheApiRefuses(string query, string parameter)
    {
        var (request, errors) = Parameters(query).Validate();

        Assert.Null(request);
        Assert.Contains(parameter, errors.Keys);
        Assert.NotNull(TimelineAddress.FromUrl("/?" + query).Filter);
    }

    [Fact]
    public void RepeatedValuesAreReadOnce()
    {
        var filter = Strict("person=Abe&person=Abe&person=Putin");

        Assert.Equal(["Abe", "Putin"], filter.People);
    }

    private static EventFilter Strict(string query)
    {
        var (request, errors) = Parameters(query).Validate();
        Assert.True(request is not null, string.Join("; ", errors.Select(e => $"{e.Key}: {string.Join(' ', e.Value)}")));
        return request.Filter;
    }

    private static EventListParameters Parameters(string query)
    {
        var values = QueryHelpers.ParseQuery(query);
        string[]? Many(string key) => values.TryGetValue(key, out var value) ? value.ToArray().OfType<string>().ToArray() : null;
        string? One(string key) => values.TryGetValue(key, out var value) ? value.ToString() : null;
        return new EventListParameters
        {
            Era = Many("era"),
            Topic = Many("topic"),
            Source = Many("source"),
            Person = Many("person"),
            Place = Many("place"),
            From = One("from"),
            To = One("to"),
            Q = One("q"),
        };
    }

    private static string Written(EventFilter filter) =>
        string.Join('&', filter.ToParameters().Select(p => p.Key + "=" + Uri.EscapeDataString(p.Value)));
}
