using System.Net;
using System.Net.Http.Json;
using Dixis.Api.Tests.Infrastructure;
using Dixis.Domain.Vat;
using Dixis.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dixis.Api.Tests.Orders;

/// <summary>Stock under concurrency, shortages and price changes: nothing oversold, nothing charged silently.</summary>
public abstract class CheckoutStockTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : ApiFixture
{
    protected TFixture Fixture { get; } = fixture;

    [SkippableFact]
    public async Task Fifty_concurrent_buyers_for_the_last_ten_units_exactly_ten_succeed()
    {
        Fixture.EnsureAvailable();
        var (_, ids) = await OrderTestData.ProducerAsync(Fixture, "24100", null, new TestProduct("Τελευταίο λάδι", 9.50m, VatRateClass.Reduced, 1000, Stock: 10));
        var buyers = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => OrderTestData.GuestWithCartAsync(Fixture, (ids[0], 1))));

        using var start = new SemaphoreSlim(0);
        var attempts = buyers.Select(async client =>
        {
            await start.WaitAsync();
            using var response = await client.PostAsJsonAsync("/api/v1/checkout", OrderTestData.Checkout("10557", "cod"));
            return response.StatusCode;
        }).ToList();
        start.Release(attempts.Count);
        var statuses = await Task.WhenAll(attempts);

        Assert.Equal(10, statuses.Count(s => s == HttpStatusCode.Created));
        Assert.Equal(40, statuses.Count(s => s == HttpStatusCode.Conflict));
        await using var scope = Fixture.Scope();
        var db = scope.ServiceProvider.GetRequiredService<DixisDbContext>();
        Assert.Equal(0, await db.Products.Where(p => p.Id == ids[0]).Select(p => p.Stock).SingleAsync());
        Assert.Equal(10, await db.OrderLines.Where(l => l.ProductId == ids[0]).SumAsync(l => l.Quantity));
        foreach (var client in buyers)
        {
            client.Dispose();
        }
    }

    [SkippableFact]
    public async Task A_shortage_answers_409_naming_the_products_and_takes_nothing()
    {
        Fixture.EnsureAvailable();
        var (_, ids) = await OrderTestData.ProducerAsync(Fixture, "24100", null,
            new TestProduct("Σπάνιο τυρί", 8.00m, VatRateClass.Reduced, 500, Stock: 3, Category: "tyria"),
            new TestProduct("Άφθονο λάδι", 9.00m, VatRateClass.Reduced, 1000, Stock: 50));
        using var client = await OrderTestData.GuestWithCartAsync(Fixture, (ids[0], 3), (ids[1], 2));

        // Someone else buys one cheese in between.
        using (var other = await OrderTestData.GuestWithCartAsync(Fixture, (ids[0], 1)))
        {
            Assert.Equal(HttpStatusCode.Created, (await other.PostAsJsonAsync("/api/v1/checkout", OrderTestData.Checkout("10557", "cod"))).StatusCode);
        }

        var problem = await (await client.PostAsJsonAsync("/api/v1/checkout", OrderTestData.Checkout("10557", "cod"))).AssertProblem(409);
        var product = Assert.Single(problem.GetProperty("products").EnumerateArray());
        Assert.Equal(ids[0], product.GetProperty("productId").GetGuid());
        Assert.StartsWith("Σπάνιο τυρί", product.GetProperty("name").GetString());
        Assert.Equal(2, product.GetProperty("available").GetInt32());

        await using var scope = Fixture.Scope();
        var db = scope.ServiceProvider.GetRequiredService<DixisDbContext>();
        Assert.Equal(2, await db.Products.Where(p => p.Id == ids[0]).Select(p => p.Stock).SingleAsync());
        Assert.Equal(50, await db.Products.Where(p => p.Id == ids[1]).Select(p => p.Stock).SingleAsync());
        var cart = await (await client.GetAsync("/api/v1/cart")).Json();
        Assert.Equal(5, cart.GetProperty("itemCount").GetInt32()); // nothing lost
    }

    [SkippableFact]
    public async Task A_price_changed_since_the_cart_was_built_is_refused_once_then_charged_at_the_new_price()
    {
        Fixture.EnsureAvailable();
        var (_, ids) = await OrderTestData.ProducerAsync(Fixture, "24100", null, new TestProduct("Λάδι που ακρίβυνε", 10.00m, VatRateClass.Reduced, 1000));
        using var client = await OrderTestData.GuestWithCartAsync(Fixture, (ids[0], 2));
        await using (var scope = Fixture.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DixisDbContext>();
            await db.Products.Where(p => p.Id == ids[0]).ExecuteUpdateAsync(s => s.SetProperty(p => p.Price, 11.00m));
        }

        var cartBefore = await (await client.GetAsync("/api/v1/cart")).Json();
        Assert.True(cartBefore.GetProperty("hasPriceChanges").GetBoolean());

        var problem = await (await client.PostAsJsonAsync("/api/v1/checkout", OrderTestData.Checkout("10557", "cod"))).AssertProblem(409);
        var changed = Assert.Single(problem.GetProperty("products").EnumerateArray());
        Assert.Equal(10.00m, changed.GetProperty("priceSeen").GetDecimal());
        Assert.Equal(11.00m, changed.GetProperty("priceNow").GetDecimal());

        // The buyer has now seen the new price; the total they confirm is checked too.
        await (await client.PostAsJsonAsync("/api/v1/checkout", OrderTestData.Checkout("10557", "cod", expectedTotal: 1m))).AssertProblem(409);
        using var placed = await client.PostAsJsonAsync("/api/v1/checkout", OrderTestData.Checkout("10557", "cod"));
        Assert.Equal(HttpStatusCode.Created, placed.StatusCode);
        var line = (await placed.Json()).GetProperty("orders")[0].GetProperty("lines")[0];
        Assert.Equal(22.00m, line.GetProperty("total").GetDecimal());
    }

    [SkippableFact]
    public async Task Bad_checkout_input_answers_400_by_field_and_an_empty_cart_409()
    {
        Fixture.EnsureAvailable();
        using var client = Fixture.Client();
        var problem = await (await client.PostAsJsonAsync("/api/v1/checkout", new
        {
            email = "not-an-email",
            buyerType = "alien",
            name = "",
            street = "Ερμού\u0000 1",
            city = "Αθήνα",
            postalCode = "999",
            paymentMethod = "bitcoin",
            phone = "12",
        })).AssertProblem(400);
        var fields = problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToHashSet();
        Assert.Superset(new HashSet<string> { "email", "buyerType", "name", "street", "postalCode", "paymentMethod", "phone" }, fields);

        var business = await (await client.PostAsJsonAsync("/api/v1/checkout", OrderTestData.Checkout("82100", afm: "123456789"))).AssertProblem(400);
        Assert.True(business.GetProperty("errors").TryGetProperty("afm", out _));

        await (await client.PostAsJsonAsync("/api/v1/checkout", OrderTestData.Checkout("10557"))).AssertProblem(409);
    }
}

public sealed class SqliteCheckoutStockTests(SqliteApiFixture fixture) : CheckoutStockTests<SqliteApiFixture>(fixture);

public sealed class MariaDbCheckoutStockTests(MariaDbApiFixture fixture) : CheckoutStockTests<MariaDbApiFixture>(fixture);
