using JapanRussia.Core.Queries;

namespace JapanRussia.Web.Tests.Components;

/// <summary>Three eras with plain colours, for the overview strip and its brush: an early one, a closed one, an open one.</summary>
internal static class SampleEras
{
    public static readonly EraInfo[] All =
    [
        new("opening", "Opening", 1850, 1903, "#111111"),
        new("cold-war", "Cold War", 1945, 1991, "#222222"),
        new("today", "Today", 1992, null, "#333333"),
    ];
}
