using Bunit;
using JapanRussia.Core.Data;
using JapanRussia.Core.Ingestion;
using JapanRussia.Core.Queries;
using JapanRussia.Web.Components.Pages.Sources;
using JapanRussia.Web.Hosting;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JapanRussia.Web.Tests.Components;

/// <summary>
/// A real SQLite file filled by the real ingestion pipeline from a few small documents, shared by a test class;
/// <see cref="NewContext"/> gives each test a bUnit context whose services read it.
/// </summary>
public sealed class SeededTimeline : IAsyncLifetime
{
    public const string HistoryFile = "a_history.txt";

    public const string HistoryText = """
        ---
        title: A short history of Japan and Russia
        source: https://example.org/history
        published: 2022-05-01
        ---
        A short history of Japan and Russia

        In 1855 Japan and Russia signed the Treaty of Shimoda, which opened diplomatic relations.

        On 19 October 1956 the two countries signed a joint declaration that restored diplomatic relations and ended the state of war.

        In March 2022 Russia halted peace treaty talks with Japan after Tokyo joined sanctions over Ukraine.
        """;

    public const string UnsafeFile = "b_unsafe.md";

    public const string UnsafeText = """
        # Notes with <script>alert('x')</script> markup

        In 1905 Japan defeated Russia in the war, as [one account](javascript:alert(1)) and <b onclick="x()">another</b> say.
        """;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "jr-bunit-" + Guid.NewGuid().ToString("N"));

    public string DatabasePath => Path.Combine(_folder, "timeline.db");

    public async Task InitializeAsync()
    {
        var seeds = Directory.CreateDirectory(Path.Combine(_folder, "seeds")).FullName;
        await File.WriteAllTextAsync(Path.Combine(seeds, HistoryFile), HistoryText);
        await File.WriteAllTextAsync(Path.Combine(seeds, UnsafeFile), UnsafeText);
        await new IngestionPipeline(Factory()).IngestAsync(seeds);
    }

    public IDbContextFactory<TimelineDbContext> Factory()
    {
        var services = new ServiceCollection();
        services.AddDbContextFactory<TimelineDbContext>(o => o.UseSqlite(TimelineDatabase.ConnectionString(DatabasePath)));
        return services.BuildServiceProvider().GetRequiredService<IDbContextFactory<TimelineDbContext>>();
    }

    /// <summary>A bUnit context over this database; the renderer reports itself interactive, as the year brush's circuit does.</summary>
    public BunitContext NewContext()
    {
        var context = new BunitContext();
        context.Services.AddDbContextFactory<TimelineDbContext>(o => o.UseSqlite(TimelineDatabase.ConnectionString(DatabasePath)));
        context.Services.AddSingleton<TimelineReader>();
        context.Services.AddSingleton<RequestDataVersion>();
        context.Services.AddSingleton<DocumentCatalog>();
        context.Services.AddSingleton<SourceTextRenderer>();
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        context.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        return context;
    }

    public Task DisposeAsync()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless.
        }

        return Task.CompletedTask;
    }
}
