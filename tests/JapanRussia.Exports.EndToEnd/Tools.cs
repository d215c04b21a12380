using System.Diagnostics;

namespace JapanRussia.Exports.EndToEnd;

/// <summary>Finds what the end-to-end test needs outside .NET, and fails with the fix when it is missing.</summary>
internal static class Tools
{
    public static string Chromium()
    {
        var path = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } configured ? configured : "/usr/bin/chromium";
        Assert.True(File.Exists(path), $"Chromium is missing at {path}. Install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.");
        return path;
    }

    /// <summary>The dist folder of the TimelineJS npm package, installed once into the test output folder.</summary>
    public static async Task<string> TimelineJsAsync(string version)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "node-tools", "timelinejs-" + version);
        var dist = Path.Combine(folder, "node_modules", "@knight-lab", "timelinejs", "dist");
        if (!File.Exists(Path.Combine(dist, "js", "timeline.js")))
        {
            Directory.CreateDirectory(folder);
            var (exitCode, output) = await RunAsync("npm", folder, "install", "--no-audit", "--no-fund", "--loglevel=error", "--prefix", folder, "@knight-lab/timelinejs@" + version);
            Assert.True(exitCode == 0, $"npm install @knight-lab/timelinejs@{version} failed:\n{output}");
        }

        return dist + Path.DirectorySeparatorChar;
    }

    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "JapanRussia.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (JapanRussia.sln) is not above the test output folder.");
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string program, string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process? process = null;
        try
        {
            process = Process.Start(start);
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            Assert.Fail($"'{program}' is not installed or not on PATH ({ex.Message}). This test needs Node.js and npm: on Debian, apt-get install -y nodejs npm.");
        }

        Assert.NotNull(process);
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
            await process.WaitForExitAsync(timeout.Token);
            return (process.ExitCode, await output + await error);
        }
    }
}
