using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Dixis.Api.Commands;
using Dixis.Api.Hosting;
using Dixis.Infrastructure.Search;
using Dixis.Infrastructure.Search.Lucene;

namespace Dixis.Benchmarks;

/// <summary>
/// Search benchmark: generates a Greek catalogue (100,000 products by default), builds the Lucene index, then
/// measures query latency with 8 concurrent clients in-process and through <c>GET /api/v1/search</c> on a
/// loopback Kestrel: first the engine itself (answer cache off, 40 test queries in turn), then shop-like traffic
/// (Zipf over thousands of distinct queries) with the answer cache on, as the API runs by default.
/// Usage: <c>dotnet run -c Release --project benchmarks/Dixis.Benchmarks [products] [seconds-per-phase]</c>.
/// </summary>
public static class Program
{
    private const int Clients = 8;

    private static readonly string[] Queries =
    [
        "μέλι θυμαρίσιο", "meli", "ελαιόλαδο καλαμάτας", "elaiolado", "feta", "ΦΕΤΑ ΠΟΠ", "mastiha xiou", "8ymarisio",
        "tsipuro", "κρόκος", "krokos kozanis", "fistiki aiginis", "ksinomavro", "γραβιερα", "graviera kritis", "τραχανας",
        "trahanas", "ρεβιθια", "fasolia gigantes", "kalathaki", "ladotyri", "μαστιχ", "kapar", "τσαι βουνου",
        "tsai vounou", "ελιες", "elies kalamon", "ouzo", "krasi", "asyrtiko", "thymari", "rigani", "μελι ελατης",
        "meli pefkou", "kasseri", "mizithra", "eleolado", "paximadia", "pasteli", "glyko koutaliou",
    ];

