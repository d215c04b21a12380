using JapanRussia.Web.Tests.Support;

namespace JapanRussia.Web.Tests.Hosting;

public sealed class UnusableStoreTests : IDisposable
{
    private readonly string _folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "jr-store-tests", Guid.NewGuid().ToString("N"))).FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task ServerRefusesACorruptDatabaseWithAClearMessageAndNoStackTrace()
    {
        var db = Path.Combine(_folder, "corrupt.db");
        await File.WriteAllTextAsync(db, new string('x', 4096));

        var result = await AppProcess.RunAsync(TimeSpan.FromMinutes(1), "--db", db, "--urls", "http://127.0.0.1:0");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("not a SQLite database", result.Output + result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Output + result.Error, StringComparison.Ordinal);
        Assert.Equal(new string('x', 4096), await File.ReadAllTextAsync(db));
    }

    [Fact]
    public async Task ServerRefusesAMissingDocumentsFolderWithAClearMessage()
    {
        var result = await AppProcess.RunAsync(
            TimeSpan.FromMinutes(1), "--db", Path.Combine(_folder, "t.db"), "--seeds", Path.Combine(_folder, "nope"), "--urls", "http://127.0.0.1:0");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("nope", result.Output + result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Output + result.Error, StringComparison.Ordinal);
    }
}
