using System.Diagnostics;

namespace JapanRussia.Web.Tests.Api;

/// <summary>
/// The OpenAPI document passes Redocly's recommended rules. Needs Node.js and npm; the linter is installed once
/// into the test output folder (a pinned version, so the rules do not change under CI).
/// </summary>
[Collection(ApiTestGroup.Name)]
public sealed class OpenApiLintTests(ApiFactory factory)
{
    private const string RedoclyVersion = "2.11.1";

    [Fact]
    public async Task TheOpenApiDocumentPassesRedoclyLint()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "node-tools", "redocly-" + RedoclyVersion);
        var cli = Path.Combine(folder, "node_modules", "@redocly", "cli", "bin", "cli.js");
        if (!File.Exists(cli))
        {
            Directory.CreateDirectory(folder);
            var install = await RunAsync("npm", folder, "install", "--no-audit", "--no-fund", "--loglevel=error", "--prefix", folder, "@redocly/cli@" + RedoclyVersion);
            Assert.True(install.ExitCode == 0, $"npm install @redocly/cli@{RedoclyVersion} failed:\n{install.Output}");
        }

        var document = Path.Combine(factory.Folder, "openapi.json");
        await File.WriteAllTextAsync(document, await factory.CreateClient().GetStringAsync("/openapi/v1.json"));
        var lint = await RunAsync("node", folder, cli, "lint", document, "--format=stylish");
        Assert.True(lint.ExitCode == 0, "redocly lint found errors in /openapi/v1.json:\n" + lint.Output);
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

        start.Environment["REDOCLY_TELEMETRY"] = "off";
        start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            Assert.Fail($"'{program}' is not installed or not on PATH ({ex.Message}). This test needs Node.js and npm: on Debian, apt-get install -y nodejs npm.");
            throw;
        }

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