    public static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "profile")
        {
            await QueryProfile.RunAsync(args.Length > 3 ? args[3..] : Queries, args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100_000, args.Length > 2 ? args[2] : null);
            return 0;
        }

        var count = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
        var seconds = args.Length > 1 ? double.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20;
        var folder = Path.Combine(Path.GetTempPath(), "dixis-bench-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        try
        {
            Console.WriteLine($"Machine: {Environment.ProcessorCount} logical CPUs, {Environment.OSVersion}, .NET {Environment.Version}, {TotalMemory()}");
            var docs = CatalogueGenerator.Generate(count);
            Console.WriteLine($"Generated {docs.Count:N0} products");
            Traffic = new TrafficQueries(docs.Select(d => d.Name).ToList(), 5_000, TrafficExponent);

            var indexPath = Path.Combine(folder, "search");
            GC.Collect();
            var before = GC.GetTotalMemory(true);
            var build = Stopwatch.StartNew();
            using (var engine = new LuceneProductSearch(indexPath, answerCacheSize: 0))
            {
                await engine.RebuildAsync(ToAsync(docs));
                build.Stop();
                var peak = Process.GetCurrentProcess().PeakWorkingSet64;
                var size = Directory.EnumerateFiles(indexPath).Sum(f => new FileInfo(f).Length);
                Console.WriteLine($"Index build: {build.Elapsed.TotalSeconds:0.0} s, {docs.Count / build.Elapsed.TotalSeconds:N0} docs/s, " +
                    $"index {size / 1024.0 / 1024:0.0} MB on disk, managed heap +{(GC.GetTotalMemory(false) - before) / 1024.0 / 1024:0} MB, peak working set {peak / 1024.0 / 1024:0} MB");
            }

            // Closing the writer waits for its background merges; measured on a fresh engine, the phases below do
            // not share the CPUs with the build's last merges (the first phases of earlier runs did).
            docs = [];
            GC.Collect();
            using (var engine = new LuceneProductSearch(indexPath, answerCacheSize: 0))
            {
                await Phase("in-process, page of 24, no facets", seconds, q => engine.SearchAsync(SearchRequest.For(q)));
                await Phase("in-process, facets + highlights (what /search does)", seconds,
                    q => engine.SearchAsync(new SearchRequest(q, SearchFilters.None, Facets: true, Highlight: true)));
                await Phase("in-process, suggest", seconds, q => engine.SuggestAsync(q[..Math.Min(q.Length, 4)]));
            }

            Console.WriteLine($"Traffic: {Traffic.Distinct:N0} distinct queries, Zipf exponent {TrafficExponent}; the 1,024 most common are " +
                $"{Traffic.ShareOfTop(1024):P0} of requests, the 40 most common {Traffic.ShareOfTop(40):P0}");
            using (var engine = new LuceneProductSearch(indexPath))
            {
                await Phase("in-process, traffic, facets + highlights, answer cache on", seconds,
                    q => engine.SearchAsync(new SearchRequest(q, SearchFilters.None, Facets: true, Highlight: true)), traffic: true);
            }

            await HttpPhaseAsync(folder, indexPath, seconds);
            Console.WriteLine($"Process peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024:0} MB");
            return 0;
        }
        finally
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // Left for the temp cleaner.
            }
        }
    }

    private const double TrafficExponent = 1.0;

    private static TrafficQueries Traffic = null!;

    private static async Task HttpPhaseAsync(string folder, string indexPath, double seconds)
    {
        await using (var engineOnly = await StartBackendAsync(folder, indexPath, answerCache: false))
        {
            var http = engineOnly.Client;
            await WarmUpBackend(http);
            await Phase("HTTP GET /api/v1/search?q= (facets + highlights), answer cache off", seconds, q => Get(http, SearchUrl(q)));
            await Phase("HTTP GET /api/v1/search?q=&facets=false, answer cache off", seconds, q => Get(http, PageUrl(q)));
            await Phase("HTTP GET /api/v1/search/suggest?q=, answer cache off", seconds, q => Get(http, SuggestUrl(q)));
        }

        await using (var backend = await StartBackendAsync(folder, indexPath, answerCache: true))
        {
            var http = backend.Client;
            await WarmUpBackend(http);
            await Phase("HTTP GET /api/v1/search?q=, traffic, answer cache on (default)", seconds, q => Get(http, SearchUrl(q)), traffic: true);
            await Phase("HTTP GET /api/v1/search/suggest?q=, traffic, answer cache on", seconds, q => Get(http, SuggestUrl(q)), traffic: true);
        }
    }

    /// <summary>
    /// A new host runs the whole HTTP stack (server, middleware, JSON, client) for the first time: its methods are
    /// compiled, then recompiled optimised, for some seconds more than one phase's warm-up (seen with perf).
    /// </summary>
    private static async Task WarmUpBackend(HttpClient http) => await RunClients(2 * WarmUpSeconds, q => Task.WhenAll(
        Get(http, SearchUrl(q)), Get(http, PageUrl(q)), Get(http, SuggestUrl(q))), traffic: false);

    // The three requests the HTTP phases send: search with facets and highlights, without facets, autocomplete of the
    // query's first letters.
    private static string SearchUrl(string q) => "api/v1/search?q=" + Uri.EscapeDataString(q);

    private static string PageUrl(string q) => "api/v1/search?facets=false&q=" + Uri.EscapeDataString(q);

    private static string SuggestUrl(string q) => "api/v1/search/suggest?q=" + Uri.EscapeDataString(q[..Math.Min(q.Length, 4)]);

    private static async Task Get(HttpClient http, string url)
    {
        using var response = await http.GetAsync(url);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadAsByteArrayAsync();
        Interlocked.Add(ref _responseBytes, body.Length);
    }

    // Bytes of HTTP response bodies received, for the phase's mean response size.
    private static long _responseBytes;

    private sealed class Backend(Microsoft.AspNetCore.Builder.WebApplication app, HttpClient client) : IAsyncDisposable
    {
        public HttpClient Client => client;

        public async ValueTask DisposeAsync()
        {
            client.Dispose();
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    private static async Task<Backend> StartBackendAsync(string folder, string indexPath, bool answerCache)
    {
        var port = FreePort();
        var app = ServeCommand.Build(
        [
            $"--Search:AnswerCacheSize={(answerCache ? 1024 : 0)}",
            $"--urls=http://127.0.0.1:{port}",
            $"--Search:LucenePath={indexPath}",
            "--Search:OutboxPollSeconds=0",
            $"--ConnectionStrings:Dixis=Data Source={Path.Combine(folder, "bench.db")}",
            "--Database:MigrateOnStart=false",
            $"--Storage:LocalPath={Path.Combine(folder, "blobs")}",
            $"--DataProtection:KeysPath={Path.Combine(folder, "keys")}",
            "--Serilog:MinimumLevel:Default=Warning",
            "--Logging:LogLevel:Default=Warning",
            // The benchmark is one client address sending thousands of searches a second: measure speed, not the limiter.
            "--RateLimits:SearchPerIpPerMinute=0",
        ]);
        // The database schema without demo data (the host's own start-up migration would seed and then rebuild the
        // benchmark's index from it): the background jobs the host runs find their tables and stay quiet.
        await EmbeddedStartup.MigrateAsync(app.Services, seed: false, new Progress<string>());
        await app.StartAsync();
        var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Clients, UseProxy = false })
        {
            BaseAddress = new Uri($"http://127.0.0.1:{port}/"),
        };
        return new Backend(app, client);
    }

    /// <summary>
    /// Warms up, then runs <see cref="Clients"/> concurrent clients for the given time and prints p50/p95/p99.
    /// The warm-up is the same clients for <see cref="WarmUpSeconds"/>: the runtime recompiles hot methods with
    /// optimisations in the background for seconds after they are first called (tiered compilation), and a phase
    /// whose code had not run before measured that compiler beside the queries (a tenth of the processor time in the
    /// first HTTP phase), not the steady state a server spends its life in.
    /// </summary>
    private static async Task Phase(string name, double seconds, Func<string, Task> run, bool traffic = false)
    {
        await RunClients(Math.Min(WarmUpSeconds, seconds), run, traffic);
        var pausedBefore = GC.GetTotalPauseDuration();
        int[] collectionsBefore = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
        var bytesBefore = Interlocked.Read(ref _responseBytes);
        var stop = Stopwatch.StartNew();
        var all = (await RunClients(seconds, run, traffic)).Order().ToArray();
        var bytes = Interlocked.Read(ref _responseBytes) - bytesBefore;
        double P(double p) => all[Math.Min(all.Length - 1, (int)Math.Ceiling(p / 100 * all.Length) - 1)];
        Console.WriteLine($"{name}: {all.Length:N0} queries, {all.Length / stop.Elapsed.TotalSeconds:N0}/s, " +
            $"p50 {P(50):0.00} ms, p95 {P(95):0.00} ms, p99 {P(99):0.00} ms (8 clients); " +
            $"GC paused {(GC.GetTotalPauseDuration() - pausedBefore).TotalMilliseconds / stop.Elapsed.TotalSeconds:0} ms/s " +
            $"(collections gen0/1/2: {GC.CollectionCount(0) - collectionsBefore[0]}/{GC.CollectionCount(1) - collectionsBefore[1]}/{GC.CollectionCount(2) - collectionsBefore[2]})" +
            (bytes > 0 ? $"; {bytes / 1024.0 / all.Length:0.0} KB per response" : ""));
    }

    private const double WarmUpSeconds = 5;

    /// <summary>Every client's latencies in milliseconds, <see cref="Clients"/> clients sending one request after another.</summary>
    private static async Task<IEnumerable<double>> RunClients(double seconds, Func<string, Task> run, bool traffic)
    {
        var stop = Stopwatch.StartNew();
        var perClient = await Task.WhenAll(Enumerable.Range(0, Clients).Select(c => Task.Run(async () =>
        {
            var list = new List<double>(20_000);
            var i = c * 7;
            var random = new Random(c);
            while (stop.Elapsed.TotalSeconds < seconds)
            {
                var q = traffic ? Traffic.Next(random) : Queries[i++ % Queries.Length];
                var t = Stopwatch.GetTimestamp();
                await run(q);
                list.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
            }

            return list;
        })));
        return perClient.SelectMany(l => l);
    }

    internal static async IAsyncEnumerable<SearchDocument> ToAsync(IEnumerable<SearchDocument> docs)
    {
        foreach (var d in docs)
        {
            yield return d;
        }

        await Task.CompletedTask;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string TotalMemory()
    {
        var line = File.Exists("/proc/meminfo") ? File.ReadLines("/proc/meminfo").FirstOrDefault() : null;
        return line is null ? "" : line.Replace("MemTotal:", "RAM", StringComparison.Ordinal).Trim();
    }
}
