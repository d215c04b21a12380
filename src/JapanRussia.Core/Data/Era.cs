namespace JapanRussia.Core.Data;

/// <summary>A period of the relationship; reference data loaded from Reference/eras.json.</summary>
public sealed class Era
{
    public required string Id { get; set; }

    public required string Name { get; set; }

    public int StartYear { get; set; }

    public int? EndYear { get; set; }

    public required string Color { get; set; }

    public int SortOrder { get; set; }
}
