using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Dixis.Web.Tests;

/// <summary>With Api:BaseUrl set the storefront holds no data of its own; an unreachable API shows in health and in pages.</summary>
public sealed class ProductionModeTests : IDisposable
{
    private readonly WebApplicationFactory<Program> _factory;

    public ProductionModeTests()
    {
        var folder = Directory.CreateTempSubdirectory("dixis-prod-web-").FullName;
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Production");
            b.UseSetting("Api:BaseUrl", $"http://127.0.0.1:{ClosedPort()}/");
            b.UseSetting("DataProtection:KeysPath", Path.Combine(folder, "keys"));
            b.UseSetting("Serilog:MinimumLevel:Default", "Fatal");
        });
    }

    [Fact]
    public async Task Health_is_unhealthy_while_the_api_is_unreachable()
    {
        using var client = _factory.CreateClient();
        var response = await client.GetAsync("/api/health");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("\"api\":{\"status\":\"Unhealthy\"", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/health/live")).StatusCode);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/product/meli-thymarisio-kritis")]
    [InlineData("/search?q=meli")]
    [InlineData("/sitemap.xml")]
    public async Task A_page_that_needs_the_api_answers_a_greek_503_page_not_a_stack_trace(string path)
    {
        using var client = _factory.CreateClient();
        var response = await client.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TimeSpan.FromSeconds(30), response.Headers.RetryAfter?.Delta);
        Assert.Contains("<html lang=\"el\">", html);
        Assert.Contains("Η υπηρεσία δεν είναι προσωρινά διαθέσιμη", html);
        Assert.DoesNotContain("Exception", html);
        Assert.DoesNotContain("   at ", html);
        Assert.DoesNotContain("127.0.0.1", html);
    }

    [Fact]
    public async Task Pages_that_need_no_api_still_answer_while_it_is_down()
    {
        using var client = _factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/login")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/robots.txt")).StatusCode);
    }

    [Fact]
    public async Task The_storefront_does_not_host_the_api_in_production_mode()
    {
        using var client = _factory.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/products")).StatusCode);
    }

    public void Dispose() => _factory.Dispose();

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
