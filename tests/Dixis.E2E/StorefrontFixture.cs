using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.Playwright;

namespace Dixis.E2E;

/// <summary>
/// Once per test collection: the storefront as a real process in embedded mode (fresh data folder, free port, migrated
/// and seeded on its first start, healthy within a bounded wait) and one headless Debian Chromium driven by Playwright.
/// Without /usr/bin/chromium the tests skip, unless DIXIS_TEST_REQUIRE_SERVERS=1 (the test command), where they fail.
/// </summary>
public sealed class StorefrontFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string AdminPassword = "Admin-E2E-2026!x";

    private static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    private readonly string _folder = Directory.CreateTempSubdirectory("dixis-e2e-").FullName;
    private Process? _web;
    private IPlaywright? _playwright;
    private StreamWriter? _log;

    public string BaseUrl { get; private set; } = "";

    public IBrowser? Browser { get; private set; }

    /// <summary>Why the tests cannot run here (no Chromium), or null.</summary>
    public string? Unavailable { get; private set; }

    /// <summary>Seconds from process start to a healthy storefront.</summary>
    public double StartSeconds { get; private set; }

    public static bool Required => Environment.GetEnvironmentVariable("DIXIS_TEST_REQUIRE_SERVERS") == "1";

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            Unavailable = $"{ChromiumPath} is not installed (apt-get install chromium; scripts/test/install-packages.sh does it)";
            if (Required)
            {
                throw new InvalidOperationException(Unavailable);
            }

            return;
        }

        Directory.CreateDirectory(Artifacts.Folder);
        _log = new StreamWriter(Path.Combine(Artifacts.Folder, "storefront.log"), append: false) { AutoFlush = true };
        BaseUrl = $"http://127.0.0.1:{FreePort()}";
        var started = Stopwatch.StartNew();
        _web = StartStorefront();
        await WaitHealthyAsync(started, TimeSpan.FromSeconds(120));
        StartSeconds = started.Elapsed.TotalSeconds;

        // Playwright must never try to fetch a browser build: Debian's Chromium is the browser.
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_web is { HasExited: false })
        {
            _web.Kill(entireProcessTree: true);
            await _web.WaitForExitAsync();
        }

        _web?.Dispose();
        _log?.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by the exiting process; the temp folder is cleaned by the OS.
        }
    }

    private Process StartStorefront()
    {
        var dll = Path.Combine(Artifacts.RepositoryRoot, "src", "Dixis.Web", "bin", BuildConfiguration, "net10.0", "Dixis.Web.dll");
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException($"{dll} is missing: build the solution first");
        }

        var info = new ProcessStartInfo("dotnet", $"\"{dll}\" --urls {BaseUrl}")
        {
            WorkingDirectory = _folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.Environment["Seed__AdminPassword"] = AdminPassword;
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        // Every test registers or logs in from 127.0.0.1; the shopper's limit is not what these tests are about.
        info.Environment["RateLimits__AuthPerMinute"] = "1000";
        info.Environment["RateLimits__SearchPerIpPerMinute"] = "100000";
        info.Environment["RateLimits__CheckoutPerIpPerMinute"] = "100000";
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, e) => Log(e.Data);
        process.ErrorDataReceived += (_, e) => Log(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private void Log(string? line)
    {
        if (line is not null)
        {
            lock (_folder)
            {
                _log?.WriteLine(line);
            }
        }
    }

    private async Task WaitHealthyAsync(Stopwatch started, TimeSpan limit)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        while (started.Elapsed < limit)
        {
            if (_web!.HasExited)
            {
                throw new InvalidOperationException($"the storefront exited with {_web.ExitCode} during start-up; see {Artifacts.Folder}/storefront.log");
            }

            try
            {
                var body = await http.GetStringAsync($"{BaseUrl}/api/v1/health");
                if (JsonDocument.Parse(body).RootElement.GetProperty("status").GetString() == "Healthy")
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet, or unhealthy (503) while it migrates, seeds and indexes.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"the storefront was not healthy after {limit.TotalSeconds:0} s; see {Artifacts.Folder}/storefront.log");
    }

    // tests/Dixis.E2E/bin/<Configuration>/net10.0
    private static string BuildConfiguration => new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>All browser tests share one storefront process and one browser; they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class StorefrontTests : ICollectionFixture<StorefrontFixture>
{
    public const string Name = "storefront";
}
