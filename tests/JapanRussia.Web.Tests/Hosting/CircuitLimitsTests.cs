using JapanRussia.Web.Tests.Support;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace JapanRussia.Web.Tests.Hosting;

public sealed class CircuitLimitsTests : IClassFixture<TimelineAppFactory>
{
    private readonly TimelineAppFactory _factory;

    public CircuitLimitsTests(TimelineAppFactory factory) => _factory = factory;

    [Fact]
    public void CircuitsAreRetainedBrieflyAndBoundedOutsideDevelopment()
    {
        var options = _factory.Services.GetRequiredService<IOptions<CircuitOptions>>().Value;

        Assert.Equal(100, options.DisconnectedCircuitMaxRetained);
        Assert.Equal(TimeSpan.FromMinutes(2), options.DisconnectedCircuitRetentionPeriod);
        Assert.Equal(TimeSpan.FromSeconds(30), options.JSInteropDefaultCallTimeout);
        Assert.Equal(10, options.MaxBufferedUnacknowledgedRenderBatches);
        Assert.False(options.DetailedErrors);
    }

    /// <summary>The options Blazor's own hub runs with, after the global options are merged into them.</summary>
    [Fact]
    public void TheComponentHubTakesOneMegabyteMessagesOneInvocationAtATimeAndHidesErrorDetails()
    {
        var hub = typeof(CircuitOptions).Assembly.GetType("Microsoft.AspNetCore.Components.Server.ComponentHub", throwOnError: true)!;
        var optionsType = typeof(IOptions<>).MakeGenericType(typeof(HubOptions<>).MakeGenericType(hub));
        var options = (HubOptions)optionsType.GetProperty("Value")!.GetValue(_factory.Services.GetRequiredService(optionsType))!;

        Assert.Equal(1024 * 1024, options.MaximumReceiveMessageSize);
        Assert.Equal(1, options.MaximumParallelInvocationsPerClient);
        Assert.Equal(TimeSpan.FromSeconds(30), options.ClientTimeoutInterval);
        Assert.Equal(TimeSpan.FromSeconds(15), options.KeepAliveInterval);
        Assert.False(options.EnableDetailedErrors);
    }
}
