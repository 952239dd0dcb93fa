using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Xunit.Abstractions;

namespace Dixis.Web.Tests;

/// <summary>
/// The README's run command, as a real process on a fresh folder: healthy with everything embedded (migrated,
/// seeded, indexed), and the backend's healthcheck command agrees. On an idle machine this takes well under the
/// 30 s the foundation issue asks for (docs/benchmarks.md); the test allows 90 s because the suite runs test
/// projects side by side on two cores, and prints what it measured.
/// </summary>
public sealed class EmbeddedRunTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dixis-run-").FullName;
    private Process? _web;

    [Fact]
    public async Task A_fresh_embedded_run_becomes_healthy_and_healthcheck_agrees()
    {
        var port = FreePort();
        var url = $"http://127.0.0.1:{port}";
        var started = Stopwatch.StartNew();
        _web = Start(BuildOutput("Dixis.Web"), "Dixis.Web.dll", $"--urls {url}");

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        string? status = null;
        while (started.Elapsed < TimeSpan.FromSeconds(90) && status != "Healthy")
        {
            Assert.False(_web.HasExited, "the storefront exited during start-up");
            try
            {
                var body = await http.GetStringAsync($"{url}/api/v1/health");
                status = JsonDocument.Parse(body).RootElement.GetProperty("status").GetString();
            }
            catch (HttpRequestException)
            {
                await Task.Delay(250);
            }
        }

        Assert.True(status == "Healthy", $"not healthy after {started.Elapsed.TotalSeconds:0.0} s");
        output.WriteLine($"fresh embedded start to Healthy: {started.Elapsed.TotalSeconds:0.0} s");
        Assert.True(File.Exists(Path.Combine(_folder, "data", "dixis.db")), "SQLite lives under ./data");
        Assert.True(Directory.EnumerateFiles(Path.Combine(_folder, "data", "blobs", "products")).Any(), "seeded images live under ./data/blobs");
        Assert.True(Directory.EnumerateFiles(Path.Combine(_folder, "data", "search")).Any(), "the Lucene index is built under ./data/search on the first start");
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync($"{url}/")).StatusCode);

        Assert.Equal(0, await RunToEnd(BuildOutput("Dixis.Web"), "Dixis.Api.dll", $"healthcheck {url}/api/v1/health"));
        _web.Kill(entireProcessTree: true);
        await _web.WaitForExitAsync();
        Assert.Equal(1, await RunToEnd(BuildOutput("Dixis.Web"), "Dixis.Api.dll", $"healthcheck {url}/api/v1/health"));
    }

    public void Dispose()
    {
        if (_web is { HasExited: false })
        {
            _web.Kill(entireProcessTree: true);
            _web.WaitForExit();
        }

        _web?.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    // tests/Dixis.Web.Tests/bin/<Configuration>/net10.0 → src/<Project>/bin/<Configuration>/net10.0
    private static string BuildOutput(string project)
    {
        var testBin = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = testBin.Parent!.Name;
        var root = testBin.Parent!.Parent!.Parent!.Parent!.Parent!.FullName;
        return Path.Combine(root, "src", project, "bin", configuration, testBin.Name);
    }

    private Process Start(string folder, string dll, string arguments)
    {
        var info = new ProcessStartInfo("dotnet", $"{Path.Combine(folder, dll)} {arguments}")
        {
            WorkingDirectory = _folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.Environment["Seed__AdminPassword"] = "Admin-Test-2026!x";
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private async Task<int> RunToEnd(string folder, string dll, string arguments)
    {
        using var process = Start(folder, dll, arguments);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync(timeout.Token);
        return process.ExitCode;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
