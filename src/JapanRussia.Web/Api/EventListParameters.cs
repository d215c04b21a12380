using System.ComponentModel;
using System.Globalization;
using JapanRussia.Core.Queries;
using JapanRussia.Core.Reference;
using Microsoft.AspNetCore.Mvc;

namespace JapanRussia.Web.Api;

/// <summary>
/// The parameters of the event list and the exports, bound as raw strings (binding a string cannot fail), so that
/// every malformed value reaches <see cref="Validate"/> and comes back as a 400 that names it. The strict parser of an
/// <see cref="EventFilter"/>; the timeline page's address is the forgiving one.
/// </summary>
public sealed class EventListParameters
{
    public const int MaxTextLength = 500;
    public const int MaxNameLength = 260;
    public const int MaxPage = 1_000_000;
    public const int DefaultPageSize = 50;

    [FromQuery(Name = "era"), Description("Era id (see /api/eras); repeat for several, an event matches any.")]
    public string[]? Era { get; set; }

    [FromQuery(Name = "topic"), Description("Topic id (see /api/topics); repeat for several, an event matches any.")]
    public string[]? Topic { get; set; }

    [FromQuery(Name = "source"), Description("A document file name: only events with a source in it; repeat for several, an event matches any.")]
    public string[]? Source { get; set; }

    [FromQuery(Name = "person"), Description("A person named by the event; repeat for several, an event matches any.")]
    public string[]? Person { get; set; }

    [FromQuery(Name = "place"), Description("A place named by the event; repeat for several, an event matches any.")]
    public string[]? Place { get; set; }

    [FromQuery(Name = "from"), Description("First year (1 to 9999); events whose span reaches into [from, to] match.")]
    public string? From { get; set; }

    [FromQuery(Name = "to"), Description("Last year (1 to 9999), not before from.")]
    public string? To { get; set; }

    [FromQuery(Name = "q"), Description("Full-text search over titles, source sentences and their paragraphs, ranked in that order (at most 500 characters): words (other forms of a word and related words such as halt/suspend match too), \"quoted phrases\" and \"quoted words\" (matched alone), prefix*; the last word also matches as a prefix. Each event then carries a highlighted snippet.")]
    public string? Q { get; set; }

    [FromQuery(Name = "disagree"), Description("true: only events whose sources give dates that cannot all be true (each such event carries a disagreement sentence, and each source its own date); false or absent: every event.")]
    public string? Disagree { get; set; }

    [FromQuery(Name = "sort"), Description("date (oldest first), -date (newest first) or relevance (without q, the same as date). Default: relevance with q, date without.")]
    public string? Sort { get; set; }

    [FromQuery(Name = "page"), Description("Page number, from 1.")]
    public string? Page { get; set; }

    [FromQuery(Name = "pageSize"), Description("Events per page, 1 to 200; default 50.")]
    public string? PageSize { get; set; }

    /// <summary>The parsed request, or the reasons it is invalid keyed by parameter name.</summary>
    public (EventListRequest? Request, Dictionary<string, string[]> Errors) Validate(bool paging = true)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var eras = KnownIds("era", Era, ReferenceData.Eras.Select(e => e.Id), errors);
        var topics = KnownIds("topic", Topic, ReferenceData.Topics.Select(t => t.Id), errors);
        var sources = Names("source", Source, errors);
        var people = Names("person", Person, errors);
        var places = Names("place", Place, errors);
        var text = Name("q", Q, MaxTextLength, errors);
        var from = Integer("from", From, 1, 9999, null, errors);
        var to = Integer("to", To, 1, 9999, null, errors);
        var disagree = Flag("disagree", Disagree, errors);
        if (from > to)
        {
            errors["from"] = [$"must not be after to ({to.Value.ToString(CultureInfo.InvariantCulture)})."];
        }

        var page = paging ? Integer("page", Page, 1, MaxPage, 1, errors) : 1;
        var pageSize = paging ? Integer("pageSize", PageSize, 1, TimelineReader.MaxPageSize, DefaultPageSize, errors) : DefaultPageSize;
        var sort = ParseSort(Sort, !string.IsNullOrWhiteSpace(text), errors);
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var filter = new EventFilter
        {
            Eras = eras,
            Topics = topics,
            Sources = sources,
            People = people,
            Places = places,
            From = from,
            To = to,
            Text = text,
            SourcesDisagree = disagree,
        };
        return (new EventListRequest(filter, page!.Value, pageSize!.Value, sort), errors);
    }

    private static List<string> KnownIds(string parameter, string[]? values, IEnumerable<string> known, Dictionary<string, string[]> errors)
    {
        var ids = (values ?? []).Where(v => !string.IsNullOrEmpty(v)).Distinct(StringComparer.Ordinal).ToList();
        var knownIds = known.ToHashSet(StringComparer.Ordinal);
        var unknown = ids.Where(id => !knownIds.Contains(id)).ToList();
        if (unknown.Count > 0)
        {
            errors[parameter] = [$"unknown {parameter} id {Quote(unknown[0])}; known ids are {string.Join(", ", knownIds.Order(StringComparer.Ordinal))}."];
        }

        return ids;
    }

    private static List<string> Names(string parameter, string[]? values, Dictionary<string, string[]> errors) =>
        (values ?? []).Select(v => Name(parameter, v, MaxNameLength, errors)).OfType<string>().Distinct(StringComparer.Ordinal).ToList();

    private static string? Name(string parameter, string? value, int maxLength, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (value.Length > maxLength)
        {
            errors[parameter] = [$"is {value.Length.ToString(CultureInfo.InvariantCulture)} characters long; at most {maxLength.ToString(CultureInfo.InvariantCulture)} are allowed."];
            return null;
        }

        return value.Trim();
    }

    private static int? Integer(string parameter, string? value, int min, int max, int? fallback, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }

        if (!int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            errors[parameter] = [$"{Quote(value)} is not a whole number."];
            return fallback;
        }

        if (number < min || number > max)
        {
            errors[parameter] = [$"must be between {min.ToString(CultureInfo.InvariantCulture)} and {max.ToString(CultureInfo.InvariantCulture)}; got {number.ToString(CultureInfo.InvariantCulture)}."];
            return fallback;
        }

        return number;
    }

    private static bool Flag(string parameter, string? value, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        if (!bool.TryParse(value.Trim(), out var flag))
        {
            errors[parameter] = [$"{Quote(value)} is neither true nor false."];
        }

        return flag;
    }

    private static EventSort ParseSort(string? value, bool hasText, Dictionary<string, string[]> errors)
    {
        switch (value?.Trim())
        {
            case null or "":
                return hasText ? EventSort.Relevance : EventSort.Chronological;
            case "date":
                return EventSort.Chronological;
            case "-date":
                return EventSort.ReverseChronological;
            case "relevance":
                return hasText ? EventSort.Relevance : EventSort.Chronological;
            default:
                errors["sort"] = [$"unknown sort {Quote(value)}; use date, -date or relevance."];
                return EventSort.Chronological;
        }
    }

    /// <summary>Quotes a value for an error message, shortened so that a huge value does not make a huge answer.</summary>
    internal static string Quote(string value) => "'" + (value.Length > 40 ? value[..40] + "…" : value) + "'";
}
