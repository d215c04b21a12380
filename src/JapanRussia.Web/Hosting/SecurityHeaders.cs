using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Components;

namespace JapanRussia.Web.Hosting;

/// <summary>
/// The headers every response carries, pages, API answers, errors and static files alike: a Content-Security-Policy
/// that Blazor Server runs under, no MIME sniffing, no framing, and a referrer cut to the origin across sites.
/// </summary>
/// <remarks>
/// Why the policy is as it is:
/// <list type="bullet">
/// <item><c>script-src 'self'</c> plus one hash: <c>blazor.web.js</c> and the component modules are files from this
/// origin, Blazor Server needs no eval, and the one inline script is the import map (<c>&lt;ImportMap /&gt;</c>) that
/// sends module imports such as the overview strip's to their fingerprinted URLs. Its text comes from the page
/// endpoint's <see cref="ImportMapDefinition"/> (its ToString is the JSON rendered), so its hash is computed from the same object the page renders.</item>
/// <item><c>style-src 'self'</c> keeps out style elements; <c>style-src-attr 'unsafe-inline'</c> lets through style
/// attributes only, which the pages set for era colours and year positions (values from the app's own reference data;
/// the source sanitiser strips every style attribute from documents).</item>
/// <item><c>connect-src 'self'</c> covers the circuit's WebSocket to the same host; <c>img-src 'self' data:</c> the
/// favicon and CSS data URIs; <c>object-src</c>, <c>base-uri</c>, <c>form-action</c> and <c>frame-ancestors</c> shut
/// the remaining doors. <c>X-Frame-Options: DENY</c> is the same rule for browsers that predate frame-ancestors.</item>
/// </list>
/// </remarks>
internal static class SecurityHeaders
{
    public const string BasePolicy =
        "default-src 'self'; style-src 'self'; style-src-attr 'unsafe-inline'; connect-src 'self'; img-src 'self' data:; " +
        "font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private static readonly ConditionalWeakTable<ImportMapDefinition, string> PolicyByImportMap = [];

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            // Set when the response starts, by which time routing (and any re-execution for an error page) has chosen
            // the endpoint whose import map the page renders.
            context.Response.OnStarting(static state =>
            {
                var http = (HttpContext)state;
                var headers = http.Response.Headers;
                headers.ContentSecurityPolicy = ApiReference.NonceOf(http) is { } nonce
                    ? ApiReferencePolicy(nonce)
                    : PolicyFor(http.GetEndpoint()?.Metadata.GetMetadata<ImportMapDefinition>());
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                return Task.CompletedTask;
            }, context);
            return next(context);
        });

    public static string PolicyFor(ImportMapDefinition? importMap) =>
        importMap is null ? "script-src 'self'; " + BasePolicy : PolicyByImportMap.GetValue(importMap, static map => $"script-src 'self' '{Hash(map.ToString())}'; " + BasePolicy);

    /// <summary>
    /// The API reference page only: its scripts by this response's nonce, and the style elements its renderer (Vue)
    /// inserts; everything else, fetches included, stays on this origin.
    /// </summary>
    public static string ApiReferencePolicy(string nonce) =>
        $"script-src 'self' 'nonce-{nonce}'; default-src 'self'; style-src 'self' 'unsafe-inline'; connect-src 'self'; img-src 'self' data:; " +
        "font-src 'self' data:; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>The CSP source expression for an inline script whose text is <paramref name="script"/>.</summary>
    public static string Hash(string script) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(script)));
}
