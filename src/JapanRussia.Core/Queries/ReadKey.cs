using System.Text.Json;
using JapanRussia.Core.Search;

namespace JapanRussia.Core.Queries;

/// <summary>
/// The key of a cached answer (per <see cref="DataVersion"/>, in <see cref="ResultCache"/>): which answer, and the
/// filter in a canonical form: the order and repeats of a list's values do not matter, and free text counts as the FTS5
/// query it becomes.
/// </summary>
internal readonly record struct ReadKey(string Answer, string Filter)
{
    /// <summary>An answer that does not depend on a filter (the facets, the longest span).</summary>
    public static ReadKey Of(string answer) => new(answer, "");

    public static ReadKey Of(string answer, EventFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var parts = filter.Lists()
            .Select(list => (object?)list.Values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray())
            .Append(filter.From)
            .Append(filter.To)
            .Append(FtsQuery.Build(filter.Text))
            .Append(filter.SourcesDisagree);
        return new ReadKey(answer, JsonSerializer.Serialize(parts.ToArray()));
    }
}
