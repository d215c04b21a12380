using System.Diagnostics;

namespace JapanRussia.Web.Tests.Support;

/// <summary>Runs the built web executable as a child process, as a user would, and collects its exit code and output.</summary>
public static class AppProcess
{
    public sealed record Result(int ExitCode, string Output, string Error);

    public static string WebDll { get; } =
        Path.Combine(Path.GetDirectoryName(typeof(AppProcess).Assembly.Location)!, "JapanRussia.Web.dll");

    public static Task<Result> RunAsync(TimeSpan timeout, params string[] args) => RunCommandAsync(timeout, ["dotnet", WebDll, .. args]);

    /// <summary>As another user (through runuser, so the tests must run as root, as they do in CI).</summary>
    public static Task<Result> RunAsUserAsync(string user, TimeSpan timeout, params string[] args) =>
        RunCommandAsync(timeout, ["runuser", "-u", user, "--", "dotnet", WebDll, .. args]);

    private static async Task<Result> RunCommandAsync(TimeSpan timeout, string[] command)
    {
        var start = new ProcessStartInfo(command[0]) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in command[1..])
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        try
        {
            await process.WaitForExitAsync().WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return new Result(process.ExitCode, await output, await error);
    }
}
