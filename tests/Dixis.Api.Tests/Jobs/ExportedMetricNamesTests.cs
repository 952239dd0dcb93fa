using System.Net;
using System.Net.Http.Json;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.RegularExpressions;
using Dixis.Api.Tests.Infrastructure;
using Dixis.Domain.Invoicing;
using Dixis.Domain.Pricing;
using Dixis.Infrastructure.Invoicing;
using Dixis.Infrastructure.Jobs;
using Dixis.Infrastructure.Jobs.Recurring;
using Dixis.Infrastructure.Payments;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;

namespace Dixis.Api.Tests.Jobs;

/// <summary>
/// Every metric name the alert rules and Grafana dashboards use is really exported: the test drives the API and a
/// real worker through the events behind each series, scrapes both, and compares. Names the docs list as planned
/// (later issues) or as third-party exporters' are the only ones allowed to be absent.
/// </summary>
[Collection(JobProcessesGroup.Name)]
public sealed partial class ExportedMetricNamesTests(SqliteApiFixture fixture) : IClassFixture<SqliteApiFixture>
{
    [GeneratedRegex(@"\b((?:dixis|http_server|dotnet|aspnetcore|microsoft_entityframeworkcore|kestrel)_[a-z0-9_]+)")]
    private static partial Regex OurMetricName();

    [SkippableFact]
    public async Task Every_metric_in_rules_and_dashboards_is_in_a_real_scrape()
    {
        TestServers.Require(TestServers.Redis, "Redis");
        var scraped = await ScrapeApiAsync() + await ScrapeWorkerAsync();
        var allowedAbsent = PlannedNames();
        var used = UsedNames().Where(n => !allowedAbsent.Contains(n)).ToList();
        Assert.NotEmpty(used);
        var missing = used.Where(n => !scraped.Contains("\n" + n + "{", StringComparison.Ordinal) && !scraped.Contains("\n" + n + " ", StringComparison.Ordinal)
                && !new[] { "_bucket", "_sum", "_count" }.Any(s => scraped.Contains("\n" + n + s + "{", StringComparison.Ordinal)))
            .ToList();
        Assert.True(missing.Count == 0, "used by rules or dashboards but not exported: " + string.Join(", ", missing));
    }

    private async Task<string> ScrapeApiAsync()
    {
        var (consumer, _) = await fixture.NewAccountAsync("consumer");
        using var anonymous = fixture.Client();
        await anonymous.PostAsJsonAsync("/api/v1/accounts/login", new { email = "nobody@example.gr", password = "Wrong-123456!" });
        await anonymous.GetAsync("/api/v1/categories");
        await anonymous.GetAsync("/api/v1/producer/products");
        using var signedIn = fixture.Client(token: consumer);
        await signedIn.GetAsync("/api/v1/admin/products");
        var (producerToken, _) = await fixture.NewAccountAsync("producer");
        using var producer = fixture.Client(token: producerToken);
        await producer.PutAsJsonAsync("/api/v1/producer/profile", new { businessName = "Μετρικές", afm = "090000045", taxOffice = "ΔΟΥ Α", street = "Οδός 1", city = "Αθήνα", postalCode = "10557" });
        var product = await (await producer.PostAsJsonAsync("/api/v1/producer/products", new
        {
            name = "Προϊόν μετρικών",
            categorySlug = "meli",
            price = 5m,
            unit = "piece",
            weightGrams = 100,
            vatRateClass = "reduced",
        })).Json();
        using var admin = fixture.Client(token: await fixture.AdminTokenAsync());
        await admin.PostAsync($"/api/v1/admin/products/{product.GetProperty("id").GetString()}/approve", null);
        await IssueReceiptAsync();

        // A cash-on-delivery checkout: dixis_orders_total, dixis_order_value_euros_total.
        var (_, productIds) = await Orders.OrderTestData.ProducerAsync(fixture, "24100", null, new Orders.TestProduct("Λάδι μετρικών", 9m, Dixis.Domain.Vat.VatRateClass.Reduced, 1000));
        using (var buyer = await Orders.OrderTestData.GuestWithCartAsync(fixture, (productIds[0], 1)))
        {
            await buyer.PostAsJsonAsync("/api/v1/checkout", Orders.OrderTestData.Checkout("10557", "cod"));
        }

        // A sandbox card payment paid on its page: dixis_payments_total.
        await using (var scope = fixture.Scope())
        {
            var payment = await scope.ServiceProvider.GetRequiredService<PaymentService>()
                .StartAsync(new StartPaymentRequest(Guid.NewGuid(), Dixis.Infrastructure.Payments.PaymentMethod.Card, 1_000, "Μετρικές", "/"));
            await anonymous.PostAsync($"/api/v1/payments/sandbox/{payment.Payment!.Id}/success", null);
        }

        var text = "";
        for (var i = 0; i < 20 && !(text.Contains("dixis_moderation_decisions_total", StringComparison.Ordinal) && text.Contains("dixis_mydata_transmissions_total", StringComparison.Ordinal) && text.Contains("dixis_payments_total", StringComparison.Ordinal) && text.Contains("dixis_orders_total", StringComparison.Ordinal)); i++)
        {
            await Task.Delay(300);
            text = await anonymous.GetStringAsync("/api/v1/metrics");
        }

        return "\n" + text;
    }

