using System.Text.Json;
using JapanRussia.Core.Export;
using JapanRussia.Core.Reference;

namespace JapanRussia.Core.Tests.Export;

public sealed class TimelineJsWriterTests
{
    private static readonly ExportOptions Options = new()
    {
        Eras = [new EraDefinition("cold-war", "Cold War", 1946, 1984, "#000"), new EraDefinition("now", "Now & then", 2022, null, "#111"), new EraDefinition("unused", "Unused", 1800, 1801, "#222")],
        SourceLink = s => new Uri("https://example.org/sources/" + s.Document + "?a=1&b=2"),
        CurrentYear = 2026,
    };

    [Theory]
    [InlineData("1956-10-19", "1956", "10", "19")]
    [InlineData("1956-10", "1956", "10", null)]
    [InlineData("1956", "1956", null, null)]
    [InlineData("0800", "800", null, null)]
    [InlineData("1956-01-05", "1956", "1", "5")]
    public void DatesCarryNoMorePrecisionThanTheEvent(string iso, string year, string? month, string? day) =>
        Assert.Equal(new TimelineJsDate(year, month, day), TimelineJsWriter.Date(iso));

    [Fact]
    public async Task EventsBecomeSlidesWithDatesGroupAndEscapedText()
    {
        var item = ExportSamples.Event(title: "Treaty <signed> & sealed", excerpt: "A <script>alert(1)</script> & more.");
        using var json = await WriteAsync(item, ExportSamples.Event(id: "e2", start: "1950", end: "1959", precision: "decade", label: "the 1950s", era: "now"));
        var root = json.RootElement;
        Assert.Equal("Japan–Russia relations", root.GetProperty("title").GetProperty("text").GetProperty("headline").GetString());

        var slide = root.GetProperty("events")[0];
        Assert.Equal("1956", slide.GetProperty("start_date").GetProperty("year").GetString());
        Assert.Equal("10", slide.GetProperty("start_date").GetProperty("month").GetString());
        Assert.Equal("19", slide.GetProperty("end_date").GetProperty("day").GetString());
        Assert.Equal("19 October 1956", slide.GetProperty("display_date").GetString());
        Assert.Equal("Treaty &lt;signed&gt; &amp; sealed", slide.GetProperty("text").GetProperty("headline").GetString());
        var text = slide.GetProperty("text").GetProperty("text").GetString();
        Assert.Contains("<p>A &lt;script&gt;alert(1)&lt;/script&gt; &amp; more.</p>", text, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://example.org/sources/002_x.txt?a=1&amp;b=2\">Japan–Soviet Union relations</a>", text, StringComparison.Ordinal);
        Assert.Equal("Cold War", slide.GetProperty("group").GetString());
        Assert.Equal("e1", slide.GetProperty("unique_id").GetString());

        var decade = root.GetProperty("events")[1];
        Assert.False(decade.GetProperty("start_date").TryGetProperty("month", out _));
        Assert.Equal("1959", decade.GetProperty("end_date").GetProperty("year").GetString());
        Assert.Equal("Now &amp; then", decade.GetProperty("group").GetString());
    }

    [Fact]
    public async Task ErasWithEventsBecomeBandsAndTheOpenOneRunsToThePresent()
    {
        using var json = await WriteAsync(ExportSamples.Event(), ExportSamples.Event(id: "e2", era: "now", start: "2023", end: "2023", precision: "year"));
        var eras = json.RootElement.GetProperty("eras").EnumerateArray().ToList();
        Assert.Equal(2, eras.Count);
        Assert.Equal("1946", eras[0].GetProperty("start_date").GetProperty("year").GetString());
        Assert.Equal("1984", eras[0].GetProperty("end_date").GetProperty("year").GetString());
        Assert.Equal("2026", eras[1].GetProperty("end_date").GetProperty("year").GetString());
        Assert.Equal("Cold War", eras[0].GetProperty("text").GetProperty("headline").GetString());
    }

    [Fact]
    public async Task WithoutALinkTheSourceIsNamed()
    {
        using var stream = new MemoryStream();
        await EventExporter.WriteAsync([ExportSamples.Event()], ExportFormat.TimelineJs, stream);
        using var json = JsonDocument.Parse(stream.ToArray());
        var text = json.RootElement.GetProperty("events")[0].GetProperty("text").GetProperty("text").GetString();
        Assert.EndsWith("<p>Japan–Soviet Union relations</p>", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task JsonExportLeavesSnippetsOut()
    {
        using var stream = new MemoryStream();
        await EventExporter.WriteAsync([ExportSamples.Event() with { Snippet = "<mark>x</mark>" }], ExportFormat.Json, stream);
        using var json = JsonDocument.Parse(stream.ToArray());
        Assert.False(json.RootElement.GetProperty("events")[0].TryGetProperty("snippet", out _));
    }

    [Fact]
    public void FormatNamesReadAsTheCommandLineSpellsThem() =>
        Assert.Equal(["json", "csv", "timelinejs"], Enum.GetNames<ExportFormat>().Select(n => n.ToLowerInvariant()));

    private static async Task<JsonDocument> WriteAsync(params EventDocument[] events)
    {
        using var stream = new MemoryStream();
        await TimelineJsWriter.WriteAsync(events, Options, stream);
        return JsonDocument.Parse(stream.ToArray());
    }
}
