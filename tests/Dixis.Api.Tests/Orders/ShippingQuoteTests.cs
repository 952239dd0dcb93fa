using System.Net.Http.Json;
using Dixis.Api.Tests.Infrastructure;
using Dixis.Domain.Vat;

namespace Dixis.Api.Tests.Orders;

/// <summary><c>POST /api/v1/shipping/quote</c>: zones, weight tiers, the producer's free-shipping threshold, pickup and the COD fee.</summary>
public abstract class ShippingQuoteTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : ApiFixture
{
    protected TFixture Fixture { get; } = fixture;

    [SkippableFact]
    public async Task Quotes_follow_zone_weight_threshold_and_pickup()
    {
        Fixture.EnsureAvailable();
        var (producerId, ids) = await OrderTestData.ProducerAsync(Fixture, "24100", 30m, new TestProduct("Λάδι 5 λίτρα", 12.00m, VatRateClass.Reduced, 2500));
        using var client = Fixture.Client();

        async Task<System.Text.Json.JsonElement> Quote(string postalCode, int quantity, string payment = "card", Guid[]? pickup = null) =>
            (await (await client.PostAsJsonAsync("/api/v1/shipping/quote", new { postalCode, paymentMethod = payment, pickupProducerIds = pickup, items = new[] { new { productId = ids[0], quantity } } })).Json())
            .GetProperty("orders")[0];

        var athens = await Quote("10557", 1); // 2.5 kg → second tier in Attica; 12 € is below the 30 € threshold
        Assert.Equal("Attica", athens.GetProperty("shippingZone").GetString());
        Assert.Equal(4.50m, athens.GetProperty("shipping").GetDecimal());
        Assert.Equal(18.00m, athens.GetProperty("amountToFreeShipping").GetDecimal());

        var free = await Quote("10557", 3); // 36 € ≥ 30 €
        Assert.True(free.GetProperty("freeShippingApplied").GetBoolean());
        Assert.Equal(0m, free.GetProperty("shipping").GetDecimal());
        Assert.Equal(6.00m, free.GetProperty("shippingListPrice").GetDecimal()); // 7.5 kg → third tier
        Assert.Equal(36.00m, free.GetProperty("total").GetDecimal());

        var gavdos = await Quote("73001", 3); // remote: the threshold does not apply
        Assert.Equal("Remote", gavdos.GetProperty("shippingZone").GetString());
        Assert.Equal(16.00m, gavdos.GetProperty("shipping").GetDecimal());

        var pickup = await Quote("10557", 1, pickup: [producerId]);
        Assert.Equal("Pickup", pickup.GetProperty("shippingMethod").GetString());
        Assert.Equal(12.00m, pickup.GetProperty("total").GetDecimal());

        var cod = await Quote("10557", 1, payment: "cod");
        Assert.Equal(2.50m, cod.GetProperty("cashOnDeliveryFee").GetDecimal());
        Assert.Equal(12.00m + 4.50m + 2.50m, cod.GetProperty("total").GetDecimal());
    }

    [SkippableFact]
    public async Task Bad_quote_input_is_refused()
    {
        Fixture.EnsureAvailable();
        using var client = Fixture.Client("en-US");
        var problem = await (await client.PostAsJsonAsync("/api/v1/shipping/quote", new { postalCode = "00000", buyerType = "robot", items = new[] { new { productId = Guid.NewGuid(), quantity = -1 } } })).AssertProblem(400);
        Assert.Superset(new HashSet<string> { "postalCode", "buyerType", "items" }, problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToHashSet());
        await (await client.PostAsJsonAsync("/api/v1/shipping/quote", new { postalCode = "10557" })).AssertProblem(409);
        await (await client.PostAsJsonAsync("/api/v1/shipping/quote", new { postalCode = "10557", items = new[] { new { productId = Guid.NewGuid(), quantity = 1 } } })).AssertProblem(409);
    }
}

public sealed class SqliteShippingQuoteTests(SqliteApiFixture fixture) : ShippingQuoteTests<SqliteApiFixture>(fixture);

public sealed class MariaDbShippingQuoteTests(MariaDbApiFixture fixture) : ShippingQuoteTests<MariaDbApiFixture>(fixture);
