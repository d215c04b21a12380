using System.Globalization;
using JapanRussia.Core.Queries;

namespace JapanRussia.Web.Components.Pages.Timeline;

/// <summary>One filter in force, how to name it, and the view without it.</summary>
public sealed record ActiveFilter(string Kind, string Value, TimelineAddress Without)
{
    public static IReadOnlyList<ActiveFilter> Of(TimelineAddress address, TimelineFacets facets)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(facets);
        var filter = address.Filter;
        var filters = new List<ActiveFilter>();
        if (filter.Text is { } text)
        {
            filters.Add(new("Search", text, address.WithoutText()));
        }

        filters.AddRange(filter.Eras.Select(era => new ActiveFilter("Era", facets.Eras.FirstOrDefault(e => e.Id == era)?.Name ?? era, address.Toggle("era", era))));
        filters.AddRange(Values(address, "topic", "Topic", filter.Topics, facets.Topics));
        if (filter.From is not null || filter.To is not null)
        {
            var years = (filter.From, filter.To) switch
            {
                ({ } from, { } to) => string.Create(CultureInfo.InvariantCulture, $"{from}–{to}"),
                ({ } from, null) => string.Create(CultureInfo.InvariantCulture, $"from {from}"),
                (null, { } to) => string.Create(CultureInfo.InvariantCulture, $"up to {to}"),
                _ => "",
            };
            filters.Add(new("Years", years, address.WithYears(null, null)));
        }

        filters.AddRange(Values(address, "source", "Source", filter.Sources, facets.Documents));
        filters.AddRange(Values(address, "person", "Person", filter.People, facets.People));
        filters.AddRange(Values(address, "place", "Place", filter.Places, facets.Places));
        return filters;
    }

    /// <summary>Each value of one filter, named as the panel names it.</summary>
    private static IEnumerable<ActiveFilter> Values(TimelineAddress address, string key, string kind, IReadOnlyList<string> values, IReadOnlyList<FacetValue> names) =>
        values.Select(value => new ActiveFilter(kind, names.FirstOrDefault(n => n.Value == value)?.Name ?? value, address.Toggle(key, value)));
}
