using System.Text.Json.Serialization;

namespace JapanRussia.Core.Export;

public sealed record TimelineJsDocument(
    [property: JsonPropertyName("title")] TimelineJsSlide Title,
    [property: JsonPropertyName("events")] IReadOnlyList<TimelineJsSlide> Events,
    [property: JsonPropertyName("eras")] IReadOnlyList<TimelineJsEra> Eras);
