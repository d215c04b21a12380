namespace JapanRussia.Core.Scoring;

/// <summary>
/// Reads an annotation table: tab-separated <c>document start precision evidence group required topics</c>, lines
/// starting with <c>#</c> are comments. A seed-table row of four columns is read as required, its own group.
/// </summary>
public static class AnnotationTable
{
    private static readonly string[] Precisions = ["day", "month", "year", "decade", "century", "approximate"];

    public static IReadOnlyList<AnnotatedHappening> Read(string path) => Parse(File.ReadLines(path), path);

    public static IReadOnlyList<AnnotatedHappening> Parse(IEnumerable<string> lines, string source)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var rows = new List<AnnotatedHappening>();
        var number = 0;
        foreach (var line in lines)
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            rows.Add(ParseRow(line.Split('\t'), $"{source}:{number}"));
        }

        return rows;
    }

    private static AnnotatedHappening ParseRow(string[] cells, string where)
    {
        if (cells.Length is not (4 or >= 6))
        {
            throw new FormatException($"{where}: expected 4 or 6–7 tab-separated columns, found {cells.Length}.");
        }

        if (!Precisions.Contains(cells[2], StringComparer.OrdinalIgnoreCase))
        {
            throw new FormatException($"{where}: unknown precision '{cells[2]}' (one of {string.Join(", ", Precisions)}).");
        }

        if (!IsStart(cells[1]) || cells[0].Length == 0 || cells[3].Length == 0)
        {
            throw new FormatException($"{where}: a row needs a document, a start YYYY, YYYY-MM or YYYY-MM-DD, and an evidence phrase.");
        }

        if (cells.Length == 4)
        {
            return new AnnotatedHappening(cells[0], cells[1], cells[2], cells[3], $"{cells[0]}#{cells[1]}#{cells[3]}", true, []);
        }

        var required = cells[5] switch
        {
            "yes" => true,
            "no" => false,
            _ => throw new FormatException($"{where}: required must be 'yes' or 'no', not '{cells[5]}'."),
        };
        var topics = cells.Length > 6 && cells[6].Length > 0 ? cells[6].Split(',') : [];
        return new AnnotatedHappening(cells[0], cells[1], cells[2], cells[3], cells[4], required, topics);
    }

    private static bool IsStart(string text) =>
        text.Length is 4 or 7 or 10 &&
        text.Select((c, i) => i is 4 or 7 ? c == '-' : char.IsAsciiDigit(c)).All(ok => ok);
}
