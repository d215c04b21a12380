using JapanRussia.Core.Documents;
using JapanRussia.Core.Events;
using JapanRussia.Core.Ingestion;

namespace JapanRussia.Core.Tests.Events;

/// <summary>Merging by what happened: the named-happening stage, the acts of a clause, and what merges and what stays apart.</summary>
public sealed class NamedHappeningTests
{
    [Theory]
    [InlineData("In 1855 Japan and Russia signed the Treaty of Commerce, Navigation and Delimitation.", "shimoda-treaty-1855:sign")]
    [InlineData("On 7 February 1855 the Treaty of Shimoda was signed.", "shimoda-treaty-1855:sign")]
    [InlineData("In December 1956 the Joint Declaration was ratified by both parliaments.", "joint-declaration-1956:ratify")]
    [InlineData("In February 1904 the Russo-Japanese War broke out.", "russo-japanese-war:start")]
    [InlineData("In 1905 Japan defeated Russia in the Russo-Japanese War.", "russo-japanese-war:end")]
    [InlineData("On 8 August 1945 the Soviet Union declared war on Japan.", "soviet-war-declaration-1945:occur")]
    [InlineData("In November 1997 Boris Yeltsin and Ryutaro Hashimoto met in Krasnoyarsk.", "krasnoyarsk-summit-1997:meet")]
    [InlineData("In October 1993 Boris Yeltsin visited Tokyo.", "tokyo-declaration-1993:sign")]
    [InlineData("In 2016 Abe and Putin signed a joint declaration on fisheries.", null)]
    [InlineData("On 10 August 1945 Mongolia declared war on Japan.", null)]
    [InlineData("In May 2016 Abe met Putin in Sochi.", "abe-sochi-2016:meet")]
    [InlineData("In June 2021 Abe met Putin in Geneva.", null)]
    [InlineData("On 21 March 2022 Russia suspended peace treaty talks with Japan.", "peace-talks-suspended-2022:occur")]
    [InlineData("On 21 March 2022 Russia suspended visa-free visits to the islands.", "visa-free-halt-2022:occur")]
    [InlineData("The war of 1904–05 was fought between the Empire of Russia and the Empire of Japan.", "russo-japanese-war:start")]
    [InlineData("The war of 1914–18 was fought in Europe.", null)]
    [InlineData("On 6 February 1904 Japan broke off diplomatic relations with Russia.", "japan-breaks-relations-1904:occur")]
    [InlineData("On 9 August 1945 the Soviet Union opened the war with Japan.", "soviet-war-declaration-1945:occur")]
    [InlineData("On 28 August 1945 Soviet troops occupied Etorofu.", "kuril-invasion-1945:fight")]
    [InlineData("On 28 August 1955 Soviet troops occupied Etorofu.", null)]
    [InlineData("The Otsu incident took place on 11 May 1891.", "otsu-incident-1891:occur")]
    [InlineData("In 1916 Russia and Japan concluded the Russo-Japanese Agreement.", "russo-japanese-agreement-1916:sign")]
    [InlineData("In 1907 Russia and Japan concluded the Russo-Japanese Agreement.", "russo-japanese-agreement-1907:sign")]
    [InlineData("In May 1875 the two countries signed another treaty.", "saint-petersburg-treaty-1875:sign")]
    [InlineData("In 1855 Japan and Russia signed a treaty establishing their boundary.", "shimoda-treaty-1855:sign")]
    [InlineData("In 1855 the two countries signed a treaty.", null)]
    [InlineData("In 1905 Japan and Britain renewed their alliance treaty.", null)]
    [InlineData("In 1956 Japan and the Soviet Union signed a treaty.", null)]
    [InlineData("On 2 May 1911 a fishing convention was drafted.", null)]
    [InlineData("On 6 February 1904 the envoy assured the press that there would be no war between Japan and Russia.", null)]
    [InlineData("Gortchakoff agreed at last to sign the treaty of the 7th of May 1875.", "saint-petersburg-treaty-1875:sign")]
    [InlineData("On 8 May 1875 the treaty was published in the capital.", null)]
    [InlineData("On 7 May 1875 the envoy left St. Petersburg for the coast.", null)]
    public void MentionNamesTheHappeningItStatesWithinItsDates(string sentence, string? key)
    {
        var mention = Assert.Single(Extract(sentence));
        Assert.Equal(key, HappeningMatcher.Default.Match(mention)?.Key);
    }

    [Theory]
    [InlineData("On 2 May 1911 a fishing convention was drafted.", "draft")]
    [InlineData("A fishing convention was signed by Japan and Russia.", "sign")]
    [InlineData("The two governments exchanged ratifications of the convention.", "ratify")]
    [InlineData("The agreement came into force in December.", "enter-into-force")]
    [InlineData("Moscow denounced the neutrality pact.", "abrogate")]
    [InlineData("Gromyko visited Tokyo.", null)]
    public void ClauseStatesTheActOfADocumentsLife(string clause, string? act)
    {
        Assert.Equal(act, ClauseActs.Lifecycle(clause));
    }

