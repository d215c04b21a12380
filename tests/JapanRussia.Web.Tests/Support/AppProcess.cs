using System.Diagnostics;

namespace JapanRussia.Web.Tests.Support;

/// <summary>Runs the built web executable as a child process, as a user would, and collects its exit code and output.</summary>
public static class AppProcess
{
    public sealed record Result(int ExitCode, string Output, string Error);

    public static string WebDll { get; } =
        Path.Combine(Path.GetDirectoryName(typeof(AppProcess).Assembly.Location)!, "JapanRussia.Web.dll");

    public static async Task<Result> RunAsync(TimeSpan timeout, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(WebDll);
        foreach (var arg in args)
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
