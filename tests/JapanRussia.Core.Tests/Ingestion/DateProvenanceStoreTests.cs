using System.Text;
using JapanRussia.Core.Data;
using JapanRussia.Core.Dates;
using JapanRussia.Core.Export;
using JapanRussia.Core.Queries;
using JapanRussia.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace JapanRussia.Core.Tests.Ingestion;

/// <summary>Date provenance through the real pipeline into a real SQLite file, and out through the export shapes.</summary>
public sealed class DateProvenanceStoreTests : IDisposable
{
    private static readonly string Report = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "provenance", "report.md"));

    private readonly TestStore _store = new();

    public void Dispose() => _store.Dispose();

    [Fact]
    public async Task AWeekdayIsStoredAsWorkedOutFromThePhraseAndTheReportsDate()
    {
        await IngestAsync();

        await using var context = _store.CreateDbContext();
        var source = await context.EventSources.Include(s => s.Event).SingleAsync(s => s.Excerpt.Contains("on Sunday"));
        Assert.Equal(new DateOnly(2022, 3, 20), source.StartDate);
        Assert.Equal(DateProvenanceKind.WorkedOut, source.DateProvenance);
        Assert.Equal("on Sunday", source.DatePhrase);
        Assert.Equal(DateAnchorKind.PublicationDate, source.DateAnchor);
        Assert.Equal("21 March 2022", source.DateAnchorDate);
        Assert.Equal(DateProvenanceKind.WorkedOut, source.Event.DateProvenance);
        Assert.Equal("worked out from “on Sunday” and the report's date, 21 March 2022", source.Event.DateNote);
    }

    [Fact]
    public async Task ADualDateIsOneEventOnTheGregorianDayKeepingTheJulianDay()
    {
        await IngestAsync();

        await using var context = _store.CreateDbContext();
        var tsushima = await context.EventSources.Include(s => s.Event).Where(s => s.Excerpt.Contains("Tsushima")).ToListAsync();
        var source = Assert.Single(tsushima);
        Assert.Equal(new DateOnly(1905, 5, 27), source.Event.StartDate);
        Assert.Equal("27 May 1905", source.Event.Label);
        Assert.Equal(DateProvenanceKind.DualDated, source.DateProvenance);
        Assert.Equal("27 May [O.S. 14 May] 1905", source.DatePhrase);
        Assert.Equal("14 May 1905", source.DateAnchorDate);
        Assert.False(await context.Events.AnyAsync(e => e.StartDate == new DateOnly(1905, 5, 14)));
    }

    [Fact]
    public async Task TheExportShapeCarriesEachSourcesDateAndHowItWasObtained()
    {
        await IngestAsync();

        using var reader = new TimelineReader(_store);
        var events = await reader.ListAsync(EventFilter.Everything);
        var sunday = events.Single(e => e.Sources.Any(s => s.Excerpt.Contains("on Sunday")));
        Assert.Equal("worked-out", sunday.DateProvenance);
        var source = Assert.Single(sunday.Sources);
        Assert.Equal(new SourceDate("2022-03-20", "2022-03-20", "day", null, "20 March 2022"), source.Date);
        Assert.Equal(new DateDerivation("on Sunday", "publication-date", "21 March 2022"), source.DerivedFrom);
        var declaration = events.Single(e => e.Sources.Any(s => s.Excerpt.Contains("joint declaration")));
        Assert.Equal("stated", declaration.DateProvenance);
        Assert.Null(declaration.DateNote);
        Assert.Null(Assert.Single(declaration.Sources).DerivedFrom);
    }

    [Fact]
    public async Task TheCsvEndsEachRowWithTheDateProvenance()
    {
        await IngestAsync();
        using var reader = new TimelineReader(_store);
        var events = await reader.ListAsync(EventFilter.Everything);
        using var output = new MemoryStream();

        await CsvEventWriter.WriteAsync(events, output);

        var lines = Encoding.UTF8.GetString(output.ToArray()).Split("\r\n");
        Assert.EndsWith(",date_provenance", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.EndsWith(",\"worked-out: worked out from “on Sunday” and the report's date, 21 March 2022\"", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("19 October 1956", StringComparison.Ordinal) && l.EndsWith(",stated", StringComparison.Ordinal));
    }

    private async Task IngestAsync()
    {
        _store.WriteDocument("report.md", Report);
        var report = await _store.IngestAsync();
        Assert.Empty(report.Failures);
    }
}
