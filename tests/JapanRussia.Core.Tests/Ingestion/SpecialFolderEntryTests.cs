using System.Diagnostics;
using JapanRussia.Core.Documents;
using JapanRussia.Core.Ingestion;
using JapanRussia.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace JapanRussia.Core.Tests.Ingestion;

/// <summary>
/// Entries of the documents folder that are not documents: a named pipe (whose open waits for ever), links to devices
/// (which report no length and never end) and to files elsewhere, a name that is not UTF-8. Each is reported by name
/// with what it is, promptly, and the rest of the folder is ingested.
/// </summary>
public sealed class SpecialFolderEntryTests : IDisposable
{
    private const string GoodName = "good.txt";

    /// <summary>Before the fix a pipe hung ingestion for ever; a minute is far longer than this folder takes.</summary>
    private static readonly TimeSpan Bound = TimeSpan.FromMinutes(1);

    private readonly TestStore _store = new();

    public void Dispose() => _store.Dispose();

    /// <summary>The entry's name as listed, how to make it (a shell command run in the folder), and the reason it is refused.</summary>
    public static TheoryData<string, string, string> Entries => new()
    {
        { "pipe.txt", "mkfifo pipe.txt", "it is a named pipe, not a regular file" },
        { "zero.txt", "ln -s /dev/zero zero.txt", "it is a link to a file outside its folder; only the folder's own files are read" },
        { "urandom.md", "ln -s /dev/urandom urandom.md", "it is a link to a file outside its folder; only the folder's own files are read" },
        { "passwd.txt", "ln -s /etc/passwd passwd.txt", "it is a link to a file outside its folder; only the folder's own files are read" },
        { "escape.txt", "ln -s ../../../../../../etc/passwd escape.txt", "it is a link to a file outside its folder; only the folder's own files are read" },
        { "bad\uFFFDname.txt", "printf 'Bad name\\n\\nIn 1956 they met.\\n' > \"$(printf 'bad\\377name.txt')\"", "its name is not valid UTF-8, so it cannot be opened; rename the file" },
    };

    [Theory]
    [MemberData(nameof(Entries))]
    public async Task AnEntryThatIsNotARegularFileInTheFolderIsReportedAndTheRestIsIngested(string name, string make, string reason)
    {
        _store.WriteDocument(GoodName, "Sakhalin\n\nIn 1875 the Treaty of Saint Petersburg exchanged Sakhalin for the Kuril Islands.\n");
        await RunInFolderAsync(make);

        var report = await _store.IngestAsync().WaitAsync(Bound);

        var failure = Assert.Single(report.Failures);
        Assert.Equal((name, reason), (failure.FileName, failure.Reason));
        Assert.Equal(1, report.Added);
        await using var context = _store.CreateDbContext();
        Assert.Equal([GoodName], await context.Documents.Select(d => d.FileName).ToListAsync());
    }

    [Fact]
    public async Task ALinkToAFileBesideItIsReadUnderTheLinksName()
    {
        _store.WriteDocument(GoodName, "Sakhalin\n\nIn 1875 the Treaty of Saint Petersburg exchanged Sakhalin for the Kuril Islands.\n");
        await RunInFolderAsync("ln -s good.txt alias.txt");

        var report = await _store.IngestAsync().WaitAsync(Bound);

        Assert.Empty(report.Failures);
        await using var context = _store.CreateDbContext();
        Assert.Equal(["alias.txt", GoodName], await context.Documents.OrderBy(d => d.FileName).Select(d => d.FileName).ToListAsync());
    }

    [Fact]
    public async Task AFolderThatCannotBeListedIsReportedAsTheFolderNotTheDatabase()
    {
        // What listing a folder without read permission throws (root, who runs these tests, may list any folder).
        IEnumerable<string> Denied(string folder) => throw new UnauthorizedAccessException($"Access to the path '{folder}' is denied.");

        var error = await Assert.ThrowsAsync<DocumentFolderException>(() => SeedFolderReader.ReadAsync(_store.Seeds, Denied, DocumentReader.ReadFileAsync));

        Assert.Equal("permission denied", error.Message);
    }

    private async Task RunInFolderAsync(string command)
    {
        var start = new ProcessStartInfo("/bin/sh", ["-c", command]) { WorkingDirectory = _store.Seeds, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"'{command}' failed: {error}");
    }
}
