namespace JapanRussia.Web.Components.Common;

/// <summary>What a precision means, in the words the about page uses too.</summary>
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
}
