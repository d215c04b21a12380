namespace JapanRussia.Benchmarks.Grid;

/// <summary>
/// Which shapes and surfaces a grid run times. <c>--shapes</c> is a comma-separated list of parts of a shape's name
/// (<see cref="GridShape.Name"/>), all of which it must contain; a part starting with <c>!</c> must be absent. So
/// <c>--shapes q=,page=last</c> keeps the last pages with free text and <c>--shapes topic,!q=</c> the topics without it.
/// </summary>
public sealed record GridSelection(IReadOnlyList<string> Parts, IReadOnlyList<string> Surfaces, int Finalists)
{
    public static GridSelection Parse(string? shapes, string? surfaces, int finalists) => new(
        (shapes ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        (surfaces ?? "api,page").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        finalists);

    public bool Keeps(GridShape shape)
    {
        ArgumentNullException.ThrowIfNull(shape);
        var name = shape.Name;
        return Parts.All(part => part.StartsWith('!')
            ? !name.Contains(part[1..], StringComparison.Ordinal)
            : name.Contains(part, StringComparison.Ordinal));
    }

    public bool Times(string surface) => Surfaces.Contains(surface, StringComparer.Ordinal);

    public override string ToString() =>
        $"shapes {(Parts.Count == 0 ? "all" : string.Join(',', Parts))}; surfaces {string.Join(',', Surfaces)}; {Finalists} finalists per surface";
}
