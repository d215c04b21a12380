namespace JapanRussia.Core.Events;

/// <summary>
/// Two sources reporting what one named person did on one day ("On Monday, Mishustin arrived in Iturup", "Russian
/// Prime Minister Mishustin arrived on the island of Iturup on 26 July") report one happening, however differently
/// they word it: news of a day is told about its actor. Only across documents, and only at day precision; within
/// one document two sentences about one person's day are two things said.
/// </summary>
internal static class SameDayAgent
{
    /// <summary>The block key of a node dated to one day whose mentions name a person first, or null.</summary>
    public static string? KeyOf(MergeNode node) =>
        Agent(node) is { } agent && node.Date.Precision == Dates.DatePrecision.Day && node.Date.Start == node.Date.End
            ? "@" + agent + "|" + node.Date.Start.DayNumber.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : null;

    /// <summary>True when both nodes are the same day and first-named person in different documents.</summary>
    public static bool Joins(MergeNode first, MergeNode second) =>
        KeyOf(first) is { } key && key == KeyOf(second) &&
        !first.Sentences.Any(x => second.Sentences.Any(y => y.Document == x.Document));

    private static string? Agent(MergeNode node) =>
        node.Mentions[0].Entities.FirstOrDefault(e => e.Kind == EntityKind.Person)?.Name;
}
