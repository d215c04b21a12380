namespace JapanRussia.Benchmarks.Grid;

/// <summary>Which page of the results a shape asks for.</summary>
public enum GridPage
{
    First,
    Second,
    Last,
}
