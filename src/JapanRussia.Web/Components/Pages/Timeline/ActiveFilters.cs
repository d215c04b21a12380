using System.Globalization;
using JapanRussia.Core.Queries;

namespace JapanRussia.Web.Components.Pages.Timeline;

/// <summary>One filter in force, how to name it, and the view without it.</summary>
public sealed record ActiveFilter(string Kind, string Value, TimelineQuery Without)
{
    public static IReadOnlyList<ActiveFilter> Of(TimelineQuery query, TimelineFacets facets)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(facets);
        var filters = new List<ActiveFilter>();
        if (query.Text is { } text)
        {
            filters.Add(new("Search", text, query with { Text = null, Page = 1 }));
        }

        foreach (var era in query.Eras)
        {
            filters.Add(new("Era", facets.Eras.FirstOrDefault(e => e.Id == era)?.Name ?? era, query.ToggleEra(era)));
        }

        foreach (var topic in query.Topics)
        {
            filters.Add(new("Topic", facets.Topics.FirstOrDefault(t => t.Value == topic)?.Name ?? topic, query.ToggleTopic(topic)));
        }

        if (query.From is not null || query.To is not null)
        {
            var years = (query.From, query.To) switch
            {
                ({ } from, { } to) => string.Create(CultureInfo.InvariantCulture, $"{from}–{to}"),
                ({ } from, null) => string.Create(CultureInfo.InvariantCulture, $"from {from}"),
                (null, { } to) => string.Create(CultureInfo.InvariantCulture, $"up to {to}"),
                _ => "",
            };
            filters.Add(new("Years", years, query.WithYears(null, null)));
        }

        if (query.Source is { } source)
        {
            filters.Add(new("Source", facets.Documents.FirstOrDefault(d => d.Value == source)?.Name ?? source, query with { Source = null, Page = 1 }));
        }

        if (query.Person is { } person)
        {
            filters.Add(new("Person", person, query with { Person = null, Page = 1 }));
        }

        if (query.Place is { } place)
        {
            filters.Add(new("Place", place, query with { Place = null, Page = 1 }));
        }

        return filters;
    }
}
