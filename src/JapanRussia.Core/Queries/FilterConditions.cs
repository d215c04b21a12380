using System.Globalization;
using System.Text;
using JapanRussia.Core.Data;
using JapanRussia.Core.Events;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace JapanRussia.Core.Queries;

/// <summary>
/// The parts of an <see cref="EventFilter"/> besides its free text as SQL conditions on one event, with their parameters
/// (never values in the text). Topics, people and places are correlated <c>EXISTS</c> probes of their (TopicId, EventId)
/// and (Kind, Name, EventId) indexes: a probe costs the same whatever the topic's size, where an uncorrelated list cost
/// reading every event of the topic (27,734 at 100,000 events) on each request. A source is a list, because one
/// document's events are few; without free text a query with a source is driven from them (<see cref="SourceEvents"/>).
/// Eras and years are conditions on the event's own columns.
/// </summary>
internal sealed class FilterConditions
{
    private readonly List<SqliteParameter> _parameters = [];

    public IReadOnlyList<SqliteParameter> Parameters => _parameters;

    /// <summary>
    /// The topic, source, person and place conditions on the event id <paramref name="id"/>, each starting with AND; several
    /// values of one filter mean any of them. <paramref name="sources"/> false leaves the sources out (a query driven from
    /// the sources' events, <see cref="SourceEvents"/>, has them already).
    /// </summary>
    public string Memberships(EventFilter filter, string id, bool sources = true)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var sql = new StringBuilder();
        if (filter.Topics.Count > 0)
        {
            sql.Append(" AND EXISTS (SELECT 1 FROM EventTopics AS t WHERE t.TopicId ").Append(AnyOf(filter.Topics))
                .Append(" AND t.EventId = ").Append(id).Append(')');
        }

        if (sources && filter.Sources.Count > 0)
        {
            sql.Append(" AND ").Append(id).Append(" IN (SELECT EventId FROM EventSources WHERE PassageId IN (SELECT Id FROM Passages WHERE DocumentId IN ")
                .Append("(SELECT Id FROM Documents WHERE FileName ").Append(AnyOf(filter.Sources)).Append(")))");
        }

        foreach (var (kind, names) in new[] { (EntityKind.Person, filter.People), (EntityKind.Place, filter.Places) })
        {
            if (names.Count > 0)
            {
                sql.Append(" AND EXISTS (SELECT 1 FROM EventEntities AS x WHERE x.Kind = ").Append(Parameter(kind.ToString()))
                    .Append(" AND x.Name ").Append(AnyOf(names)).Append(" AND x.EventId = ").Append(id).Append(')');
            }
        }

        return sql.Append(Disagreements(filter, id)).ToString();
    }

    /// <summary>
    /// With <see cref="EventFilter.SourcesDisagree"/>, the condition (starting with AND) that the event with id
    /// <paramref name="id"/> records a disagreement: a probe of its row by primary key, so that it holds whether or not
    /// the caller has the row at hand. Otherwise empty.
    /// </summary>
    public static string Disagreements(EventFilter filter, string id)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return filter.SourcesDisagree
            ? " AND EXISTS (SELECT 1 FROM Events AS d WHERE d.Id = " + id + " AND d.Disagreement IS NOT NULL)"
            : "";
    }

    /// <summary>
    /// A common table expression <c>src</c> holding the distinct ids (column <c>Id</c>) of the events with a source in any of
    /// <paramref name="filter"/>'s documents, found from the documents' names down (documents, passages, sources), and
    /// materialized, so that a query can be driven from it (<c>FROM src CROSS JOIN Events</c>): a document's events are a
    /// few hundred where a topic's are tens of thousands.
    /// </summary>
    public string SourceEvents(EventFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return "WITH src AS MATERIALIZED (SELECT DISTINCT s.EventId AS Id FROM Documents AS d CROSS JOIN Passages AS p ON p.DocumentId = d.Id " +
            "CROSS JOIN EventSources AS s ON s.PassageId = p.Id WHERE d.FileName " + AnyOf(filter.Sources) + ") ";
    }

    /// <summary>
    /// The era and year conditions on the events table aliased <paramref name="events"/>, each starting with AND. With a
    /// first year and <paramref name="longestSpanYears"/>, also a lower bound on the start that the timeline index can
    /// seek to. <paramref name="eras"/> false leaves the eras out (a walk of one era's index has them already).
    /// </summary>
    public string Spans(EventFilter filter, int? longestSpanYears, string events, bool eras = true)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var sql = new StringBuilder();
        var eraIds = filter.Eras.Distinct(StringComparer.Ordinal).ToList();
        if (eras && eraIds.Count > 0)
        {
            sql.Append(" AND ").Append(events).Append(".EraId IN (").AppendJoin(", ", eraIds.Select(Parameter)).Append(')');
        }

        if (filter.From is { } from)
        {
            sql.Append(" AND ").Append(events).Append(".EndDate >= ").Append(Parameter(Day(from, 1, 1)));
            if (longestSpanYears is { } longest)
            {
                sql.Append(" AND ").Append(events).Append(".StartDate >= ").Append(Parameter(Day(from - longest, 1, 1)));
            }
        }

        if (filter.To is { } to)
        {
            sql.Append(" AND ").Append(events).Append(".StartDate <= ").Append(Parameter(Day(to, 12, 31)));
        }

        return sql.ToString();
    }

    /// <summary>Whether <paramref name="filter"/> has an era or year condition.</summary>
    public static bool HasSpans(EventFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return filter.Eras.Count > 0 || filter.From is not null || filter.To is not null;
    }

    /// <summary>A command on <paramref name="context"/>'s open connection running <paramref name="sql"/> with these parameters.</summary>
    public SqliteCommand Command(TimelineDbContext context, string sql)
    {
        ArgumentNullException.ThrowIfNull(context);
        var command = (SqliteCommand)context.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddRange(_parameters);
        return command;
    }

    /// <summary>Runs <paramref name="sql"/>, which selects (year, count) rows, and reads them in its order.</summary>
    public async Task<List<YearCount>> YearsAsync(TimelineDbContext context, string sql, CancellationToken cancellationToken)
    {
        await using var command = Command(context, sql);
        var years = new List<YearCount>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            years.Add(new YearCount(reader.GetInt32(0), reader.GetInt32(1)));
        }

        return years;
    }

    /// <summary>A new parameter holding <paramref name="value"/>; returns its name.</summary>
    public string Parameter(object value)
    {
        var name = "$p" + _parameters.Count.ToString(CultureInfo.InvariantCulture);
        _parameters.Add(new SqliteParameter(name, value));
        return name;
    }

    /// <summary>"IN (…)" of the distinct <paramref name="values"/>, each a parameter.</summary>
    private string AnyOf(IReadOnlyList<string> values) => "IN (" + string.Join(", ", values.Distinct(StringComparer.Ordinal).Select(Parameter)) + ")";

    /// <summary>EF stores a date as yyyy-MM-dd text; the bounds are compared as such.</summary>
    private static string Day(int year, int month, int day) =>
        new DateOnly(Math.Clamp(year, 1, 9999), month, day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
