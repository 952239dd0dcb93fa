using System.Net;
using Dixis.Api.Tests.Infrastructure;

namespace Dixis.Api.Tests.Health;

/// <summary>Health, Greek health, payment health, metrics, OpenAPI and the security headers.</summary>
public abstract class OperationsTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : ApiFixture
{
    protected TFixture Fixture { get; } = fixture;

    [SkippableFact]
    public async Task Readiness_reports_each_dependency_healthy()
    {
        Fixture.EnsureAvailable();
        using var client = Fixture.Client();
        var response = await client.GetAsync("/api/v1/health");
        var body = await response.Json();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
        foreach (var check in new[] { "database", "cache", "search", "storage" })
        {
            Assert.Equal("Healthy", body.GetProperty("checks").GetProperty(check).GetProperty("status").GetString());
        }

        var cache = body.GetProperty("checks").GetProperty("cache").GetProperty("description").GetString();
        Assert.Equal(Fixture.ProviderName == "MySql" ? "redis" : "memory", cache);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/health/live")).StatusCode);
    }

    [SkippableFact]
    public async Task Greek_health_checks_zone_culture_text_round_trip_and_tables()
    {
        Fixture.EnsureAvailable();
        using var client = Fixture.Client();
        var response = await client.GetAsync("/api/v1/greek/health");
        var body = await response.Json();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body.ToString());
        var names = body.GetProperty("checks").EnumerateArray().Select(c => c.GetProperty("name").GetString()).ToList();
        Assert.Equal(["timezone", "culture", "database-greek-text", "vat-table", "island-table"], names);
        Assert.All(body.GetProperty("checks").EnumerateArray(), c => Assert.True(c.GetProperty("ok").GetBoolean(), c.ToString()));
    }

    [SkippableFact]
    public async Task Payment_health_reports_the_sandbox_gateway_and_cash_on_delivery()
    {
        Fixture.EnsureAvailable();
        using var client = Fixture.Client();
        var response = await client.GetAsync("/api/v1/payment/health");
        var body = await response.Json();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("sandbox", body.GetProperty("gateway").GetString());
        Assert.Equal(["sandbox", "cod"], body.GetProperty("providers").EnumerateArray().Select(p => p.GetProperty("provider").GetString()));
        Assert.All(body.GetProperty("providers").EnumerateArray(), p => Assert.True(p.GetProperty("configured").GetBoolean()));
    }

    [SkippableFact]
    public async Task Metrics_expose_http_and_business_series()
    {
        Fixture.EnsureAvailable();
        using var client = Fixture.Client();
        await client.GetAsync("/api/v1/categories");
        await client.GetAsync("/api/v1/categories");
        await client.PostAsync("/api/v1/accounts/login", System.Net.Http.Json.JsonContent.Create(new { email = "nobody@example.gr", password = "Wrong-1234567" }));
        string text = "";
        // The exporter caches a scrape briefly; poll until the new series show.
        for (var i = 0; i < 20 && !text.Contains("dixis_accounts_login_failures_total", StringComparison.Ordinal); i++)
        {
            await Task.Delay(300);
            text = await client.GetStringAsync("/api/v1/metrics");
        }

        Assert.Contains("http_server_request_duration_seconds_bucket", text);
        Assert.Contains("dixis_cache_requests_total", text);
        Assert.Contains("dixis_accounts_login_failures_total", text);
        Assert.Contains("dotnet_gc_collections_total", text);
        Assert.Contains("microsoft_entityframeworkcore_queries_total", text);
    }

    [SkippableFact]
    public async Task Openapi_document_describes_every_feature()
    {
        Fixture.EnsureAvailable();
        using var client = Fixture.Client();
        var doc = await (await client.GetAsync("/api/v1/openapi.json")).Json();
        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        foreach (var path in new[] { "/api/v1/products", "/api/v1/products/{idOrSlug}", "/api/v1/categories", "/api/v1/producers", "/api/v1/greek/afm/{afm}",
            "/api/v1/greek/postal-codes/{code}", "/api/v1/greek/vat", "/api/v1/accounts/register", "/api/v1/accounts/login", "/api/v1/producer/products",
            "/api/v1/admin/products/{id}/approve" })
        {
            Assert.Contains(path, paths);
        }

        var list = doc.GetProperty("paths").GetProperty("/api/v1/products").GetProperty("get");
        Assert.Equal("List products on sale", list.GetProperty("summary").GetString());
    }

    [SkippableFact]
    public async Task Security_headers_are_set_without_a_proxy()
    {
        Fixture.EnsureAvailable();
        using var client = Fixture.Client();
        var response = await client.GetAsync("/api/v1/categories");
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("SAMEORIGIN", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.DoesNotContain("unsafe-inline", response.Headers.GetValues("Content-Security-Policy").Single().Split("style-src")[0]);
    }
}

public sealed class SqliteOperationsTests(SqliteApiFixture fixture) : OperationsTests<SqliteApiFixture>(fixture);

public sealed class MariaDbOperationsTests(MariaDbApiFixture fixture) : OperationsTests<MariaDbApiFixture>(fixture);
