using System.Text.Json.Serialization;

namespace JapanRussia.Core.Export;

public sealed record TimelineJsEra(
    [property: JsonPropertyName("start_date")] TimelineJsDate StartDate,
    [property: JsonPropertyName("end_date")] TimelineJsDate EndDate,
    [property: JsonPropertyName("text")] TimelineJsText Text);
