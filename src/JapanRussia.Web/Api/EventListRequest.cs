using JapanRussia.Core.Queries;

namespace JapanRussia.Web.Api;

/// <summary>A validated request for a list of events: the filter, the page and the order.</summary>
public sealed record EventListRequest(EventFilter Filter, int Page, int PageSize, EventSort Sort);
