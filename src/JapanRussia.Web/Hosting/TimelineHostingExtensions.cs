using JapanRussia.Core.Data;
using JapanRussia.Core.Ingestion;
using JapanRussia.Core.Queries;
using Microsoft.EntityFrameworkCore;

namespace JapanRussia.Web.Hosting;

public static class TimelineHostingExtensions
{
    /// <summary>The store (one context per operation) and the ingestion pipeline.</summary>
    /// <remarks>Paths are resolved when first needed, so configuration added by a test host is honoured.</remarks>
    public static IServiceCollection AddTimelineStore(this IServiceCollection services)
    {
        services.AddSingleton(provider => TimelinePaths.Resolve(provider.GetRequiredService<IConfiguration>()));
        services.AddDbContextFactory<TimelineDbContext>((provider, options) =>
            TimelineDatabase.Configure(options, provider.GetRequiredService<TimelinePaths>().DatabasePath));
        services.AddSingleton<IngestionPipeline>();
        services.AddSingleton<EventSearch>();
        return services;
    }

    /// <summary>
    /// Brings the database up to date with the documents folder before the first request: creates the file, applies
    /// migrations and ingests. Unchanged documents cost a hash each, so this is cheap on every start after the first.
    /// </summary>
    public static async Task IngestOnStartupAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!app.Configuration.GetValue("Timeline:IngestOnStartup", true))
        {
            await using var context = await app.Services.GetRequiredService<IDbContextFactory<TimelineDbContext>>().CreateDbContextAsync().ConfigureAwait(false);
            await TimelineDatabase.MigrateAsync(context).ConfigureAwait(false);
            return;
        }

        var paths = app.Services.GetRequiredService<TimelinePaths>();
        await app.Services.GetRequiredService<IngestionPipeline>().IngestAsync(paths.SeedsPath).ConfigureAwait(false);
    }
}
