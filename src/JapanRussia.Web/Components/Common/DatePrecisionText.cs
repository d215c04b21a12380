using JapanRussia.Core.Dates;

namespace JapanRussia.Web.Components.Common;

/// <summary>What a precision means and how a date was obtained, in the words the about page uses too.</summary>
public static class DatePrecisionText
{
    public static string Describe(string precision) => precision switch
    {
        "day" => "Exact day given by the source",
        "month" => "Month given by the source; the day is not known",
        "year" => "Year given by the source; the month and day are not known",
        "decade" => "Decade given by the source",
        "century" => "Century given by the source",
        "approximate" => "Approximate date: the source hedges it",
        _ => "Date as given by the source",
    };

    /// <summary>
    /// A date label's description: what the source gives for a stated date; for a derived one, how it was obtained
    /// ("Day worked out from “on Sunday” and the report's date, 21 March 2022"), never "given by the source".
    /// </summary>
    public static string Describe(string precision, DateProvenanceKind provenance, string? note) =>
        provenance is DateProvenanceKind.Stated || note is null ? Describe(precision) : $"{Grain(precision)} {note}";

    /// <summary>A short word for a card beside the date: "worked out", "completed", "Old Style"; null for a stated date.</summary>
    public static string? Badge(DateProvenanceKind provenance) => provenance switch
    {
        DateProvenanceKind.WorkedOut => "worked out",
        DateProvenanceKind.Completed => "completed",
        DateProvenanceKind.Converted => "from Old Style",
        DateProvenanceKind.DualDated => "dual-dated",
        _ => null,
    };

    private static string Grain(string precision) => precision switch
    {
        "day" => "Day",
        "month" => "Month",
        "year" => "Year",
        "decade" => "Decade",
        "century" => "Century",
        _ => "Date",
    };
}
