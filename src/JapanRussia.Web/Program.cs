using System.Globalization;
using JapanRussia.Web.Api;
using JapanRussia.Web.Cli;
using JapanRussia.Web.Components;
using JapanRussia.Web.Components.Pages.Timeline;
using JapanRussia.Web.Hosting;
using Serilog;

// Verbs (ingest, export, --help) run without starting the web server.
if (CommandLineApp.IsVerb(args))
{
    return await CommandLineApp.RunAsync(args, Console.Out, Console.Error);
}

// The content root is the build output, so appsettings and assets are found wherever the command is started.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });

// Static assets come from the build manifest outside Development too, so `dotnet JapanRussia.Web.dll` from the build
// output (as the end-to-end tests start it) finds the stylesheets in the project; a no-op after publish.
builder.WebHost.UseStaticWebAssets();

// Logging: structured console output, configured from appsettings (Serilog section).
builder.Services.AddSerilog((services, logger) => logger
    .ReadFrom.Configuration(builder.Configuration)
    .ReadFrom.Services(services)
    .Enrich.FromLogContext()
    .WriteTo.Console(formatProvider: CultureInfo.InvariantCulture));

// Data: the SQLite store and the ingestion pipeline.
builder.AddTimelineStore();

// API: JSON endpoints with problem details, their OpenAPI description, and compressed responses.
builder.AddTimelineApi();

// Pages: Blazor, static pages with one interactive server component.
builder.AddTimelinePages();

// Security: request size limits, rate limiting on /api, circuit and hub limits, API error answers.
builder.AddTimelineSecurity();

// Response cache: a page or an API answer is the same for every reader of one URL and data version; made once a minute.
builder.AddTimelineResponseCache();

var app = builder.Build();

// HEAD runs as the GET of the same URL with the body dropped; routing comes after, so that it finds the GET endpoint.
app.UseHeadAsGet();
app.UseRouting();

// Security headers (CSP, nosniff, referrer, no framing) on every response, errors and redirects included.
app.UseSecurityHeaders();

// Outside Development: no stack traces to users; HSTS and HTTPS redirection when this server serves HTTPS.
app.UseErrorHandlingAndTransport();

app.UseSerilogRequestLogging();

// Over-long query strings and too many API requests from one address are refused with a problem.
app.UseRequestLimits();

// Cached answers are stored compressed (the cache sits outside compression): a hit costs no rendering, no compressing.
app.UseTimelineResponseCache();
app.UseResponseCompression();

// Every request's reads have a time budget: past it, SQLite stops the statement and the answer is 503 with Retry-After.
app.UseReadBudgets();

app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseAntiforgery();

app.MapOpenApi();
app.MapApiReference();
app.MapTimelineApi();
app.MapTimelineFragments();
app.MapStaticAssets();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

// Bring the database up to date with the documents before the first request; refuse to start on an unusable store.
if (!await app.TryIngestOnStartupAsync())
{
    return 1;
}

await app.RunAsync();
return 0;
