using System.Net;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace JapanRussia.Web.Tests.Api;

/// <summary>
/// No query string, however odd, makes the API fail: every answer is 200, 400 or 404, or 414 when the query string is
/// longer than the server accepts (and only then).
/// </summary>
[Collection(ApiTestGroup.Name)]
public sealed class QueryStringPropertyTests(ApiFactory factory)
{
    private static readonly HashSet<HttpStatusCode> Allowed = [HttpStatusCode.OK, HttpStatusCode.BadRequest, HttpStatusCode.NotFound];

    private readonly HttpClient _client = factory.CreateClient();

    [Property(MaxTest = 400, Arbitrary = [typeof(ApiRequests)])]
    public async Task<bool> AnyQueryStringGets200Or400Or404AndNever500(ApiRequest request)
    {
        var response = await _client.GetAsync(request.Url);
        // The query string as it went on the wire (escaped), which is what the server measures.
        var tooLong = response.RequestMessage!.RequestUri!.Query.Length > JapanRussia.Web.Hosting.RequestBounds.MaxQueryStringLength;
        Assert.True(
            tooLong ? response.StatusCode == HttpStatusCode.RequestUriTooLong : Allowed.Contains(response.StatusCode),
            $"{request.Url} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return true;
    }

    public sealed record ApiRequest(string Url)
    {
        public override string ToString() => Url;
    }

    public static class ApiRequests
    {
        private static readonly string[] Paths = ["/api/events", "/api/events/{id}", "/api/sources", "/api/sources/{id}", "/api/eras", "/api/topics", "/api/export", "/health"];

        private static readonly string[] Keys = ["era", "topic", "source", "person", "place", "from", "to", "q", "page", "pageSize", "sort", "format", "ERA", "x", ""];

        public static Arbitrary<ApiRequest> Requests()
        {
            var text = Gen.OneOf(
                ArbMap.Default.GeneratorFor<string>().Select(s => s ?? string.Empty),
                Gen.Elements("", "0", "-1", "1956", "99999999999999999999", "1e3", "cold-war", "territory", "date", "-date", "relevance", "csv", "timelinejs", "json",
                    "\"", "\"unclosed", "kuri*", "NEAR(a b)", "a AND OR NOT", "title:x", "*", "%", "%zz", "%00", "'; DROP TABLE Events;--", "\u0000", "\uD800", "Сахалин", new string('x', 600)),
                Gen.ArrayOf(Gen.Elements('"', '*', '(', ')', ':', '^', '-', '+', '&', '=', '%', '#', '?', ' ', 'a', '1', 'é', '\uE000')).Select(c => new string(c)));
            var pair = Gen.Zip(Gen.OneOf(Gen.Elements(Keys), text), text);
            var request =
                from path in Gen.Elements(Paths)
                from id in text
                from pairs in Gen.ListOf(pair)
                from raw in Gen.Elements(true, false, false, false)
                select new ApiRequest(Url(path, id, pairs, raw));
            return request.ToArbitrary();
        }

        private static string Url(string path, string id, IEnumerable<(string Key, string Value)> pairs, bool raw)
        {
            // A NUL in the path never reaches the app (Kestrel refuses the request line; the test host throws), so ids leave it out.
            var segment = id.Replace("\0", string.Empty, StringComparison.Ordinal);
            var builder = new StringBuilder(path.Replace("{id}", Escape(segment.Length == 0 ? "x" : segment), StringComparison.Ordinal));
            var separator = '?';
            foreach (var (key, value) in pairs)
            {
                // Mostly well-formed escapes; sometimes the value as typed, so that stray % and & reach the server.
                var encoded = raw ? new string(value.Where(c => c > ' ' && c < 0x7F && c != '#').ToArray()) : Escape(value);
                builder.Append(separator).Append(Escape(key)).Append('=').Append(encoded);
                separator = '&';
            }

            return builder.ToString();
        }

        private static string Escape(string value) => Uri.EscapeDataString(RemoveLoneSurrogates(value));

        private static string RemoveLoneSurrogates(string value)
        {
            var builder = new StringBuilder(value.Length);
            foreach (var rune in value.EnumerateRunes())
            {
                builder.Append(rune == Rune.ReplacementChar ? "\uFFFD" : rune.ToString());
            }

            return builder.ToString();
        }
    }
}
