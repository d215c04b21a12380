using System.Globalization;
using JapanRussia.Core.Queries;

namespace JapanRussia.Web.Hosting;

/// <summary>
/// Every request's reads run under a <see cref="ReadBudget"/>: <c>Timeline:ReadBudget</c> (default 10 s; exports
/// <c>Timeline:ExportReadBudget</c>, default 60 s), ended early if the client goes away. A request whose statement
/// the store stopped for it (SQLite's interrupt, PostgreSQL's query_canceled) answers 503 with Retry-After, and its URL
/// is logged; the connection goes back to the pool usable.
/// Circuits (<c>/_blazor</c>) live for hours and are left out.
/// </summary>
internal static class ReadBudgets
{
    /// <summary>Seconds a client is asked to wait before trying again.</summary>
    private const int RetryAfterSeconds = 5;

    public static IApplicationBuilder UseReadBudgets(this WebApplication app)
    {
        var limit = app.Configuration.GetValue("Timeline:ReadBudget", TimeSpan.FromSeconds(10));
        var exportLimit = app.Configuration.GetValue("Timeline:ExportReadBudget", TimeSpan.FromSeconds(60));
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ReadBudgets));
        return app.Use(async (context, next) =>
        {
            if (context.Request.Path.StartsWithSegments("/_blazor", StringComparison.OrdinalIgnoreCase))
            {
                await next(context).ConfigureAwait(false);
                return;
            }

            var export = context.Request.Path.StartsWithSegments("/api/export", StringComparison.OrdinalIgnoreCase);
            using var budget = ReadBudget.Start(export ? exportLimit : limit, context.RequestAborted);
            try
            {
                await next(context).ConfigureAwait(false);
            }
            catch (Exception ex) when (ReadBudget.IsInterruption(ex) && budget.IsExpired && !context.Response.HasStarted)
            {
                ReadBudgetLog.Spent(logger, budget.Limit.TotalMilliseconds, context.Request.Method, context.Request.Path + context.Request.QueryString);
                context.Response.Clear();
                context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
                await TypedResults.Problem(
                    statusCode: StatusCodes.Status503ServiceUnavailable,
                    title: "Too slow to answer now",
                    detail: "Reading the answer took longer than the server allows for one request. Try again shortly, or narrow the filters.")
                    .ExecuteAsync(context).ConfigureAwait(false);
            }
        });
    }
}

internal static partial class ReadBudgetLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Read budget of {BudgetMs} ms spent; answered 503: {Method} {Url}")]
    public static partial void Spent(ILogger logger, double budgetMs, string method, string url);
}
