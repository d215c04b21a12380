using JapanRussia.Core.Data;
using JapanRussia.Core.Export;
using JapanRussia.Core.Queries;
using JapanRussia.Core.Tests.Support;

namespace JapanRussia.Core.Tests.Data;

/// <summary>The two stores hold the same timeline: what SQLite exports, PostgreSQL exports byte for byte.</summary>
public sealed class StoreParityTests
{
    [Theory]
    [InlineData(ExportFormat.Json)]
    [InlineData(ExportFormat.Csv)]
    [InlineData(ExportFormat.TimelineJs)]
    public async Task TheSeedsExportTheSameBytesFromBothStores(ExportFormat format)
    {
        var sqlite = await ExportSeedsAsync(StoreProvider.Sqlite, format);
        var postgres = await ExportSeedsAsync(StoreProvider.PostgreSql, format);

        Assert.True(sqlite.Length > 10_000, $"only {sqlite.Length} bytes exported");
        Assert.Equal(System.Text.Encoding.UTF8.GetString(sqlite), System.Text.Encoding.UTF8.GetString(postgres));
    }

    private static async Task<byte[]> ExportSeedsAsync(StoreProvider provider, ExportFormat format)
    {
        using var store = new TestStore(provider);
        store.CopySeeds();
        await store.IngestAsync();
        await using var context = store.CreateDbContext();
        using var reader = new TimelineReader(store);
        using var output = new MemoryStream();
        await EventExporter.WriteAsync(await reader.ListAsync(EventFilter.Everything), format, await EventExporter.LoadOptionsAsync(context), output);
        return output.ToArray();
    }
}
