using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace JapanRussia.Core.Tests.Support;

/// <summary>
/// A real, throwaway PostgreSQL server for the tests of a test process: the one named by <c>JR_TEST_POSTGRES</c> (a
/// connection string; .ci/test.sh starts one), or else a cluster of its own: initdb in a temporary folder (as the
/// <c>postgres</c> user when the tests run as root, since PostgreSQL refuses root), started on a free loopback port
/// of <c>JR_TEST_POSTGRES_PORTS</c> (default 5440-5449) and removed when the process exits. Each caller gets a
/// database of its own, created by the migrations.
/// </summary>
public sealed class PostgresServer
{
    public const string ConnectionVariable = "JR_TEST_POSTGRES";
    public const string PortsVariable = "JR_TEST_POSTGRES_PORTS";

    private const string FolderPrefix = "jr-postgres-";

    private static readonly Lazy<PostgresServer> Instance = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);

    private PostgresServer(string connectionString) => ConnectionString = connectionString;

    /// <summary>The server of this test process, started on first use.</summary>
    public static PostgresServer Shared => Instance.Value;

    /// <summary>To the server's maintenance database.</summary>
    public string ConnectionString { get; }

    /// <summary>A connection string to a database no other test uses (it does not exist until migrated).</summary>
    public string NewDatabase(string name) => new NpgsqlConnectionStringBuilder(ConnectionString)
    {
        Database = "jr_" + name.ToLowerInvariant() + "_" + Guid.NewGuid().ToString("N")[..8],
    }.ToString();

    private static PostgresServer Start()
    {
        var given = Environment.GetEnvironmentVariable(ConnectionVariable);
        return string.IsNullOrWhiteSpace(given) ? StartCluster() : new PostgresServer(given);
    }

    private static PostgresServer StartCluster()
    {
        var bin = FindBinaries();
        RemoveStoppedClusters();
        var folder = Path.Combine(Path.GetTempPath(), FolderPrefix + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var asRoot = Environment.UserName == "root";
        if (asRoot)
        {
            Run(asRoot: false, "chown", "postgres", folder);
        }

        var data = Path.Combine(folder, "data");
        Run(asRoot, Path.Combine(bin, "initdb"), "-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync");
        foreach (var port in CandidatePorts().Where(IsFree))
        {
            var options = $"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c max_connections=400 -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
            if (TryRun(asRoot, Path.Combine(bin, "pg_ctl"), "-D", data, "-o", options, "-l", Path.Combine(folder, "server.log"), "-w", "start"))
            {
                AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop(asRoot, bin, data, folder);
                return new PostgresServer($"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres");
            }
        }

        Directory.Delete(folder, recursive: true);
        throw new InvalidOperationException($"No port of {PortsVariable} was free for a test PostgreSQL server.");
    }

    /// <summary>
    /// Removes the folders of earlier runs' clusters that are no longer running: the test host may end the process
    /// before its exit handler has removed its folder, though the server itself is stopped first.
    /// </summary>
    private static void RemoveStoppedClusters()
    {
        foreach (var stale in Directory.GetDirectories(Path.GetTempPath(), FolderPrefix + "*"))
        {
            // Older than any initdb: a folder being set up by a test process running now has no server yet either.
            if (!File.Exists(Path.Combine(stale, "data", "postmaster.pid")) && Directory.GetLastWriteTimeUtc(stale) < DateTime.UtcNow.AddMinutes(-10))
            {
                try
                {
                    Directory.Delete(stale, recursive: true);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    // Another user's, or being removed by its own process: not this run's business.
                }
            }
        }
    }

    private static void Stop(bool asRoot, string bin, string data, string folder)
    {
        TryRun(asRoot, Path.Combine(bin, "pg_ctl"), "-D", data, "-m", "immediate", "-w", "stop");
        Directory.Delete(folder, recursive: true);
    }

    /// <summary>The newest installed server's programs (Debian keeps them under /usr/lib/postgresql/VERSION/bin).</summary>
    private static string FindBinaries()
    {
        var versions = Directory.Exists("/usr/lib/postgresql") ? Directory.GetDirectories("/usr/lib/postgresql") : [];
        var bin = versions
            .Select(v => Path.Combine(v, "bin"))
            .Where(b => File.Exists(Path.Combine(b, "initdb")))
            .OrderByDescending(b => int.TryParse(Path.GetFileName(Path.GetDirectoryName(b)), out var version) ? version : 0)
            .FirstOrDefault();
        return bin ?? throw new InvalidOperationException(
            $"PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb): install Debian's postgresql package, or set {ConnectionVariable}.");
    }

    private static IEnumerable<int> CandidatePorts()
    {
        var range = Environment.GetEnvironmentVariable(PortsVariable) is { Length: > 0 } given ? given : "5440-5449";
        var bounds = range.Split('-');
        var first = int.Parse(bounds[0], System.Globalization.CultureInfo.InvariantCulture);
        var last = int.Parse(bounds[^1], System.Globalization.CultureInfo.InvariantCulture);
        return Enumerable.Range(first, last - first + 1).OrderBy(_ => Random.Shared.Next());
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static void Run(bool asRoot, string program, params string[] arguments)
    {
        if (!TryRun(asRoot, program, arguments))
        {
            throw new InvalidOperationException($"{program} failed.");
        }
    }

    private static bool TryRun(bool asRoot, string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(asRoot ? "runuser" : program) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (asRoot)
        {
            foreach (var prefix in (string[])["-u", "postgres", "--", program])
            {
                start.ArgumentList.Add(prefix);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEnd();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            Console.Error.WriteLine($"{program}: {errors}");
        }

        return process.ExitCode == 0;
    }
}
