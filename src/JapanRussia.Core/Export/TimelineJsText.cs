using System.Text.Json.Serialization;

namespace JapanRussia.Core.Export;

public sealed record TimelineJsText(
    [property: JsonPropertyName("headline")] string Headline,
    [property: JsonPropertyName("text")] string? Text);
