using JapanRussia.Core.Documents;
using JapanRussia.Core.Events;

namespace JapanRussia.Core.Tests.Events;

/// <summary>
/// Dates a sentence takes from where it stands: the lead of a dated news report, continued by the sentences that go on
/// telling what was done that day or by its reporter named again ("The ministry also announced …"); the date line at the top
/// of a statement, for the first whole sentence under it; and what breaks such a context (a dateline, a year that cannot be known).
/// </summary>
public sealed class ContextDateTests
{
    private const string Lead = "Japanese Prime Minister Shinzo Abe and Russian President Vladimir Putin met in Singapore on Friday and agreed to speed up talks on a peace treaty.";

    private static readonly DateOnly Saturday = new(2018, 11, 17);

    public static TheoryData<string, DateOnly?, string> Cases => new()
    {
        { $"{Lead}\n\nThe leaders also agreed to let former island residents visit their family graves.\n", Saturday, "2018-11-16 Japanese Prime Minister|2018-11-16 The leaders also agreed" },
        { $"{Lead} The two leaders also signed a memorandum on joint fishing.\n", Saturday, "2018-11-16 Japanese Prime Minister|2018-11-16 The two leaders also signed" },
        { $"{Lead}\n\nAbe will visit Russia in the new year to continue the talks.\n", Saturday, "2018-11-16 Japanese Prime Minister" },
        { $"{Lead}\n\nThe islands are home to about 20,000 Russians.\n", Saturday, "2018-11-16 Japanese Prime Minister" },
        { $"{Lead}\n\nWhy did the talks take so long?\n", Saturday, "2018-11-16 Japanese Prime Minister" },
        { $"{Lead}\n\nThe islands were seized by the Soviet Union in 1945.\n\nThe leaders also agreed to let former island residents visit their family graves.\n", Saturday, "2018-11-16 Japanese Prime Minister|1945 The islands were seized" },
        { "In 1956 Japan and the Soviet Union signed a joint declaration.\n\nThe two sides also agreed to continue negotiations.\n", Saturday, "1956 In 1956 Japan" },
        { "On 16 November 2018 Abe and Putin met in Singapore.\n\nThe leaders also agreed to speed up talks.\n", null, "2018-11-16 On 16 November 2018" },
        {
            $"{Lead}\n\nThe leaders also agreed on visits.\n\nThey also exchanged gifts.\n\nThey also posed for photographs.\n\nThey also shook hands.\n", Saturday,
            "2018-11-16 Japanese Prime Minister|2018-11-16 The leaders also agreed|2018-11-16 They also exchanged|2018-11-16 They also posed"
        },
        { "SOCHI, November 16. /TASS/. Abe and Putin met in Sochi on Friday.\n", Saturday, "2018-11-16 Abe and Putin met" },
        { "SOCHI, November 17. /TASS/.\n\nThe two leaders also agreed to speed up talks.\n", Saturday, "" },
        { "On 16 November 2018 Abe and Putin met in Singapore.\n\nMOSCOW (AP) - The two leaders also agreed to speed up talks.\n", Saturday, "2018-11-16 On 16 November 2018" },
        {
            "Background\n\nIn 1905 the war between Japan and Russia ended.\n\nSINGAPORE, Nov. 14 (Reuters) - Japanese Prime Minister Shinzo Abe and Russian President Vladimir Putin agreed on Wednesday to speed up talks on a peace treaty.\n", null,
            "1905 In 1905 the war"
        },
        {
            "Background\n\nIn 1905 the war between Japan and Russia ended.\n\nSINGAPORE, Nov. 14 (Reuters) - Japanese Prime Minister Shinzo Abe and Russian President Vladimir Putin met on Nov. 14, 2018 and agreed to speed up talks.\n", null,
            "1905 In 1905 the war|2018-11-14 SINGAPORE"
        },
        { "Russia's Foreign Ministry said Monday it will suspend peace treaty talks with Japan.\n\nThe ministry also announced that Moscow will halt a visa-free program.\n", new DateOnly(2022, 3, 21), "2022-03-21 Russia's Foreign Ministry|2022-03-21 The ministry also announced" },
        { "Russia's Foreign Ministry said Monday it will suspend peace treaty talks with Japan.\n\nThe embassy said the decision was regrettable.\n", new DateOnly(2022, 3, 21), "2022-03-21 Russia's Foreign Ministry" },
        { "September 7, 2017, Vladivostok\n\nVladimir Putin and Shinzo Abe made statements for the press following talks.\n\nThe leaders signed a package of documents.\n", null, "2017-09-07 Vladimir Putin and Shinzo Abe" },
        { "September 5, 2000\n\n1. Peace Treaty Negotiations\n\n(1) The two leaders conducted thorough peace treaty negotiations.\n", null, "2000-09-05 The two leaders conducted" },
        { "November 2, 2010 19:25\n\nRussian President Dmitry Medvedev visited Kunashiri Island.\n", null, "" },
        { "Timeline\n\nMAY 1904\n\nIn May 1904 the Japanese 2nd Army landed on the peninsula.\n", null, "1904-05 In May 1904" },
        { "September 7, 2017, Vladivostok\n\nWe are happy to welcome the delegation.\n\nThe leaders signed a package of documents.\n", null, "" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void ASentenceTakesItsContextsDateOnlyWhenItGoesOnTellingThatDay(string text, DateOnly? published, string expected)
    {
        var document = new SourceDocument("report.txt", "Report", null, published, "Report\n\n" + text, "hash");

        var mentions = EventExtractor.Extract(document, PassageSplitter.Split(document.Text));

        var found = mentions.Select(m => $"{m.Date.Date.StartText} {m.Excerpt}").ToList();
        var rows = expected.Split('|', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(rows.Length == found.Count, $"expected {expected}, found:\n{string.Join("\n", found)}");
        Assert.All(rows.Zip(found), pair => Assert.StartsWith(pair.First, pair.Second, StringComparison.Ordinal));
        Assert.All(mentions, m => Assert.Equal(m.Excerpt, document.Text[m.Sentence.Start..m.Sentence.End]));
    }
}
