using JapanRussia.Core.Documents;
using JapanRussia.Core.Events;

namespace JapanRussia.Core.Tests.Events;

/// <summary>
/// Dated happenings written the ways unseen documents write them (a weekday before the date, inverted order, short
/// year ranges, one-sentence paragraphs, chronology lines): each document, and the events it must give as
/// "label | words of the title", in order.
/// </summary>
public sealed class RecognitionCasesTests
{
    public static TheoryData<string, string, string> Cases => new()
    {
        {
            "weekday before the date",
            "Summit\n\nOn Monday, 18 June 2012, Mr. Yoshihiko Noda, Prime Minister of Japan, held a Japan-Russia Summit Meeting with Mr. Vladimir Putin, President of the Russian Federation, in Los Cabos.\n",
            "18 June 2012 | Summit Meeting"
        },
        {
            "inverted order",
            "Forum\n\nOn 27 April 2018, in Moscow was held the fourth Russia-Japan forum on regional cooperation.\n",
            "27 April 2018 | forum"
        },
        {
            "short year range with an en dash",
            "War\n\nThe war of 1904–05 was fought between the Empire of Russia and the Empire of Japan over Manchuria and Korea.\n",
            "1904–1905 | war"
        },
        {
            "short year range with a hyphen",
            "War\n\nThe war of 1904-05 was fought between the Empire of Russia and the Empire of Japan over Manchuria and Korea.\n",
            "1904–1905 | war"
        },
        {
            "one-sentence paragraph",
            "Treaties\n\nIn 1951 Japan signed the San Francisco Peace Treaty.\n\nIn 1956 Japan and the Soviet Union restored relations.\n",
            "1951 | San Francisco Peace Treaty\n1956 | restore"
        },
        {
            "year and full stop lead a chronology line",
            "Chronology\n\n1875. Japan and Russia exchanged Sakhalin for the Kuril Islands.\n\n1905. The Treaty of Portsmouth ended the Russo-Japanese War.\n",
            "1875 | Japan and Russia exchange Sakhalin\n1905 | Treaty of Portsmouth"
        },
        {
            "year and dash lead a chronology line",
            "Chronology\n\n1875 – Japan and Russia exchanged Sakhalin for the Kuril Islands.\n1905 – The Treaty of Portsmouth ended the Russo-Japanese War.\n",
            "1875 | Japan and Russia exchange Sakhalin\n1905 | Treaty of Portsmouth"
        },
        {
            "list items with a day and a colon",
            "Chronology\n\n* 7 February 1855: Japan and Russia signed the Treaty of Shimoda.\n* 7 May 1875: Japan and Russia signed the Treaty of Saint Petersburg.\n",
            "7 February 1855 | Treaty of Shimoda\n7 May 1875 | Treaty of Saint Petersburg"
        },
        {
            "bold year and a colon",
            "Chronology\n\n**1855**: Japan and Russia signed the Treaty of Shimoda.\n\n**1875**: Japan and Russia exchanged Sakhalin for the Kuril Islands.\n",
            "1855 | Treaty of Shimoda\n1875 | Japan and Russia exchange Sakhalin"
        },
        {
            "Markdown table",
            "# Chronology\n\n| Year | Event |\n| --- | --- |\n| 1855 | Japan and Russia signed the Treaty of Shimoda. |\n| 1875 | Japan and Russia exchanged Sakhalin for the Kuril Islands. |\n",
            "1855 | Treaty of Shimoda\n1875 | Japan and Russia exchange Sakhalin"
        },
        {
            "heading dates the paragraph under it",
            "# Chronology\n\n## 1855\n\nJapan and Russia signed the Treaty of Shimoda, which opened three ports.\n\n## 1875\n\nJapan and Russia exchanged Sakhalin for the Kuril Islands.\n",
            "1855 | Treaty of Shimoda\n1875 | Japan and Russia exchange Sakhalin"
        },
        {
            "headings that open with a date and name the happening",
            "Main events\n\n30 Jan 1902 Anglo-Japanese Alliance\n\nThe United Kingdom and Japan signed an alliance in London.\n\n8 Feb 1904 Battle of Port Arthur\n\nThe Japanese navy attacked the Russian fleet at Port Arthur.\n",
            "30 January 1902 | United Kingdom and Japan sign\n8 February 1904 | Japanese navy attacks"
        },
        {
            "present-tense chronology entries under subject labels",
            "FEBRUARY 1904\n\nJapan/Russia:\n4 February: The Japanese ultimatum to Russia expires.\nNaval Operations:\n5 February: Admiral Togo receives the Imperial war order.\n",
            "4 February 1904 | ultimatum\n5 February 1904 | Togo receives"
        },
        {
            "definition list",
            "Chronology\n\n1855\n: Japan and Russia signed the Treaty of Shimoda.\n\n1875\n: Japan and Russia exchanged Sakhalin for the Kuril Islands.\n",
            "1855 | Treaty of Shimoda\n1875 | Japan and Russia exchange Sakhalin"
        },
        {
            "one-sentence news paragraphs after a long one",
            "Peace treaty\n\nThe two countries have argued over four islands north of Hokkaido since the end of the Second World War, and the dispute has kept them from signing a peace treaty for decades, to the frustration of both sides and of the former residents.\n\nIn 1951 Japan signed the San Francisco Peace Treaty.\n\nIn 1956 Japan and the Soviet Union restored relations.\n",
            "1951 | San Francisco Peace Treaty\n1956 | restore"
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void ADatedHappeningWrittenThisWayIsFound(string way, string text, string expected)
    {
        var mentions = Extract(text);

        var found = string.Join("\n", mentions.Select(m => $"{m.Date.Date.Label} | {m.Title}"));
        var rows = expected.Split('\n');
        Assert.True(rows.Length == mentions.Count, $"{way}: expected {rows.Length} events, found:\n{found}");
        for (var i = 0; i < rows.Length; i++)
        {
            var parts = rows[i].Split(" | ");
            Assert.True(mentions[i].Date.Date.Label == parts[0] && mentions[i].Title.Contains(parts[1], StringComparison.OrdinalIgnoreCase), $"{way}: expected {rows[i]}, found:\n{found}");
        }
    }

    private static IReadOnlyList<EventMention> Extract(string text) =>
        EventExtractor.Extract(new SourceDocument("case.md", "Case", null, null, text, "hash"), PassageSplitter.Split(text));
}