    [Theory]
    [InlineData("In 1855 Japan and Russia signed the Treaty of Shimoda.", "On 7 February 1855 the Treaty of Commerce, Navigation and Delimitation was signed by Putyatin and Kawaji.")]
    [InlineData("Japan and Russia fought the Russo-Japanese War in 1904–1905 over Korea.", "The Empire of Japan won the Japanese-Russian War, fought in 1904–1905 in Manchuria.")]
    [InlineData("On 13 October 1993 Boris Yeltsin and Morihiro Hosokawa signed the Tokyo Declaration.", "Boris Yeltsin visited Japan in October 1993.")]
    [InlineData("On 15 December 2016 Vladimir Putin met Shinzo Abe in Nagato.", "Vladimir Putin visited Japan on 15–16 December 2016.")]
    [InlineData("The war of 1904–05 was fought between the Empire of Russia and the Empire of Japan.", "Japan and Russia fought the Russo-Japanese War in 1904–1905 over Korea.")]
    [InlineData("In August 1945 the Soviet Union entered the war against Japan.", "On 8 August 1945 the Soviet Union declared war on Japan.")]
    [InlineData("On 1 September 1945 Soviet troops occupied Kunashiri.", "In September 1945 the Soviet invasion of the Kuril Islands was completed.")]
    public void MentionsThatNameOneHappeningInOtherWordsAreOneEvent(string first, string second)
    {
        var extraction = IngestionPipeline.Extract([Annotations.Document(first, fileName: "a.txt"), Annotations.Document(second, fileName: "b.txt")]);

        var merged = Assert.Single(extraction.Events);
        Assert.Equal(["a.txt", "b.txt"], merged.Sources.Select(s => s.DocumentFileName).Order(StringComparer.Ordinal));
        Assert.Null(merged.Disagreement);
    }

    [Theory]
    [InlineData("On 2 May 1911 a fishing convention was drafted.", "On 2 May 1911 a fishing convention was signed by Japan and Russia.")]
    [InlineData("On 5 September 1905 the Treaty of Portsmouth was signed.", "On 14 October 1905 the Treaty of Portsmouth was ratified.")]
    [InlineData("In February 1904 the Russo-Japanese War broke out.", "In 1905 Japan defeated Russia in the Russo-Japanese War.")]
    [InlineData("On 19 October 1956 the Soviet Union and Japan signed the Joint Declaration.", "On 19 October 1956 the Soviet Union and Japan signed a trade protocol.")]
    public void DifferentActsOfOneThingStayTwoEvents(string first, string second)
    {
        var extraction = IngestionPipeline.Extract([Annotations.Document(first, fileName: "a.txt"), Annotations.Document(second, fileName: "b.txt")]);

        Assert.Equal(2, extraction.Events.Count);
    }

    [Fact]
    public void SourcesThatGiveANamedTreatyDaysThatCannotBothBeTrueAreOneEventThatSaysSo()
    {
        var documents = new[]
        {
            Annotations.Document("On 7 February 1855 Japan and Russia signed the Treaty of Shimoda.", fileName: "a.txt"),
            Annotations.Document("On 26 January 1855 Japan and Russia signed the Treaty of Shimoda.", fileName: "b.txt"),
            Annotations.Document("In 1855 the Treaty of Shimoda was signed.", fileName: "c.txt"),
        };

        var treaty = Assert.Single(IngestionPipeline.Extract(documents).Events);

        Assert.Equal("Sources differ: b.txt says 26 January 1855; a.txt says 7 February 1855.", treaty.Disagreement);
        Assert.Equal(3, treaty.Sources.Count);
    }

    [Fact]
    public void DatesOfDifferentPrecisionThatAgreeAreNoDisagreement()
    {
        var documents = new[]
        {
            Annotations.Document("In 1855 Japan and Russia signed the Treaty of Shimoda.", fileName: "a.txt"),
            Annotations.Document("In February 1855 Japan and Russia signed the Treaty of Shimoda.", fileName: "b.txt"),
            Annotations.Document("On 7 February 1855 Japan and Russia signed the Treaty of Shimoda.", fileName: "c.txt"),
        };

        var treaty = Assert.Single(IngestionPipeline.Extract(documents).Events);

        Assert.Null(treaty.Disagreement);
        Assert.Equal("1855-02-07", treaty.Date.StartText);
    }

    [Fact]
    public void AHeadlineThatDoesNotNameTheHappeningGivesWayToItsTitle()
    {
        var document = Annotations.Document("In 1855 the treaty of commerce, navigation and delimitation was concluded at Shimoda.");

        var treaty = Assert.Single(IngestionPipeline.Extract([document]).Events);

        Assert.Equal("Treaty of Shimoda signed", treaty.Title);
    }

    [Fact]
    public void EveryNamedHappeningIsWellFormed()
    {
        var reference = Reference.ReferenceData.Happenings;
        var topics = Reference.ReferenceData.Topics.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        var concepts = Reference.ReferenceData.MergeTerms.Concepts.Keys.ToHashSet(StringComparer.Ordinal);
        Assert.Equal(reference.Happenings.Count, reference.Happenings.Select(h => h.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.All(reference.Happenings, h =>
        {
            Assert.True(h.Start <= h.End, h.Id);
            Assert.True(reference.Kinds.ContainsKey(h.Kind), h.Id);
            Assert.Matches("^(Q[1-9][0-9]*)?$", h.Wikidata);
            Assert.True(h.Aliases.Count > 0 || h.Occasions is { Count: > 0 }, h.Id + " has no way to be named");
            Assert.All(h.Topics ?? [], t => Assert.Contains(t, topics));
            Assert.All(h.Occasions ?? [], o => Assert.All(o.Concepts, c => Assert.Contains(c, concepts)));
            Assert.True((h.Title ?? h.Name).Length <= TitleReadability.MaxLength && TitleReadability.IsReadable(h.Title ?? h.Name), h.Id);
        });
        Assert.All(reference.Kinds.Values, k => Assert.True(k.Acts.ContainsKey(k.DefaultAct)));
    }

    private static IReadOnlyList<EventMention> Extract(string sentence)
    {
        var document = Annotations.Document(sentence);
        return EventExtractor.Extract(document, PassageSplitter.Split(document.Text));
    }
}
