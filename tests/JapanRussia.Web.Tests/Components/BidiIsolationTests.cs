using System.Text.RegularExpressions;
using JapanRussia.Web.Tests.Support;

namespace JapanRussia.Web.Tests.Components;

/// <summary>
/// A right-to-left override in a file name or title cannot reorder the text around it: titles lose their overrides
/// when read, and every title and file name is shown inside &lt;bdi&gt;, which isolates what it holds.
/// </summary>
public sealed partial class BidiIsolationTests : IDisposable
{
    private const string SpoofedName = "invoice\u202Edm.exe.md";

    private readonly string _seeds = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "jr-bidi-seeds", Guid.NewGuid().ToString("N"))).FullName;

    public void Dispose() => Directory.Delete(_seeds, recursive: true);

    [Fact]
    public async Task OverridesInTitlesAreDroppedAndFileNamesAreIsolated()
    {
        await File.WriteAllTextAsync(
            Path.Combine(_seeds, SpoofedName),
            "---\ntitle: Quarterly \u202Etroper\u202C notes\n---\nIn 1956 the joint declaration was signed in Moscow.\n");
        using var app = new TimelineAppFactory { SeedsPath = _seeds };
        using var client = app.CreateClient();

        var list = await client.GetStringAsync(new Uri("/sources", UriKind.Relative));
        var source = await client.GetStringAsync(new Uri("/sources/1", UriKind.Relative));

        // The page encodes the override as a character reference, which the browser turns back into the override.
        // Title, citation (the title, as nothing names a publisher) and file name, then the file name and the title again.
        Assert.Equal(["Quarterly troper notes", "Quarterly troper notes", "invoice&#x202E;dm.exe.md", "invoice&#x202E;dm.exe.md", "Quarterly troper notes"], Isolated().Matches(list).Select(m => m.Groups[1].Value));
        Assert.Contains("Quarterly troper notes", Isolated().Matches(source).Select(m => m.Groups[1].Value));
        Assert.DoesNotContain("&#x202E;", Isolated().Replace(list, string.Empty), StringComparison.Ordinal);
    }

    /// <summary>A &lt;bdi&gt; element (scoped styles add an attribute) and its text.</summary>
    [GeneratedRegex("<bdi[^>]*>([^<]*)</bdi>")]
    private static partial Regex Isolated();
}
