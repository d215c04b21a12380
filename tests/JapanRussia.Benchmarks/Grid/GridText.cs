namespace JapanRussia.Benchmarks.Grid;

/// <summary>The kinds of free text the grid searches with.</summary>
public enum GridText
{
    None,
    Word,
    Phrase,
    Prefix,
    Variant,
}
