using System.Text.Json.Serialization;

namespace JapanRussia.Core.Export;

public sealed record TimelineJsDate(
    [property: JsonPropertyName("year")] string Year,
    [property: JsonPropertyName("month")] string? Month,
    [property: JsonPropertyName("day")] string? Day);
