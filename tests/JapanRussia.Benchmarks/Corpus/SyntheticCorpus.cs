using System.Globalization;
using System.Text;

namespace JapanRussia.Benchmarks.Corpus;

/// <summary>
/// A deterministic corpus in the seeds' style: news and encyclopaedia prose about Japan–Russia relations with dates
/// in every form the recogniser knows, and the distractors it must ignore (money, counts, citations, life spans,
/// page furniture). The same seed always gives the same bytes.
/// </summary>
public static class SyntheticCorpus
{
    private static readonly string[] Months = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[..12];

    private static readonly string[] Actors =
    [
        "Japan", "Russia", "the Soviet Union", "Tokyo", "Moscow", "Prime Minister Shinzo Abe", "President Vladimir Putin",
        "Foreign Minister Sergei Lavrov", "Prime Minister Fumio Kishida", "President Boris Yeltsin", "Mikhail Gorbachev",
        "President Dmitry Medvedev", "Prime Minister Keizo Obuchi", "Andrei Gromyko", "Prime Minister Ryutaro Hashimoto",
        "the Japanese government", "the Russian foreign ministry", "Russian border guards", "Japanese fishermen",
    ];

    private static readonly string[] Actions =
    [
        "signed a fisheries agreement covering the waters off Hokkaido",
        "held a summit in Tokyo on the peace treaty",
        "protested the deployment of troops on Iturup",
        "visited Kunashir Island in the disputed Kuril chain",
        "agreed to resume negotiations on the Northern Territories",
        "imposed sanctions on Russian banks",
        "opened a consulate in Vladivostok",
        "signed a five-year trade agreement",
        "proposed joint economic activities on Shikotan",
        "postponed a scheduled visit to Japan",
        "issued a joint statement on security cooperation",
        "captured a crab fishing boat near the Habomai islets",
        "announced new investment in Sakhalin energy projects",
        "met in Moscow to discuss the territorial dispute",
        "declared that the 1956 Joint Declaration remained valid",
    ];

    private static readonly string[] Background =
    [
        "Relations between the two countries remained cool, and neither side was prepared to give ground.",
        "Analysts said the talks were unlikely to produce a breakthrough on the territorial question.",
        "The dispute over the islands has prevented the signing of a formal peace treaty since World War II.",
        "Trade between the two countries in that period was valued at nearly US${0} billion.",
        "Some {0} islands of the chain were affected, according to the report.[{1}]",
        "The envoy, a student of Woodrow Wilson (1856–1924), had long argued for patience.",
        "Officials held their 17th meeting on the subject without result.",
        "Talks were held in the 2+2 format with defence and foreign ministers.",
    ];

    public static IEnumerable<(string FileName, string Text)> Generate(int documents, int seed = 20261122, int bytesPerDocument = 5000)
    {
        var random = new Random(seed);
        for (var i = 0; i < documents; i++)
        {
            yield return ($"{i:D5}_synthetic.{(i % 4 == 0 ? "md" : "txt")}", Document(random, i, bytesPerDocument));
        }
    }

    /// <summary>Writes a corpus into <paramref name="folder"/> and returns the total bytes written.</summary>
    public static long WriteTo(string folder, int documents, int seed = 20261122, int bytesPerDocument = 5000)
    {
        Directory.CreateDirectory(folder);
        long bytes = 0;
        foreach (var (name, text) in Generate(documents, seed, bytesPerDocument))
        {
            var content = Encoding.UTF8.GetBytes(text);
            File.WriteAllBytes(Path.Combine(folder, name), content);
            bytes += content.Length;
        }

        return bytes;
    }

    private static string Document(Random random, int index, int bytes)
    {
        var builder = new StringBuilder(bytes + 1024);
        var year = random.Next(1855, 2024);
        if (index % 3 == 0)
        {
            builder.Append(CultureInfo.InvariantCulture, $"---\ntitle: Japan–Russia relations, part {index}\nsource: https://example.org/articles/{index}\npublished: {Math.Min(year + 2, 2025)}-0{random.Next(1, 10)}-1{random.Next(0, 10)}\n---\n");
        }
        else
        {
            builder.Append(CultureInfo.InvariantCulture, $"Japan–Russia relations: notes {index}\n\nPosted: Dec {random.Next(1, 29)}, {Math.Min(year + 3, 2025)} 9:47 AM\n");
        }

        builder.Append('\n');
        while (builder.Length < bytes)
        {
            var sentences = random.Next(2, 6);
            for (var s = 0; s < sentences; s++)
            {
                year = Math.Clamp(year + random.Next(-1, 4), 1855, 2025);
                builder.Append(Sentence(random, year)).Append(' ');
            }

            builder.Length--;
            builder.Append("\n\n");
        }

        builder.Append(CultureInfo.InvariantCulture, $"Page last modified: {random.Next(10, 29)}-03-2022 10:52:10 ZULU\n");
        return builder.ToString();
    }

    private static string Sentence(Random random, int year)
    {
        if (random.Next(4) == 0)
        {
            var template = Background[random.Next(Background.Length)];
            return string.Format(CultureInfo.InvariantCulture, template, random.Next(2, 90), random.Next(1, 40));
        }

        var actor = Actors[random.Next(Actors.Length)];
        var action = Actions[random.Next(Actions.Length)];
        var month = Months[random.Next(12)];
        var day = random.Next(1, 29);
        var decade = year / 10 * 10;
        var sentence = random.Next(16) switch
        {
            0 => $"On {day} {month} {year}, {actor} {action}.",
            1 => $"On {month} {day}, {year}, {actor} {action}.",
            2 => $"In {month} {year}, {actor} {action}.",
            3 => $"In {year}, {actor} {action}.",
            4 => $"During the mid-{decade}s, {actor} {action}.",
            5 => $"In late {year}, {actor} {action}.",
            6 => $"By {year}, {actor} had {action}.",
            7 => $"{actor} {action} in {year}–{(year + 1) % 100:D2}.",
            8 => $"The following year, {actor} {action}.",
            9 => $"On {month} {day}, {actor} {action}.",
            10 => $"{actor} {action} early in {year}.",
            11 => $"In mid-{month} {year}, {actor} {action}.",
            12 => $"From {month} {day} to {month} {Math.Min(day + 3, 28)}, {year}, {actor} {action}.",
            13 => $"After {year}, {actor} {action}.",
            14 => $"In the {decade}s {actor} {action}.",
            _ => $"{actor} {action} on {year}-{random.Next(1, 13):D2}-{day:D2}.",
        };
        return char.ToUpperInvariant(sentence[0]) + sentence[1..];
    }
}
