using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Net.Sockets;

namespace Dixis.PageBenchmark;

/// <summary>
/// Page weight and speed of the storefront (a benchmark, not a test): starts the embedded storefront as a real process
/// on a fresh folder and a loopback port, then for each page prints the HTML size (raw and gzip) and the time of a full
/// request from one client (p50, p95, p99 over the measured requests, after a warm-up).
/// Usage: <c>dotnet run -c Release --project benchmarks/Dixis.PageBenchmark [requests-per-page, default 300]</c>.
/// </summary>
public static class Program
{
    private static readonly (string Name, string Path)[] Pages =
    [
        ("home", "/"),
        ("category", "/category/meli"),
        ("category with filters", "/category/tyria?label=pdo&maxPrice=20&sort=price-asc"),
        ("product", "/product/meli-thymarisio-kritis"),
        ("search", "/search?q=meli"),
        ("search, Greeklish", "/search?q=8ymarisio%20kritis"),
    ];

    public static async Task<int> Main(string[] args)
    {
        var requests = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 300;
        var root = FindRoot();
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var dll = Path.Combine(root, "src", "Dixis.Web", "bin", configuration, "net10.0", "Dixis.Web.dll");
        var folder = Directory.CreateTempSubdirectory("dixis-pages-").FullName;
        var url = $"http://127.0.0.1:{FreePort()}";
        Console.WriteLine($"Machine: {Environment.ProcessorCount} logical CPUs, {Environment.OSVersion}, .NET {Environment.Version}, {configuration} build");
        var info = new ProcessStartInfo("dotnet", $"\"{dll}\" --urls {url}")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.Environment["Seed__AdminPassword"] = "Bench-Admin-2026!x";
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        using var web = Process.Start(info)!;
        web.OutputDataReceived += (_, _) => { };
        web.ErrorDataReceived += (_, _) => { };
        web.BeginOutputReadLine();
        web.BeginErrorReadLine();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(30) };
            var started = Stopwatch.StartNew();
            await WaitHealthyAsync(http, web, TimeSpan.FromSeconds(120));
            Console.WriteLine($"Fresh embedded start (migrate, seed, index) to healthy: {started.Elapsed.TotalSeconds:0.0} s");
            Console.WriteLine($"{requests} requests per page after 30 warm-up requests, one client, loopback; time = request sent to last byte read");
            Console.WriteLine();
            Console.WriteLine("| page | path | HTML bytes | gzip bytes | p50 ms | p95 ms | p99 ms |");
            Console.WriteLine("| --- | --- | ---: | ---: | ---: | ---: | ---: |");
            foreach (var (name, path) in Pages)
            {
                var html = await http.GetByteArrayAsync(path);
                for (var i = 0; i < 30; i++)
                {
                    await http.GetByteArrayAsync(path);
                }

                var times = new double[requests];
                for (var i = 0; i < requests; i++)
                {
                    var watch = Stopwatch.StartNew();
                    using var response = await http.GetAsync(path, HttpCompletionOption.ResponseContentRead);
                    response.EnsureSuccessStatusCode();
                    times[i] = watch.Elapsed.TotalMilliseconds;
                }

                Array.Sort(times);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {name} | `{path}` | {html.Length:N0} | {Gzip(html):N0} | {At(times, 0.50):0.0} | {At(times, 0.95):0.0} | {At(times, 0.99):0.0} |"));
            }

            web.Refresh();
            Console.WriteLine();
            Console.WriteLine($"Storefront peak working set: {web.PeakWorkingSet64 / 1024.0 / 1024:0} MB");
            return 0;
        }
        finally
        {
            web.Kill(entireProcessTree: true);
            await web.WaitForExitAsync();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static double At(double[] sorted, double quantile) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(quantile * sorted.Length) - 1)];

    private static int Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return (int)output.Length;
    }

    private static async Task WaitHealthyAsync(HttpClient http, Process web, TimeSpan limit)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < limit)
        {
            if (web.HasExited)
            {
                throw new InvalidOperationException($"the storefront exited with {web.ExitCode}");
            }

            try
            {
                using var response = await http.GetAsync("/api/v1/health");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(250);
        }

        throw new TimeoutException("the storefront did not become healthy");
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Dixis.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Dixis.slnx not found");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