    /// <summary>A receipt: counts dixis_invoices_total; its transmission job (no AADE credentials here) counts outcome "queued".</summary>
    private async Task IssueReceiptAsync()
    {
        await using var scope = fixture.Scope();
        var type = InvoiceType.RetailReceipt;
        var issuer = new InvoiceParty("090000045", "Μετρικές", "ΔΟΥ Α", "Οδός 1", "Αθήνα", "10557");
        await scope.ServiceProvider.GetRequiredService<InvoiceIssuer>().IssueAsync(new InvoiceDraft(issuer, null, type, "ΜΕΤ",
            [InvoiceLine.FromGross("Μέλι", 1m, MeasurementUnit.Pieces, new Money(5m), VatCategory.Reduced13, IncomeClassification.ForGoods(type))], Dixis.Domain.Invoicing.PaymentMethod.Cash));
    }

    private static async Task<string> ScrapeWorkerAsync()
    {
        using var certificate = SelfSigned();
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var tlsPort = ((IPEndPoint)listener.LocalEndpoint).Port;
        using var stop = new CancellationTokenSource();
        var tlsServer = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                using var client = await listener.AcceptTcpClientAsync(stop.Token);
                await using var tls = new SslStream(client.GetStream());
                await tls.AuthenticateAsServerAsync(certificate);
            }
        });

        await using var run = new ProbeRun();
        await using var worker = JobProcess.Start(run.Folder, run.Prefix, "worker",
            new Dictionary<string, string> { ["Jobs__TlsEndpoints__0"] = $"127.0.0.1:{tlsPort}" }, "--queues", "general");
        await worker.WaitReadyAsync(TimeSpan.FromSeconds(30));
        run.Client.Enqueue<TlsCertificateExpiryJob>(JobQueues.General, j => j.RunAsync(CancellationToken.None));
        run.Client.Enqueue<WorkerProbeJob>(JobQueues.General, j => j.FailAsync(run.RunId));
        run.Enqueue(JobQueues.General, 1);
        var text = "";
        await run.WaitAsync(async () =>
        {
            text = await worker.ScrapeAsync();
            return text.Contains("dixis_tls_certificate_expiry_timestamp_seconds{", StringComparison.Ordinal)
                && text.Contains("dixis_jobs_failed_total{", StringComparison.Ordinal);
        }, TimeSpan.FromSeconds(30));
        await stop.CancelAsync();
        listener.Stop();
        return "\n" + text;
    }

    private static IEnumerable<string> UsedNames()
    {
        var root = Root();
        var files = Directory.GetFiles(Path.Combine(root, "deploy", "prometheus", "rules"), "*.yml")
            .Concat(Directory.GetFiles(Path.Combine(root, "deploy", "grafana", "dashboards"), "*.json"));
        return files.SelectMany(f => OurMetricName().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Select(n => Regex.Replace(n, "_(bucket|sum|count)$", ""))
            // Label names of our series that the expressions group by; they look like metric names.
            .Where(n => n is not "aspnetcore_rate_limiting_result")
            .Distinct()
            .ToList();
    }

    private static HashSet<string> PlannedNames()
    {
        var text = File.ReadAllText(Path.Combine(Root(), "docs", "metrics.md"));
        var start = text.IndexOf("## Planned metrics", StringComparison.Ordinal);
        Assert.True(start >= 0);
        var end = text.IndexOf("\n## ", start + 5, StringComparison.Ordinal);
        var section = end < 0 ? text[start..] : text[start..end];
        return Regex.Matches(section, "`([a-z0-9_]+)`").Select(m => m.Groups[1].Value).ToHashSet();
    }

    private static string Root()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Dixis.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }

    private static X509Certificate2 SelfSigned()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var cert = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        return X509CertificateLoader.LoadPkcs12(cert.Export(X509ContentType.Pfx), null);
    }
}
