using JapanRussia.Core.Events;
using JapanRussia.Core.Reference;

namespace JapanRussia.Core.Tests.Events;

public sealed class GazetteerTests
{
    [Theory]
    [InlineData("Medvedev visited Kunashiri Island", 2010, new[] { "Dmitry Medvedev", "Kunashir" })]
    [InlineData("the islands known in Russia as the Kurils and in Japan as the Northern Territories", 2022, new[] { "Kuril Islands" })]
    [InlineData("Etorofu and Kunashiri, which Russia calls Iturup and Kunashir", 2016, new[] { "Iturup", "Kunashir" })]
    [InlineData("Prime Minister Naoto Kan called his visit regrettable", 2010, new[] { "Naoto Kan" })]
    [InlineData("Kan said the talks would continue", 2010, new string[0])]
    [InlineData("Stalin promised Roosevelt that the USSR would enter the war", 1945, new[] { "Joseph Stalin", "Franklin D. Roosevelt" })]
    [InlineData("Roosevelt mediated a negotiated end to the fighting", 1905, new[] { "Theodore Roosevelt" })]
    [InlineData("U.S. President Theodore Roosevelt mediated", 1945, new[] { "Theodore Roosevelt" })]
    [InlineData("Keizō Obuchi and Keizo Obuchi", 1998, new[] { "Keizo Obuchi" })]
    [InlineData("Hata Tsutomu visited Moscow and met Andrei Kozyrev", 1994, new[] { "Tsutomu Hata", "Moscow", "Andrei Kozyrev" })]
    [InlineData("The Russo-Japanese war over Manchuria and Korea", 1904, new[] { "Manchuria", "Korea" })]
    [InlineData("a summit near St. Petersburg", 2013, new[] { "St. Petersburg" })]
    [InlineData("held in abeyance; a tokyoite; Putinism", 1980, new string[0])]
    [InlineData("Mishustin's visit to Iturup; Shinzo Abe's reply", 2021, new[] { "Mikhail Mishustin", "Iturup", "Shinzo Abe" })]
    public void SpellingVariantsFoldToOneCanonicalName(string text, int year, string[] expected)
    {
        Assert.Equal(expected, Gazetteer.Default.Find(text, year).Select(e => e.Name));
    }

    [Fact]
    public void PeopleAndPlacesAreTold()
    {
        var entities = Gazetteer.Default.Find("Putin met Abe in Vladivostok", 2018);
        Assert.Equal([EntityKind.Person, EntityKind.Person, EntityKind.Place], entities.Select(e => e.Kind));
    }

    [Fact]
    public void AGazetteerOfThousandsOfSpellingsStillBuildsAndFindsItsNames()
    {
        var entries = Enumerable.Range(0, 5_000)
            .Select(i => new GazetteerEntry($"Person{i} Surname{i}", "person", [$"Person{i} Surname{i}", $"Surname{i}"], null, null))
            .ToList();
        var gazetteer = new Gazetteer(entries);
        Assert.Equal(["Person4999 Surname4999", "Person7 Surname7"], gazetteer.Find("Surname4999 met Person7 Surname7's envoy", 2000).Select(e => e.Name));
    }

    [Fact]
    public void NearMissesOfNamesAreNotNamesEvenInALongText()
    {
        var text = string.Concat(Enumerable.Repeat("Kunashirr Abeee Putinn Kurilss Shimodaa ", 50_000));
        Assert.Empty(Gazetteer.Default.Find(text, 2000));
    }
}
