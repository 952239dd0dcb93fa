using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using Dixis.Api.Commands;
using Dixis.Domain.Vat;
using Dixis.Infrastructure.Data;
using Dixis.Infrastructure.Data.Catalog;
using Dixis.Infrastructure.Data.Producers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MySqlConnector;

// Checkout throughput on MariaDB: guest carts spanning 1–3 producers are filled first (not timed), then checked out
// by concurrent clients through POST /api/v1/checkout (cash on delivery) on a loopback Kestrel. Two "hot" products
// have less stock than is asked for, so buyers race for the last units; afterwards every product's stock plus what
// was ordered must equal its starting stock (no overselling, nothing lost).
// Usage: dotnet run -c Release --project benchmarks/Dixis.CheckoutBenchmark -- [mysql=<connection string>] [checkouts=2000] [clients=16]
var server = Arg("mysql") ?? Environment.GetEnvironmentVariable("DIXIS_TEST_MYSQL")
    ?? throw new InvalidOperationException("Give mysql=<connection string> or start scripts/test-servers.sh (DIXIS_TEST_MYSQL).");
var checkouts = int.Parse(Arg("checkouts") ?? "2000", CultureInfo.InvariantCulture);
var clients = int.Parse(Arg("clients") ?? "16", CultureInfo.InvariantCulture);
const int Producers = 20;
const int ProductsPerProducer = 5;
// About half of what is asked for: every fifth cart wants one of the two hot products.
var hotStock = Math.Max(1, checkouts / 20);
const int Stock = 1_000_000;

var database = "dixis_checkout_bench_" + Guid.NewGuid().ToString("N")[..8];
var connection = $"{server.TrimEnd(';')};Database={database}";
var folder = Directory.CreateTempSubdirectory("dixis-checkout-bench-").FullName;
string[] settings =
[
    "--Database:Provider=MySql",
    $"--ConnectionStrings:Dixis={connection}",
    "--Database:MigrateOnStart=false",
    $"--Storage:LocalPath={Path.Combine(folder, "blobs")}",
    $"--DataProtection:KeysPath={Path.Combine(folder, "keys")}",
    $"--Search:LucenePath={Path.Combine(folder, "search")}",
    $"--Mail:PickupPath={Path.Combine(folder, "mail")}",
    "--Search:OutboxPollSeconds=0",
    "--Seed:AdminEmail=admin@example.gr",
    $"--Seed:AdminPassword=Bench-{Guid.NewGuid():N}!A1",
    "--RateLimits:AuthPerMinute=1000000",
    "--Serilog:MinimumLevel:Default=Warning",
    "--Logging:LogLevel:Default=Warning",
];
Console.WriteLine($"Dixis checkout benchmark: {checkouts:N0} checkouts, {clients} clients, MariaDB database {database}, " +
    $"{Environment.ProcessorCount} cores, .NET {Environment.Version}");
try
{
    // With the demo catalogue: its categories, and a realistic table size around the benchmark's products.
    if (await MigrateCommand.RunAsync([.. settings, "--seed"]) != 0)
    {
        return 1;
    }

    var port = FreePort();
    var app = ServeCommand.Build([.. settings, $"--urls=http://127.0.0.1:{port}"]);
    await app.StartAsync();
    try
    {
        var products = await SeedAsync(app.Services, hotStock);
        var hot = products.Take(2).ToHashSet();
        var random = new Random(2026);
        // No shared cookie jar: each client is its own guest, known by its X-Cart-Token header.
        var handler = new SocketsHttpHandler { MaxConnectionsPerServer = clients * 2, UseProxy = false, UseCookies = false };
        var baseAddress = new Uri($"http://127.0.0.1:{port}/");

        // Carts: 1–3 producers each, one or two units per line; every fifth cart also wants a hot product.
        var fill = Stopwatch.StartNew();
        var carts = new ConcurrentBag<HttpClient>();
        var plans = Enumerable.Range(0, checkouts).Select(i =>
        {
            var lines = Enumerable.Range(0, 1 + random.Next(3)).Select(_ => (products[2 + random.Next(products.Count - 2)], 1 + random.Next(2))).ToList();
            if (i % 5 == 0)
            {
                lines.Add((products[random.Next(2)], 1));
            }

            return lines.DistinctBy(l => l.Item1).ToList();
        }).ToList();
        await Parallel.ForEachAsync(plans, new ParallelOptions { MaxDegreeOfParallelism = clients }, async (lines, ct) =>
        {
            var client = new HttpClient(handler, disposeHandler: false) { BaseAddress = baseAddress };
            foreach (var (productId, quantity) in lines)
            {
                using var added = await client.PostAsJsonAsync("api/v1/cart/items", new { productId, quantity }, ct);
                added.EnsureSuccessStatusCode();
                if (added.Headers.TryGetValues("X-Cart-Token", out var token) && !client.DefaultRequestHeaders.Contains("X-Cart-Token"))
                {
                    client.DefaultRequestHeaders.Add("X-Cart-Token", token.First());
                }
            }

            carts.Add(client);
        });
        Console.WriteLine($"Filled {checkouts:N0} guest carts in {fill.Elapsed.TotalSeconds:0.0} s (not timed below)");

        var latencies = new ConcurrentBag<double>();
        var orders = 0;
        var soldOut = 0;
        var failed = 0;
        var watch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(carts, new ParallelOptions { MaxDegreeOfParallelism = clients }, async (client, ct) =>
        {
            var started = Stopwatch.GetTimestamp();
            using var response = await client.PostAsJsonAsync("api/v1/checkout", new
            {
                email = "agorastis@example.gr",
                buyerType = "consumer",
                name = "Μαρία Παπαδοπούλου",
                phone = "6912345678",
                street = "Ερμού 10",
                city = "Αθήνα",
                postalCode = "10557",
                paymentMethod = "cod",
            }, ct);
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            if (response.IsSuccessStatusCode)
            {
                var body = await response.Content.ReadFromJsonAsync<CheckoutAnswer>(ct);
                Interlocked.Add(ref orders, body?.Orders.Count ?? 0);
            }
            else if (response.StatusCode == HttpStatusCode.Conflict)
            {
                Interlocked.Increment(ref soldOut);
            }
            else
            {
                if (Interlocked.Increment(ref failed) <= 3)
                {
                    Console.WriteLine($"checkout answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(ct)}");
                }
            }
        });
        watch.Stop();
        var sorted = latencies.Order().ToArray();
        double P(double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p / 100 * sorted.Length) - 1)];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Checkouts: {checkouts - soldOut - failed:N0} placed, {soldOut:N0} refused as sold out (409), {failed:N0} failed, in {watch.Elapsed.TotalSeconds:0.00} s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Orders (one per producer in a cart): {orders:N0}, {orders / watch.Elapsed.TotalSeconds:0} orders/s, {(checkouts - soldOut - failed) / watch.Elapsed.TotalSeconds:0} checkouts/s; " +
            $"checkout latency p50 {P(50):0.0} ms, p95 {P(95):0.0} ms, p99 {P(99):0.0} ms ({clients} clients)"));

        var oversold = await CheckStockAsync(app.Services, products, hot, hotStock);
        Console.WriteLine(oversold == 0 ? "Stock: every product's stock plus its ordered units equals its starting stock; hot products sold exactly their stock" : $"Stock: {oversold} products do NOT add up");
        foreach (var c in carts)
        {
            c.Dispose();
        }

        handler.Dispose();
        return oversold == 0 && failed == 0 ? 0 : 1;
    }
    finally
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
finally
{
    await using (var admin = new MySqlConnection(server))
    {
        await admin.OpenAsync();
        await using var drop = new MySqlCommand($"DROP DATABASE IF EXISTS `{database}`", admin);
        await drop.ExecuteNonQueryAsync();
    }

    Directory.Delete(folder, recursive: true);
}

