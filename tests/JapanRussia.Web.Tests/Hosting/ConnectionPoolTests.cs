using System.Net;
using JapanRussia.Web.Tests.Support;

namespace JapanRussia.Web.Tests.Hosting;

public sealed class ConnectionPoolTests
{
    [Fact]
    public async Task StoppingTheAppReleasesTheDatabaseFile()
    {
        var app = new TimelineAppFactory();
        var path = app.DatabasePath;
        using (var client = app.CreateClient())
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/api/events", UriKind.Relative))).StatusCode);
            Assert.NotEmpty(OpenHandlesTo(path));
        }

        await app.DisposeAsync();

        Assert.Empty(OpenHandlesTo(path));
    }

    /// <summary>This process's open files under <paramref name="path"/> (the database, its WAL and shared memory), from /proc.</summary>
    private static List<string> OpenHandlesTo(string path) =>
        new DirectoryInfo("/proc/self/fd").EnumerateFileSystemInfos()
            .Select(fd => fd.LinkTarget)
            .OfType<string>()
            .Where(target => target.StartsWith(path, StringComparison.Ordinal))
            .ToList();
}
