namespace JapanRussia.Benchmarks.Grid;

/// <summary>The filter values one database is searched with: common ones, so that each filter keeps many events.</summary>
public sealed record GridValues(
    string Era, IReadOnlyList<string> Topics, string Source, string Person, string Place, int From, int To, IReadOnlyDictionary<GridText, string> Text);