string? Arg(string name) => args.FirstOrDefault(a => a.StartsWith(name + "=", StringComparison.Ordinal))?[(name.Length + 1)..];

static int FreePort()
{
    using var listener = new TcpListener(IPAddress.Loopback, 0);
    listener.Start();
    return ((IPEndPoint)listener.LocalEndpoint).Port;
}

static async Task<List<Guid>> SeedAsync(IServiceProvider services, int hotStock)
{
    await using var scope = services.CreateAsyncScope();
    var db = scope.ServiceProvider.GetRequiredService<DixisDbContext>();
    var category = await db.Categories.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
    var ids = new List<Guid>();
    for (var p = 0; p < Producers; p++)
    {
        var producer = new Producer
        {
            Slug = $"bench-producer-{p}",
            BusinessName = $"Παραγωγός Μέτρησης {p}",
            Afm = "090000045",
            TaxOffice = "ΔΟΥ Αθηνών",
            Street = "Οδός 1",
            City = "Αθήνα",
            PostalCode = "10557",
            Status = ProducerStatus.Active,
            CreatedAt = DateTimeOffset.UtcNow,
        };
        db.Producers.Add(producer);
        for (var i = 0; i < ProductsPerProducer; i++)
        {
            var product = new Product
            {
                ProducerId = producer.Id,
                CategoryId = category,
                Name = $"Προϊόν Μέτρησης {p}-{i}",
                Slug = $"bench-product-{p}-{i}",
                Price = 5.5m + i,
                VatRateClass = VatRateClass.Reduced,
                WeightGrams = 500,
                Stock = ids.Count < 2 ? hotStock : Stock,
                Approval = ApprovalStatus.Approved,
                CreatedAt = DateTimeOffset.UtcNow,
                UpdatedAt = DateTimeOffset.UtcNow,
            };
            db.Products.Add(product);
            ids.Add(product.Id);
        }
    }

    await db.SaveChangesAsync();
    // Hot products first: the seeding order above put them at the start of the list.
    return ids;
}

static async Task<int> CheckStockAsync(IServiceProvider services, List<Guid> products, HashSet<Guid> hot, int hotStock)
{
    await using var scope = services.CreateAsyncScope();
    var db = scope.ServiceProvider.GetRequiredService<DixisDbContext>();
    var stock = await db.Products.Where(p => products.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Stock ?? 0);
    var ordered = await db.OrderLines.Where(l => products.Contains(l.ProductId)).GroupBy(l => l.ProductId)
        .Select(g => new { g.Key, Units = g.Sum(l => l.Quantity) }).ToDictionaryAsync(x => x.Key, x => x.Units);
    var wrong = 0;
    foreach (var id in products)
    {
        var start = hot.Contains(id) ? hotStock : Stock;
        var units = ordered.GetValueOrDefault(id);
        if (stock[id] < 0 || stock[id] + units != start || (hot.Contains(id) && units != hotStock))
        {
            Console.WriteLine($"product {id}: stock {stock[id]}, ordered {units}, started with {start}");
            wrong++;
        }
    }

    return wrong;
}

internal sealed record CheckoutAnswer(List<object> Orders);
