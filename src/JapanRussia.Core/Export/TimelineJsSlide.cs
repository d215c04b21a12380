using System.Text.Json.Serialization;

namespace JapanRussia.Core.Export;

public sealed record TimelineJsSlide(
    [property: JsonPropertyName("start_date")] TimelineJsDate? StartDate,
    [property: JsonPropertyName("end_date")] TimelineJsDate? EndDate,
    [property: JsonPropertyName("display_date")] string? DisplayDate,
    [property: JsonPropertyName("text")] TimelineJsText Text,
    [property: JsonPropertyName("group")] string? Group,
    [property: JsonPropertyName("unique_id")] string UniqueId);
