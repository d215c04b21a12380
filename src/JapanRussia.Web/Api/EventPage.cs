using JapanRussia.Core.Export;

namespace JapanRussia.Web.Api;

/// <summary>A page of events: <c>{ total, page, pageSize, events }</c>, each event in the shape of the JSON export.</summary>
public sealed record EventPage(int Total, int Page, int PageSize, IReadOnlyList<EventDocument> Events);
