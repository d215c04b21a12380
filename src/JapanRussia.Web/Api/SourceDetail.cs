using JapanRussia.Core.Export;

namespace JapanRussia.Web.Api;

/// <summary>A source document: its text as stored, its passages, and the events found in it.</summary>
public sealed record SourceDetail(
    int Id,
    string Document,
    string Title,
    string? SourceUrl,
    DateOnly? Published,
    string Text,
    IReadOnlyList<PassageView> Passages,
    IReadOnlyList<EventDocument> Events);
