using System.Text;
using JapanRussia.Core.Documents;
using JapanRussia.Core.Ingestion;
using JapanRussia.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace JapanRussia.Core.Tests.Ingestion;

/// <summary>
/// One bad file beside a good document: the bad file is ingested correctly or reported by name with a reason, and the
/// good document comes out exactly as it does alone.
/// </summary>
public sealed class BadInputFolderTests : IDisposable
{
    private const string GoodName = "good.txt";
    private const string GoodText = "Sakhalin and the Kurils\n\nIn 1875 the Treaty of Saint Petersburg exchanged Sakhalin for the Kuril Islands.\n";

    private readonly TestStore _store = new();

    public void Dispose() => _store.Dispose();

    /// <summary>What is in the file, and either the reason it is refused or a text its stored document contains.</summary>
    private static readonly Dictionary<string, (Func<byte[]> Bytes, string? Refusal, string? Stored)> Files = new()
    {
        ["binary.txt"] = (() => [0x89, .. "PNG\r\n"u8, 0x1A, .. Enumerable.Range(0, 4096).Select(i => (byte)(i * 31 % 256))], "binary", null),
        ["empty.md"] = (() => [], "empty", null),
        ["front-matter-only.md"] = (() => "---\ntitle: Nothing else\n---\n"u8.ToArray(), "front matter but no text", null),
        ["malformed-front-matter.md"] = (() => "---\ntitle: [unclosed\nno closing fence\n\nIn 1956 Japan and the Soviet Union signed a joint declaration.\n"u8.ToArray(), null, "In 1956 Japan and the Soviet Union signed a joint declaration."),
        ["latin1.txt"] = (() => Encoding.Latin1.GetBytes("Détente\n\nIn 1973 Tanaka met Brézhnev in Moscow.\n"), null, "Tanaka met Brézhnev"),
        ["utf16le-bom.txt"] = (() => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("Шимода\n\nIn 1855 the Treaty of Shimoda was signed.\n")], null, "Шимода"),
        ["utf16be-bom.txt"] = (() => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes("Портсмут\n\nIn 1905 the Treaty of Portsmouth ended the war.\n")], null, "Портсмут"),
        ["crlf.md"] = (() => "# Tokyo\r\n\r\nIn 1993 the Tokyo Declaration was signed.\r\n"u8.ToArray(), null, "# Tokyo\n\nIn 1993 the Tokyo Declaration was signed.\n"),
        ["controls.txt"] = (() => "Controls\n\nIn 1991\0 Gorbachev\u0007 visited\u001B Tokyo\u007F in April.\n"u8.ToArray(), null, "In 1991  Gorbachev  visited  Tokyo  in April."),
        ["one-megabyte-line.txt"] = (() => Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("In 2001 the Irkutsk statement was issued by both leaders. ", 18_500))), null, "Irkutsk statement"),
        ["hostile.md"] = (() => "# <img src=x onerror=alert(1)>\n\nIn 1956 the <script>alert(1)</script> declaration <iframe src=x></iframe> [link](javascript:alert(1)).\n"u8.ToArray(), null, "<script>alert(1)</script>"),
        ["huge.txt"] = (() => new byte[DocumentReader.MaxFileBytes + 1], "the limit is 8 MB", null),
    };

    public static TheoryData<string> Cases => new(Files.Keys);

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task ABadFileIsIngestedOrReportedByNameAndTheGoodDocumentIsUnaffected(string name)
    {
        var (bytes, refusal, stored) = Files[name];
        var alone = await GoodDocumentAloneAsync();
        _store.WriteDocument(GoodName, GoodText);
        await File.WriteAllBytesAsync(Path.Combine(_store.Seeds, name), bytes());

        var report = await _store.IngestAsync();

        if (refusal is not null)
        {
            var failure = Assert.Single(report.Failures);
            Assert.Equal(name, failure.FileName);
            Assert.Contains(refusal, failure.Reason, StringComparison.Ordinal);
            Assert.Equal(1, report.Added);
        }
        else
        {
            Assert.Empty(report.Failures);
            Assert.Equal(2, report.Added);
            await using var context = _store.CreateDbContext();
            var document = await context.Documents.SingleAsync(d => d.FileName == name);
            Assert.Contains(stored!, document.Text, StringComparison.Ordinal);
            Assert.DoesNotContain(document.Text, c => char.IsControl(c) && c is not '\n' and not '\t');
        }

        Assert.Equal(alone, await GoodDocumentAsync(_store));
    }

    [Fact]
    public async Task AFileListedButGoneWhenReadIsReportedByNameAndTheOthersAreIngested()
    {
        _store.WriteDocument(GoodName, GoodText);
        // A link to nothing is listed like any file and is gone when read: the state of a file deleted mid-run.
        File.CreateSymbolicLink(Path.Combine(_store.Seeds, "deleted.md"), Path.Combine(_store.Seeds, "nowhere.md"));

        var report = await _store.IngestAsync();

        var failure = Assert.Single(report.Failures);
        Assert.Equal(("deleted.md", "the file no longer exists"), (failure.FileName, failure.Reason));
        Assert.Equal(1, report.Added);
    }

    [Fact]
    public async Task AFileDeletedBetweenListingAndReadingIsReportedByName()
    {
        _store.WriteDocument("a.txt", "Alpha\n\nIn 1956 they met.\n");
        _store.WriteDocument("b.txt", "Beta\n\nIn 1956 they met again.\n");

        var contents = await SeedFolderReader.ReadAsync(_store.Seeds, (path, token) =>
        {
            if (Path.GetFileName(path) == "b.txt")
            {
                File.Delete(path);
            }

            return DocumentReader.ReadFileAsync(path, token);
        });

        Assert.Equal(2, contents.Candidates);
        Assert.Equal(["a.txt"], contents.Documents.Select(d => d.FileName));
        Assert.Equal(new DocumentFailure("b.txt", "the file no longer exists"), Assert.Single(contents.Failures));
    }

    [Fact]
    public async Task AFileChangedBetweenListingAndReadingIsReadAsItIsThenWithAMatchingHash()
    {
        _store.WriteDocument("a.txt", "Alpha\n\nIn 1956 they met.\n");
        const string Changed = "Alpha revised\n\nIn 1957 they met.\n";

        var contents = await SeedFolderReader.ReadAsync(_store.Seeds, async (path, token) =>
        {
            await File.WriteAllTextAsync(path, Changed, token);
            return await DocumentReader.ReadFileAsync(path, token);
        });

        var document = Assert.Single(contents.Documents);
        Assert.Equal(Changed, document.Text);
        Assert.Equal(DocumentReader.Read("a.txt", Encoding.UTF8.GetBytes(Changed)).ContentHash, document.ContentHash);
    }

    private static async Task<string> GoodDocumentAloneAsync()
    {
        using var alone = new TestStore();
        alone.WriteDocument(GoodName, GoodText);
        await alone.IngestAsync();
        return await GoodDocumentAsync(alone);
    }

    /// <summary>The good document's text and passages, and the events it sources with their spans in it.</summary>
    private static async Task<string> GoodDocumentAsync(TestStore store)
    {
        await using var context = store.CreateDbContext();
        var document = await context.Documents.Include(d => d.Passages).SingleAsync(d => d.FileName == GoodName);
        var events = await context.EventSources.Where(s => s.Passage.DocumentId == document.Id)
            .Select(s => s.Event.Label + " " + s.Event.Title + " " + s.Start + "-" + s.End)
            .ToListAsync();
        Assert.NotEmpty(events);
        return string.Join("\n", [document.Text, document.ContentHash, .. document.Passages.OrderBy(p => p.Ordinal).Select(p => $"{p.Start}-{p.End}"), .. events.Order(StringComparer.Ordinal)]);
    }
}
