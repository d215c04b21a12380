using System.Globalization;
using JapanRussia.Core.Queries;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;
using JapanRussia.Web.Components.Pages.Timeline.Axis;

namespace JapanRussia.Web.Components.Pages.Timeline;

/// <summary>
/// The timeline page's state as it lives in the URL: <c>?era=cold-war&amp;topic=territory&amp;q=kuril&amp;from=1950&amp;to=1991&amp;page=2</c>,
/// with repeated keys for several values of one filter. The forgiving parser of an <see cref="EventFilter"/> (the API's
/// is the strict one): unknown or malformed values are dropped, reversed years are swapped.
/// </summary>
public sealed record TimelineAddress
{
    /// <summary>
    /// Events on one page of the timeline. Every filter change fetches and patches the page, so its size is most of what
    /// a change costs (see docs/performance.md).
    /// </summary>
    public const int PageSize = 25;

    /// <summary>What a checkbox or a hand-typed address may say for "only events whose sources disagree".</summary>
    private static readonly HashSet<string> Yes = new(["true", "on", "1", "yes"], StringComparer.OrdinalIgnoreCase);

    public EventFilter Filter { get; init; } = EventFilter.Everything;

    public int Page { get; init; } = 1;

    /// <summary>The list or the time axis (<c>view=axis</c>); not a filter.</summary>
    public TimelineViewMode View { get; init; }

    public static TimelineAddress Cleared { get; } = new();

    public bool HasFilters => Filter.ToParameters().Any();

    /// <summary>The address made of a URL's query values, <paramref name="values"/> giving every value of a key.</summary>
    public static TimelineAddress Parse(Func<string, IEnumerable<string?>> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var (first, last) = (Year(values("from")), Year(values("to")));
        if (first > last)
        {
            (first, last) = (last, first);
        }

        var filter = new EventFilter
        {
            Eras = Values(values("era")),
            Topics = Values(values("topic")),
            Sources = Values(values("source")),
            People = Values(values("person")),
            Places = Values(values("place")),
            From = first,
            To = last,
            Text = values("q").Select(Clean).FirstOrDefault(),
            SourcesDisagree = values("disagree").Select(Clean).Any(IsYes),
        };
        var page = values("page").FirstOrDefault();
        return new TimelineAddress
        {
            Filter = filter,
            Page = int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1 ? number : 1,
            View = TimelineViewModes.Parse(values("view").FirstOrDefault()),
        };

        static IReadOnlyList<string> Values(IEnumerable<string?> values) =>
            values.Select(Clean).OfType<string>().Distinct(StringComparer.Ordinal).ToList();

        static bool IsYes(string? value) => value is not null && Yes.Contains(value);

        static int? Year(IEnumerable<string?> values) =>
            int.TryParse(values.FirstOrDefault(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var year) && year is >= 1 and <= 9999 ? year : null;
    }

    /// <summary>The address of a URL made by <see cref="ToUrl"/> (or typed by hand): <c>/?era=cold-war&amp;q=kuril</c>.</summary>
    public static TimelineAddress FromUrl(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var at = url.IndexOf('?', StringComparison.Ordinal);
        var query = QueryHelpers.ParseQuery(at < 0 ? "" : url[at..]);
        return Parse(key => query.GetValueOrDefault(key, StringValues.Empty).ToArray());
    }

    /// <summary>The same filters without the year range (the overview strip counts over every year).</summary>
    public TimelineAddress WithoutYears() => WithFilter(Filter with { From = null, To = null });

    /// <summary>The view with <paramref name="value"/> of the filter named <paramref name="key"/> (era, topic, source, person, place) added or removed.</summary>
    public TimelineAddress Toggle(string key, string value) => WithFilter(key switch
    {
        "era" => Filter with { Eras = Toggled(Filter.Eras, value) },
        "topic" => Filter with { Topics = Toggled(Filter.Topics, value) },
        "source" => Filter with { Sources = Toggled(Filter.Sources, value) },
        "person" => Filter with { People = Toggled(Filter.People, value) },
        "place" => Filter with { Places = Toggled(Filter.Places, value) },
        _ => throw new ArgumentOutOfRangeException(nameof(key), key, "Not a filter with several values."),
    });

    public TimelineAddress ToggleEra(string era) => Toggle("era", era);

    public TimelineAddress OnlyEra(string era) => WithFilter(Filter with { Eras = [era], From = null, To = null });

    public TimelineAddress WithYears(int? from, int? to) => WithFilter(Filter with { From = from, To = to });

    public TimelineAddress WithoutDisagreements() => WithFilter(Filter with { SourcesDisagree = false });

    public TimelineAddress WithoutText() => WithFilter(Filter with { Text = null });

    public TimelineAddress WithPage(int page) => this with { Page = Math.Max(1, page) };

    /// <summary>The address of this view, e.g. <c>/?era=cold-war&amp;topic=territory</c>; <c>/</c> when nothing is set.</summary>
    public string ToUrl()
    {
        var parameters = Filter.ToParameters().ToList();
        if (Page > 1)
        {
            parameters.Add(new("page", Page.ToString(CultureInfo.InvariantCulture)));
        }

        if (View.ToUrlValue() is { } view)
        {
            parameters.Add(new("view", view));
        }

        return parameters.Count == 0 ? "/" : "/?" + string.Join('&', parameters.Select(p => p.Key + "=" + Uri.EscapeDataString(p.Value)));
    }

    /// <summary>The download of every event in this view (all pages): <c>/api/export?format=csv&amp;era=cold-war</c>.</summary>
    public string ToExportUrl(string format)
    {
        var view = (this with { View = TimelineViewMode.List }).WithPage(1).ToUrl();
        var at = view.IndexOf('?', StringComparison.Ordinal);
        return "/api/export?format=" + Uri.EscapeDataString(format) + (at < 0 ? "" : "&" + view[(at + 1)..]);
    }

    public override string ToString() => ToUrl();

    public bool Equals(TimelineAddress? other) => other is not null && string.Equals(ToUrl(), other.ToUrl(), StringComparison.Ordinal);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(ToUrl());

    private TimelineAddress WithFilter(EventFilter filter) => this with { Filter = filter, Page = 1 };

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static List<string> Toggled(IReadOnlyList<string> values, string value) =>
        values.Contains(value, StringComparer.Ordinal) ? values.Where(v => v != value).ToList() : [.. values, value];
}
