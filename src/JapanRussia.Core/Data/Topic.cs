namespace JapanRussia.Core.Data;

/// <summary>A subject an event can be about; reference data loaded from Reference/topics.json.</summary>
public sealed class Topic
{
    public required string Id { get; set; }

    public required string Name { get; set; }

    public int SortOrder { get; set; }
}
