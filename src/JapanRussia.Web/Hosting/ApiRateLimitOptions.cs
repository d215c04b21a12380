namespace JapanRussia.Web.Hosting;

/// <summary>The <c>RateLimiting:Api</c> section: requests each client IP may make under <c>/api</c> per window.</summary>
public sealed class ApiRateLimitOptions
{
    public const string Section = "RateLimiting:Api";

    /// <summary>Requests per window and IP; 0 turns the limit off (the latency benchmarks do).</summary>
    public int PermitLimit { get; set; } = 100;

    public int WindowSeconds { get; set; } = 10;
}
