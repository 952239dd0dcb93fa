using System.Net;

namespace Dixis.Web.Tests;

/// <summary>The embedded storefront renders a Greek home page from the catalogue and hosts the API beside it.</summary>
public sealed class HomePageTests(StorefrontFixture fixture) : IClassFixture<StorefrontFixture>
{
    [Fact]
    public async Task Home_page_is_greek_and_lists_categories_and_products()
    {
        using var client = fixture.CreateClient();
        var response = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"el\">", html);
        Assert.Contains("<title>Dixis — Ελληνικά προϊόντα απευθείας από τον παραγωγό</title>", html);
        Assert.Contains("Κατηγορίες", html);
        foreach (var category in new[] { "Μέλι", "Ελαιόλαδο", "Τυριά", "Κρασιά" })
        {
            Assert.Contains(category, html);
        }

        Assert.Contains("class=\"product\"", html);
        Assert.Matches(@"\d+,\d{2} €", html);
        Assert.DoesNotContain("<script>", html);
    }

    [Fact]
    public async Task The_same_process_answers_the_api_health_and_both_metrics_paths()
    {
        using var client = fixture.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/health")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/health/live")).StatusCode);
        var products = await client.GetStringAsync("/api/v1/products?search=meli");
        Assert.Contains("Μέλι Θυμαρίσιο Κρήτης", products);
        // The exporter caches a scrape briefly; poll until the requests above show.
        var metrics = "";
        for (var i = 0; i < 20 && !metrics.Contains("http_server_request_duration_seconds", StringComparison.Ordinal); i++)
        {
            await Task.Delay(250);
            metrics = await client.GetStringAsync("/api/metrics");
        }

        Assert.Contains("http_server_request_duration_seconds", metrics);
        Assert.Contains("http_server_request_duration_seconds", await client.GetStringAsync("/api/v1/metrics"));
    }

    [Fact]
    public async Task Pages_carry_the_security_headers()
    {
        using var client = fixture.CreateClient();
        var response = await client.GetAsync("/");
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
    }
}
