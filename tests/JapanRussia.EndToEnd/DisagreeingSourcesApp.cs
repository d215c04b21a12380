namespace JapanRussia.EndToEnd;

/// <summary>The app over the seeds plus two reports that give the Treaty of Shimoda different days: one event whose sources disagree.</summary>
public sealed class DisagreeingSourcesApp : IAsyncLifetime
{
    public const string KyodoDay = "7 February 1855";

    public const string TassDay = "26 January 1855";

    private readonly string _seeds = Path.Combine(Path.GetTempPath(), "jr-e2e-disagree-" + Guid.NewGuid().ToString("N"));

    public DisagreeingSourcesApp()
    {
        TimelineApp.CopySeedsWith(
            _seeds,
            ("shimoda-kyodo.md", Document("How the Treaty of Shimoda was signed", "Kyodo", "2005-02-07", KyodoDay, "Etorofu")),
            ("shimoda-tass.md", Document("The first Russo-Japanese treaty", "TASS", "2005-01-26", TassDay, "Iturup")));
        App = new TimelineApp(_seeds);
    }

    public TimelineApp App { get; }

    public Task InitializeAsync() => App.InitializeAsync();

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        Directory.Delete(_seeds, recursive: true);
    }

    private static string Document(string title, string publisher, string published, string day, string island) =>
        $"---\ntitle: {title}\npublisher: {publisher}\npublished: {published}\n---\n" +
        $"On {day} Japan and Russia signed the Treaty of Shimoda, which drew the border between {island} and Urup.\n";
}
