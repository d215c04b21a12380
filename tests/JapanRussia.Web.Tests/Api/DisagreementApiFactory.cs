namespace JapanRussia.Web.Tests.Api;

/// <summary>
/// The real app over documents of its own: two that give the Treaty of Shimoda different days (one event whose sources
/// disagree) and one that agrees with nobody but itself (the Joint Declaration). Its PostgreSQL twin is
/// <see cref="PostgresDisagreementApiFactory"/>.
/// </summary>
public class DisagreementApiFactory : ApiFactory
{
    public const string KyodoDay = "7 February 1855";

    public const string TassDay = "26 January 1855";

    private static readonly Dictionary<string, string> Documents = new(StringComparer.Ordinal)
    {
        ["shimoda-kyodo.md"] = Document("How the Treaty of Shimoda was signed", "Kyodo", "2005-02-07", $"On {KyodoDay} Japan and Russia signed the Treaty of Shimoda, which drew the border between Etorofu and Urup."),
        ["shimoda-tass.md"] = Document("The first Russo-Japanese treaty", "TASS", "2005-01-26", $"On {TassDay} Japan and Russia signed the Treaty of Shimoda, which drew the border between Iturup and Urup."),
        ["declaration.md"] = Document("The Joint Declaration", "NHK", "2016-10-19", "On 19 October 1956 the Soviet Union and Japan signed the Joint Declaration, which ended the state of war."),
    };

    public override string SeedsPath
    {
        get
        {
            var seeds = Path.Combine(Folder, "seeds");
            if (!Directory.Exists(seeds))
            {
                Directory.CreateDirectory(seeds);
                foreach (var (name, text) in Documents)
                {
                    File.WriteAllText(Path.Combine(seeds, name), text);
                }
            }

            return seeds;
        }
    }

    private static string Document(string title, string publisher, string published, string text) =>
        $"---\ntitle: {title}\npublisher: {publisher}\npublished: {published}\n---\n{text}\n";
}

[CollectionDefinition(Name)]
public sealed class DisagreementApiTestGroup : ICollectionFixture<DisagreementApiFactory>
{
    public const string Name = "api-disagreement";
}
