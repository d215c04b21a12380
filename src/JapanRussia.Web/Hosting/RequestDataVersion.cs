using JapanRussia.Core.Queries;

namespace JapanRussia.Web.Hosting;

/// <summary>
/// The data version of a request, read once and shared by everything that request does: the response cache keys by
/// it, the API's ETags carry it, and the reads of the endpoint or page are keyed by it. Read on every request (one
/// indexed single-row query), so that no cached answer outlives the data it shows (an ingestion from the command line
/// beside the server is seen at once) and a database that has gone away is reported rather than hidden.
/// </summary>
public sealed class RequestDataVersion(TimelineReader reader)
{
    private static readonly object RequestItem = new();

    public async ValueTask<DataVersion> GetAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (http.Items.TryGetValue(RequestItem, out var known) && known is DataVersion version)
        {
            return version;
        }

        version = await reader.VersionAsync(http.RequestAborted).ConfigureAwait(false);
        http.Items[RequestItem] = version;
        return version;
    }

    /// <summary>The request's version for a component: null in an interactive circuit, where there is no request to share it with.</summary>
    public async ValueTask<DataVersion?> ForComponentAsync(HttpContext? http) =>
        http is null ? null : await GetAsync(http).ConfigureAwait(false);
}
