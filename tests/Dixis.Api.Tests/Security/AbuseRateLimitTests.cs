using System.Net;
using System.Net.Http.Json;
using Dixis.Api.Tests.Infrastructure;
using Dixis.Api.Tests.Orders;
using Dixis.Api.Tests.Payments;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Dixis.Api.Tests.Security;

/// <summary>An app with small search and checkout limits, and client addresses the tests choose.</summary>
public sealed class StrictAbuseLimitFixture : ApiFixture
{
    public override string ProviderName => "Sqlite";

    protected override IReadOnlyDictionary<string, string?> Settings() => new Dictionary<string, string?>
    {
        ["Database:Provider"] = "Sqlite",
        ["ConnectionStrings:Dixis"] = $"Data Source={Path.Combine(Folder, "dixis.db")}",
        ["RateLimits:SearchPerIpPerMinute"] = "4",
        ["RateLimits:SearchPerUserPerMinute"] = "2",
        ["RateLimits:CheckoutPerIpPerMinute"] = "50",
        ["RateLimits:CheckoutPerUserPerMinute"] = "2",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.AddSingleton<IStartupFilter, ClientAddressFromHeader>());
    }
}

/// <summary>Search and checkout are limited per client IP and per signed-in user; each refusal is a 429 problem and a security event.</summary>
public sealed class AbuseRateLimitTests(StrictAbuseLimitFixture fixture) : IClassFixture<StrictAbuseLimitFixture>
{
    [Fact]
    public async Task Search_suggest_and_product_search_share_one_limit_per_ip()
    {
        using var metrics = new MetricCapture(fixture);
        using var client = Client("10.0.1.1");
        foreach (var url in new[] { "/api/v1/search?q=meli", "/api/v1/search/suggest?q=mel", "/api/v1/products?search=meli", "/api/v1/search?q=feta" })
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);
        }

        var limited = await client.GetAsync("/api/v1/products?search=ladi");
        var problem = await limited.AssertProblem(429);
        Assert.Equal("Too many requests. Try again shortly.", problem.GetProperty("title").GetString());
        var retryAfter = int.Parse(limited.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 60);
        await (await client.GetAsync("/api/v1/search/suggest?q=fe")).AssertProblem(429);

        // Browsing without search text is not counted; another address has its own allowance.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/products?category=meli")).StatusCode);
        using var neighbour = Client("10.0.1.2");
        Assert.Equal(HttpStatusCode.OK, (await neighbour.GetAsync("/api/v1/search?q=meli")).StatusCode);
        Assert.Equal(2, metrics.Sum("dixis.security.events", ("kind", "rate_limited")));
    }

    [Fact]
    public async Task A_signed_in_user_is_limited_across_addresses()
    {
        var (token, _) = await fixture.NewAccountAsync("consumer");
        using var first = Client("10.0.2.1", token);
        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/api/v1/search?q=meli")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/api/v1/search?q=feta")).StatusCode);
        await (await first.GetAsync("/api/v1/search?q=ladi")).AssertProblem(429);

        // A new address does not reset the user's allowance; another user at the first address still has theirs.
        using var moved = Client("10.0.2.2", token);
        await (await moved.GetAsync("/api/v1/search?q=meli")).AssertProblem(429);
        var (otherToken, _) = await fixture.NewAccountAsync("consumer");
        using var other = Client("10.0.2.1", otherToken);
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("/api/v1/search?q=meli")).StatusCode);
    }

    [Fact]
    public async Task Checkout_and_pay_are_limited_per_user()
    {
        var (token, _) = await fixture.NewAccountAsync("consumer");
        using var buyer = Client("10.0.3.1", token);
        var (_, ids) = await OrderTestData.ProducerAsync(fixture, "24100", null, new TestProduct("Λάδι", 9.00m, Domain.Vat.VatRateClass.Reduced, 1000));
        await OrderTestData.FillCartAsync(buyer, (ids[0], 1));
        var placed = await buyer.PostAsJsonAsync("/api/v1/checkout", OrderTestData.Checkout("10557", "card"));
        Assert.Equal(HttpStatusCode.Created, placed.StatusCode);
        var checkoutId = (await placed.Json()).GetProperty("checkoutId").GetGuid();

        // The second attempt (empty cart now) is refused on its merits, the third by the limit.
        Assert.NotEqual(HttpStatusCode.TooManyRequests, (await buyer.PostAsync($"/api/v1/checkout/{checkoutId}/pay", null)).StatusCode);
        await (await buyer.PostAsJsonAsync("/api/v1/checkout", OrderTestData.Checkout("10557", "card"))).AssertProblem(429);
        await (await buyer.PostAsync($"/api/v1/checkout/{checkoutId}/pay", null)).AssertProblem(429);
    }

    private HttpClient Client(string address, string? token = null)
    {
        var client = fixture.Client("en", token);
        client.DefaultRequestHeaders.Add(ClientAddressFromHeader.Header, address);
        return client;
    }
}
