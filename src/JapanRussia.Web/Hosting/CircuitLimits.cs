using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.SignalR;

namespace JapanRussia.Web.Hosting;

/// <summary>
/// Blazor Server's limits, chosen rather than inherited. A circuit holds a reader's page state on the server, so the
/// numbers bound what one reader, or one abuser opening many tabs, can make the server hold or wait for.
/// </summary>
internal static class CircuitLimits
{
    public static IServiceCollection AddCircuitLimits(this IServiceCollection services, IHostEnvironment environment)
    {
        services.Configure<CircuitOptions>(options =>
        {
            // A reader whose connection drops (a phone going to sleep, a train tunnel) gets their page back within two
            // minutes; after that, or beyond 100 such circuits, the oldest is dropped and a reload rebuilds it from the URL,
            // which holds all of the page's state.
            options.DisconnectedCircuitMaxRetained = 100;
            options.DisconnectedCircuitRetentionPeriod = TimeSpan.FromMinutes(2);

            // The only JS calls are the overview strip's module import and measurements; a browser that has not
            // answered in 30 s is gone.
            options.JSInteropDefaultCallTimeout = TimeSpan.FromSeconds(30);

            // Renders queued for a slow client before the server stops rendering for it (the default, stated).
            options.MaxBufferedUnacknowledgedRenderBatches = 10;
            options.DetailedErrors = environment.IsDevelopment();
        });

        // Global hub options are merged into the component hub's (the only hub). The message size is not set here:
        // the pages own it (AddTimelinePages sets it).
        services.Configure<HubOptions>(options =>
        {
            options.MaximumParallelInvocationsPerClient = 1;
            options.StreamBufferCapacity = 10;
            options.HandshakeTimeout = TimeSpan.FromSeconds(15);
            options.KeepAliveInterval = TimeSpan.FromSeconds(15);
            options.ClientTimeoutInterval = TimeSpan.FromSeconds(30);
            options.EnableDetailedErrors = environment.IsDevelopment();
        });
        return services;
    }
}
