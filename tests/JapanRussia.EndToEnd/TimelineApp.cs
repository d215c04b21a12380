using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Text;
using Microsoft.Playwright;

namespace JapanRussia.EndToEnd;

/// <summary>
/// The real app as a child process on a free loopback port with its own temporary database (ingesting the repository's
/// seeds), and Debian's Chromium driven by Playwright. Shared by every test in the collection.
/// </summary>
public sealed class TimelineApp : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly StringBuilder _log = new();
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "jr-e2e-" + Guid.NewGuid().ToString("N"));
    private readonly string _seeds;
    private Process? _process;
    private IPlaywright? _playwright;

    public TimelineApp()
        : this(Path.Combine(RepositoryRoot, "seeds"))
    {
    }

    /// <summary>The app over another documents folder (xUnit needs the one public constructor above for fixtures).</summary>
    internal TimelineApp(string seedsFolder) => _seeds = seedsFolder;

    public Uri BaseAddress { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string ArtifactsFolder { get; } = Path.Combine(RepositoryRoot, "artifacts", "e2e");

    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"Chromium is missing at {ChromiumPath}. The end-to-end tests drive Debian's Chromium and never download a browser: " +
                "install it with `apt-get install -y chromium` (the README's test command does this).");
        }

        Directory.CreateDirectory(_folder);
        Directory.CreateDirectory(ArtifactsFolder);
        await StartAppAsync();

        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-background-networking"],
        });
    }

    /// <summary>A fresh page (its own context) with the given viewport, failing fast rather than hanging.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900, bool javaScript = true)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            JavaScriptEnabled = javaScript,
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    /// <summary>
    /// The timeline is ready for a reader's clicks: its script drives the filters (the form says data-live) and the
    /// overview strip's brush has its circuit (data-interactive). Before that, a click only ticks a box.
    /// </summary>
    public static async Task WaitForLiveTimelineAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.Locator("form.filter-panel[data-live]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await page.Locator(".brush-area[data-interactive=true]").WaitForAsync();
    }

    /// <summary>
    /// Drags across the overview strip from one fraction of its width to another, as a mouse does, and lets go. Returns
    /// what the brush's label said just before letting go (the server's count of the span, so the circuit answered).
    /// </summary>
    public static async Task<string> DragAcrossStripAsync(IPage page, float from, float to, string? screenshot = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        var area = page.Locator(".brush-area");
        await area.ScrollIntoViewIfNeededAsync();
        var box = await area.BoundingBoxAsync() ?? throw new InvalidOperationException("The overview strip is not on the page.");
        var y = box.Y + (box.Height / 2);
        await page.Mouse.MoveAsync(box.X + (box.Width * from), y);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(box.X + (box.Width * to), y, new() { Steps = 8 });
        var label = page.Locator(".brush-label");
        await Assertions.Expect(label).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d{4}(–\d{4})?: [\d,]+ events?$"));
        var text = await label.InnerTextAsync();
        if (screenshot is not null)
        {
            await ScreenshotAsync(page, screenshot);
        }

        await page.Mouse.UpAsync();
        return text;
    }

    /// <summary>Fills <paramref name="folder"/> with the repository's seeds and <paramref name="documents"/> beside them.</summary>
    internal static void CopySeedsWith(string folder, params (string Name, string Text)[] documents)
    {
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryRoot, "seeds")))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        foreach (var (name, text) in documents)
        {
            File.WriteAllText(Path.Combine(folder, name), text);
        }
    }

    public static async Task ScreenshotAsync(IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ArtifactsFolder, name + ".png"), FullPage = true });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless.
        }
    }

    private async Task StartAppAsync()
    {
        var assembly = typeof(TimelineApp).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "WebAppAssembly").Value!;
        if (!File.Exists(assembly))
        {
            throw new InvalidOperationException($"The web app is not built at {assembly}.");
        }

        var port = FreePort();
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList =
            {
                assembly,
                "--db", Path.Combine(_folder, "timeline.db"),
                "--seeds", _seeds,
                "--urls", BaseAddress.ToString().TrimEnd('/'),
            },
            WorkingDirectory = _folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        _process = Process.Start(start) ?? throw new InvalidOperationException("The web app did not start.");
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The web app exited with code {_process.ExitCode}:\n{Log}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri(BaseAddress, "about"));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Still starting.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"The web app did not answer within 90 s:\n{Log}");
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            _log.AppendLine(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "JapanRussia.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("JapanRussia.sln not found above " + AppContext.BaseDirectory);
    }
}

[CollectionDefinition(Name)]
public sealed class TimelineAppGroup : ICollectionFixture<TimelineApp>
{
    public const string Name = "Timeline app";
}
