using System.Net;
using System.Net.Http.Json;
using Dixis.Api.Tests.Infrastructure;
using Dixis.Domain.Vat;

namespace Dixis.Api.Tests.Orders;

/// <summary>The server-side cart: guest tokens, grouping by producer, limits, and the merge at login.</summary>
public abstract class CartTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : ApiFixture
{
    protected TFixture Fixture { get; } = fixture;

    [SkippableFact]
    public async Task A_guest_cart_is_kept_by_its_token_and_grouped_by_producer()
    {
        Fixture.EnsureAvailable();
        var (producerA, a) = await OrderTestData.ProducerAsync(Fixture, "24100", 40m, new TestProduct("Λάδι", 9.00m, VatRateClass.Reduced, 1000));
        var (producerB, b) = await OrderTestData.ProducerAsync(Fixture, "81100", null, new TestProduct("Μέλι", 12.00m, VatRateClass.Reduced, 500, Category: "meli"));

        using var client = Fixture.Client();
        using var first = await client.PostAsJsonAsync("/api/v1/cart/items", new { productId = a[0], quantity = 2 });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var token = first.Headers.GetValues("X-Cart-Token").Single();
        Assert.Equal(token, (await first.Json()).GetProperty("guestToken").GetString());
        Assert.Contains(first.Headers.GetValues("Set-Cookie"), c => c.StartsWith("dixis_cart=", StringComparison.Ordinal) && c.Contains("httponly", StringComparison.OrdinalIgnoreCase));

        // Another client knows nothing of it; the token brings it back (a reload).
        using var stranger = Fixture.Client();
        Assert.Equal(0, (await (await stranger.GetAsync("/api/v1/cart")).Json()).GetProperty("itemCount").GetInt32());
        using var reloaded = Fixture.Client();
        reloaded.DefaultRequestHeaders.Add("X-Cart-Token", token);
        await OrderTestData.FillCartAsync(reloaded, (b[0], 1), (a[0], 1));
        var cart = await (await reloaded.GetAsync("/api/v1/cart")).Json();
        Assert.Equal(4, cart.GetProperty("itemCount").GetInt32());
        Assert.Equal(39.00m, cart.GetProperty("goodsTotal").GetDecimal());
        var groups = cart.GetProperty("producers").EnumerateArray().ToDictionary(g => g.GetProperty("producerId").GetGuid());
        Assert.Equal(27.00m, groups[producerA].GetProperty("goodsTotal").GetDecimal());
        Assert.Equal(40m, groups[producerA].GetProperty("freeShippingThreshold").GetDecimal());
        Assert.Equal(12.00m, groups[producerB].GetProperty("goodsTotal").GetDecimal());

        Assert.Equal(HttpStatusCode.OK, (await reloaded.PatchAsJsonAsync($"/api/v1/cart/items/{a[0]}", new { quantity = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reloaded.DeleteAsync($"/api/v1/cart/items/{b[0]}")).StatusCode);
        cart = await (await reloaded.GetAsync("/api/v1/cart")).Json();
        Assert.Equal(1, cart.GetProperty("itemCount").GetInt32());
        await (await reloaded.DeleteAsync($"/api/v1/cart/items/{b[0]}")).AssertProblem(404);
    }

    [SkippableFact]
    public async Task Concurrent_adds_of_one_product_to_one_cart_all_count()
    {
        Fixture.EnsureAvailable();
        var (_, ids) = await OrderTestData.ProducerAsync(Fixture, "24100", null, new TestProduct("Θυμάρι", 4.00m, VatRateClass.Reduced, 100));
        using var client = await OrderTestData.GuestWithCartAsync(Fixture, (ids[0], 1));
        using var other = Fixture.Client();
        other.DefaultRequestHeaders.Add("X-Cart-Token", client.DefaultRequestHeaders.GetValues("X-Cart-Token").Single());

        // A double click on a product not yet in the cart, then many clicks on one that is.
        var (_, fresh) = await OrderTestData.ProducerAsync(Fixture, "24100", null, new TestProduct("Ρίγανη", 3.00m, VatRateClass.Reduced, 100));
        var adds = Enumerable.Range(0, 12).Select(i => (i % 2 == 0 ? client : other).PostAsJsonAsync("/api/v1/cart/items", new { productId = i < 4 ? fresh[0] : ids[0], quantity = 1 }));
        var answers = await Task.WhenAll(adds);
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        var cart = await (await client.GetAsync("/api/v1/cart")).Json();
        var quantities = cart.GetProperty("producers").EnumerateArray().SelectMany(p => p.GetProperty("items").EnumerateArray())
            .ToDictionary(i => i.GetProperty("productId").GetGuid(), i => i.GetProperty("quantity").GetInt32());
        Assert.Equal(4, quantities[fresh[0]]);
        Assert.Equal(1 + 8, quantities[ids[0]]);
    }

    [SkippableFact]
    public async Task Logging_in_merges_the_guest_cart_into_the_users_cart()
    {
        Fixture.EnsureAvailable();
        var (_, ids) = await OrderTestData.ProducerAsync(Fixture, "24100", null,
            new TestProduct("Φέτα", 7.00m, VatRateClass.Reduced, 400, Category: "tyria"),
            new TestProduct("Ελιές", 5.00m, VatRateClass.Reduced, 300, Category: "elies"));
        var (userToken, _) = await Fixture.NewAccountAsync("consumer");
        using (var user = Fixture.Client(token: userToken))
        {
            await OrderTestData.FillCartAsync(user, (ids[0], 1));
        }

        using var guest = await OrderTestData.GuestWithCartAsync(Fixture, (ids[0], 2), (ids[1], 3));
        guest.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", userToken);
        var merged = await (await guest.GetAsync("/api/v1/cart")).Json();
        Assert.Equal(6, merged.GetProperty("itemCount").GetInt32());

        // The guest cart is gone: its token alone now finds nothing.
        var token = guest.DefaultRequestHeaders.GetValues("X-Cart-Token").Single();
        using var anonymous = Fixture.Client();
        anonymous.DefaultRequestHeaders.Add("X-Cart-Token", token);
        Assert.Equal(0, (await (await anonymous.GetAsync("/api/v1/cart")).Json()).GetProperty("itemCount").GetInt32());
        using var user2 = Fixture.Client(token: userToken);
        Assert.Equal(6, (await (await user2.GetAsync("/api/v1/cart")).Json()).GetProperty("itemCount").GetInt32());
    }

    [SkippableFact]
    public async Task Bad_cart_input_is_refused_clearly()
    {
        Fixture.EnsureAvailable();
        var (_, ids) = await OrderTestData.ProducerAsync(Fixture, "24100", null, new TestProduct("Λίγο μέλι", 9.00m, VatRateClass.Reduced, 500, Stock: 2, Category: "meli"));
        using var client = Fixture.Client();
        await (await client.PostAsJsonAsync("/api/v1/cart/items", new { productId = ids[0], quantity = 0 })).AssertProblem(400);
        await (await client.PostAsJsonAsync("/api/v1/cart/items", new { productId = ids[0], quantity = 1000 })).AssertProblem(400);
        await (await client.PostAsJsonAsync("/api/v1/cart/items", new { productId = Guid.NewGuid(), quantity = 1 })).AssertProblem(404);
        var stock = await (await client.PostAsJsonAsync("/api/v1/cart/items", new { productId = ids[0], quantity = 3 })).AssertProblem(409);
        Assert.Contains("απόθεμα", stock.GetProperty("detail").GetString());
        await (await client.PatchAsJsonAsync($"/api/v1/cart/items/{ids[0]}", new { quantity = 1 })).AssertProblem(404);
    }
}

public sealed class SqliteCartTests(SqliteApiFixture fixture) : CartTests<SqliteApiFixture>(fixture);

public sealed class MariaDbCartTests(MariaDbApiFixture fixture) : CartTests<MariaDbApiFixture>(fixture);
