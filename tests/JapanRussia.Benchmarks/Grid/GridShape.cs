using System.Globalization;
using System.Text;

namespace JapanRussia.Benchmarks.Grid;

/// <summary>One combination of the timeline's filters, with its sort and which page, as the API's and the page's URLs.</summary>
public sealed record GridShape(
    bool Era, int Topics, bool Source, bool Person, bool Place, bool Years, GridText Text, string Sort, GridPage Page)
{
    /// <summary>A short name, e.g. <c>era+topic×2+place q=phrase sort=relevance page=last</c>.</summary>
    public string Name
    {
        get
        {
            var parts = new (bool On, string Name)[]
            {
                (Era, "era"), (Topics > 0, Topics == 1 ? "topic" : $"topic×{Topics}"), (Source, "source"), (Person, "person"), (Place, "place"),
                (Years, "from/to"), (Text != GridText.None, "q=" + Text.ToString().ToLowerInvariant()),
            }.Where(p => p.On).Select(p => p.Name).ToList();
            return (parts.Count == 0 ? "(no filter)" : string.Join('+', parts)) + " sort=" + Sort + " page=" + Page.ToString().ToLowerInvariant();
        }
    }

    /// <summary>Every combination: era, 0–3 topics, source, person, place, years, five kinds of text, three sorts, three pages.</summary>
    public static IEnumerable<GridShape> All()
    {
        bool[] both = [false, true];
        foreach (var era in both)
        foreach (var topics in new[] { 0, 1, 2, 3 })
        foreach (var source in both)
        foreach (var person in both)
        foreach (var place in both)
        foreach (var years in both)
        foreach (var text in Enum.GetValues<GridText>())
        foreach (var sort in new[] { "date", "-date", "relevance" })
        foreach (var page in Enum.GetValues<GridPage>())
        {
            yield return new GridShape(era, topics, source, person, place, years, text, sort, page);
        }
    }

    /// <summary>The filters as a query string (without page, size or sort), from the values chosen for one database.</summary>
    public string Filters(GridValues values)
    {
        var query = new StringBuilder();
        void Add(string name, string value) => query.Append(query.Length == 0 ? "" : "&").Append(name).Append('=').Append(Uri.EscapeDataString(value));
        if (Era)
        {
            Add("era", values.Era);
        }

        foreach (var topic in values.Topics.Take(Topics))
        {
            Add("topic", topic);
        }

        if (Source)
        {
            Add("source", values.Source);
        }

        if (Person)
        {
            Add("person", values.Person);
        }

        if (Place)
        {
            Add("place", values.Place);
        }

        if (Years)
        {
            Add("from", values.From.ToString(CultureInfo.InvariantCulture));
            Add("to", values.To.ToString(CultureInfo.InvariantCulture));
        }

        if (Text != GridText.None)
        {
            Add("q", values.Text[Text]);
        }

        return query.ToString();
    }

    public string ApiUrl(GridValues values, int page) =>
        $"/api/events?{Filters(values)}&sort={Sort}&pageSize={ApiPageSize}&page={page.ToString(CultureInfo.InvariantCulture)}".Replace("?&", "?", StringComparison.Ordinal);

    /// <summary>The page orders by date only, so its shapes are those sorted by date.</summary>
    public bool HasPage => Sort == "date";

    public string PageUrl(GridValues values, int page) =>
        $"/?{Filters(values)}&page={page.ToString(CultureInfo.InvariantCulture)}".Replace("?&", "?", StringComparison.Ordinal);

    public const int ApiPageSize = 50;

    public const int TimelinePageSize = 25;

    /// <summary>The page number this shape asks for, given how many events match.</summary>
    public int PageNumber(int total, int pageSize) => Page switch
    {
        GridPage.First => 1,
        GridPage.Second => 2,
        _ => Math.Max(1, (total + pageSize - 1) / pageSize),
    };
}
