using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dixis.Api.Tests.Infrastructure;
using Dixis.Domain.Vat;

namespace Dixis.Api.Tests.Orders;

/// <summary>
/// The full checkout for the four VAT situations of DESIGN.md, with every VAT line worked out by hand (the sums are in
/// the comments). Basket from a mainland producer (Kalamata): 2 × olive oil 11,30 € (13 %) + 1 × wine 12,40 € (24 %),
/// 3.3 kg. From a Lesvos producer: 2 × honey 10,90 € + 1 × ouzo 11,70 €, whose catalogue prices already carry the
/// island rates (9 % / 17 %), 1.9 kg. Shipping is apportioned to the goods' rates by gross value.
/// </summary>
public abstract class CheckoutVatTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : ApiFixture
{
    protected TFixture Fixture { get; } = fixture;

    private Task<(Guid ProducerId, List<Guid> ProductIds)> MainlandProducer() => OrderTestData.ProducerAsync(
        Fixture, "24100", null,
        new TestProduct("Ελαιόλαδο", 11.30m, VatRateClass.Reduced, 1000),
        new TestProduct("Κρασί", 12.40m, VatRateClass.Standard, 1300, Category: "krasia"));

    private Task<(Guid ProducerId, List<Guid> ProductIds)> LesvosProducer() => OrderTestData.ProducerAsync(
        Fixture, "81100", null,
        new TestProduct("Μέλι", 10.90m, VatRateClass.Reduced, 500, Category: "meli"),
        new TestProduct("Ούζο", 11.70m, VatRateClass.Standard, 900, Category: "apostagmata"));

    [SkippableFact]
    public async Task Mainland_consumer_pays_24_and_13_percent_with_shipping_split_by_value()
    {
        Fixture.EnsureAvailable();
        var (_, ids) = await MainlandProducer();
        using var client = await OrderTestData.GuestWithCartAsync(Fixture, (ids[0], 2), (ids[1], 1));
        var order = await CheckoutOneOrder(client, OrderTestData.Checkout("41222", "card"));

        // Oil 22,60 = 20,00 + 2,60; wine 12,40 = 10,00 + 2,40. Larisa is Mainland, 3.3 kg → 5,50:
        // 24 % gets 5,50 × 12,40/35,00 = 1,9486 → 1,95 (net 1,57, VAT 0,38); 13 % gets 3,55 (net 3,14, VAT 0,41).
        AssertLine(order, ids[0], net: 20.00m, percent: 13, vat: 2.60m, total: 22.60m, rule: VatRules.Standard);
        AssertLine(order, ids[1], net: 10.00m, percent: 24, vat: 2.40m, total: 12.40m, rule: VatRules.Standard);
        Assert.Equal("Mainland", order.GetProperty("shippingZone").GetString());
        Assert.Equal(5.50m, order.GetProperty("shipping").GetDecimal());
        AssertBreakdown(order, (24, 1, 11.57m, 2.78m, 14.35m), (13, 2, 23.14m, 3.01m, 26.15m));
        AssertTotals(order, net: 34.71m, vat: 5.79m, total: 40.50m);
    }

    [SkippableFact]
    public async Task Island_consumer_buying_from_the_mainland_pays_the_normal_rates()
    {
        Fixture.EnsureAvailable();
        var (_, ids) = await MainlandProducer();
        using var client = await OrderTestData.GuestWithCartAsync(Fixture, (ids[0], 2), (ids[1], 1));
        var order = await CheckoutOneOrder(client, OrderTestData.Checkout("82100", "card"));

        // Chios is a qualifying island, but a consumer there buying from Kalamata pays 13 % / 24 %.
        // Chios is a LargeIsland: 3.3 kg → 7,50; 24 % gets 7,50 × 12,40/35,00 = 2,657 → 2,66 (net 2,15, VAT 0,51),
        // 13 % gets 4,84 (net 4,28, VAT 0,56).
        AssertLine(order, ids[0], net: 20.00m, percent: 13, vat: 2.60m, total: 22.60m, rule: VatRules.ConsumerDeliveryToIslandNotReduced);
        AssertLine(order, ids[1], net: 10.00m, percent: 24, vat: 2.40m, total: 12.40m, rule: VatRules.ConsumerDeliveryToIslandNotReduced);
        Assert.Equal(7.50m, order.GetProperty("shipping").GetDecimal());
        AssertBreakdown(order, (24, 1, 12.15m, 2.91m, 15.06m), (13, 2, 24.28m, 3.16m, 27.44m));
        AssertTotals(order, net: 36.43m, vat: 6.07m, total: 42.50m);
    }

    [SkippableFact]
    public async Task Business_on_a_qualifying_island_pays_the_island_rates_on_the_same_net_prices()
    {
        Fixture.EnsureAvailable();
        var (_, ids) = await MainlandProducer();
        using var client = await OrderTestData.GuestWithCartAsync(Fixture, (ids[0], 2), (ids[1], 1));
        var order = await CheckoutOneOrder(client, OrderTestData.Checkout("82100", "card", afm: "094014201"));

        // Net prices stay (20,00 and 10,00); VAT at 9 % and 17 %: 21,80 + 11,70 = 33,50 goods.
        // Shipping 7,50: 17 % gets 7,50 × 11,70/33,50 = 2,619 → 2,62 (net 2,24, VAT 0,38); 9 % gets 4,88 (net 4,48, VAT 0,40).
        AssertLine(order, ids[0], net: 20.00m, percent: 9, vat: 1.80m, total: 21.80m, rule: VatRules.IslandBusinessBuyer);
        AssertLine(order, ids[1], net: 10.00m, percent: 17, vat: 1.70m, total: 11.70m, rule: VatRules.IslandBusinessBuyer);
        Assert.Equal("Business", order.GetProperty("buyerType").GetString());
        AssertBreakdown(order, (17, 4, 12.24m, 2.08m, 14.32m), (9, 5, 24.48m, 2.20m, 26.68m));
        AssertTotals(order, net: 36.72m, vat: 4.28m, total: 41.00m);
    }

    [SkippableFact]
    public async Task Producer_on_a_qualifying_island_selling_to_Athens_charges_the_island_rates()
    {
        Fixture.EnsureAvailable();
        var (_, ids) = await LesvosProducer();
        using var client = await OrderTestData.GuestWithCartAsync(Fixture, (ids[0], 2), (ids[1], 1));
        var order = await CheckoutOneOrder(client, OrderTestData.Checkout("10557", "card"));

        // Honey 21,80 = 20,00 + 1,80 (9 %); ouzo 11,70 = 10,00 + 1,70 (17 %). Athens (Attica), 1.9 kg → 3,50:
        // 17 % gets 3,50 × 11,70/33,50 = 1,2224 → 1,22 (net 1,04, VAT 0,18); 9 % gets 2,28 (net 2,09, VAT 0,19).
        AssertLine(order, ids[0], net: 20.00m, percent: 9, vat: 1.80m, total: 21.80m, rule: VatRules.IslandSeller);
        AssertLine(order, ids[1], net: 10.00m, percent: 17, vat: 1.70m, total: 11.70m, rule: VatRules.IslandSeller);
        Assert.Equal("Attica", order.GetProperty("shippingZone").GetString());
        AssertBreakdown(order, (17, 4, 11.04m, 1.88m, 12.92m), (9, 5, 22.09m, 1.99m, 24.08m));
        AssertTotals(order, net: 33.13m, vat: 3.87m, total: 37.00m);
    }

    [SkippableFact]
    public async Task A_cart_from_two_producers_becomes_two_orders_under_one_checkout_with_cash_on_delivery()
    {
        Fixture.EnsureAvailable();
        var (_, mainland) = await MainlandProducer();
        var (_, lesvos) = await LesvosProducer();
        using var client = await OrderTestData.GuestWithCartAsync(Fixture, (mainland[0], 1), (lesvos[0], 1));
        using var response = await client.PostAsJsonAsync("/api/v1/checkout", OrderTestData.Checkout("10557", "cod"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var checkout = await response.Json();
        var orders = checkout.GetProperty("orders").EnumerateArray().ToList();
        Assert.Equal(2, orders.Count);
        Assert.Equal("Confirmed", checkout.GetProperty("status").GetString());
        Assert.All(orders, o =>
        {
            Assert.Equal("Confirmed", o.GetProperty("status").GetString());
            Assert.Equal(2.50m, o.GetProperty("cashOnDeliveryFee").GetDecimal());
            Assert.Equal(o.GetProperty("total").GetDecimal(), o.GetProperty("vatBreakdown").EnumerateArray().Sum(v => v.GetProperty("gross").GetDecimal()));
        });
        Assert.Equal(checkout.GetProperty("total").GetDecimal(), orders.Sum(o => o.GetProperty("total").GetDecimal()));

        // The cart is empty afterwards.
        var cart = await (await client.GetAsync("/api/v1/cart")).Json();
        Assert.Equal(0, cart.GetProperty("itemCount").GetInt32());
    }

    private static async Task<JsonElement> CheckoutOneOrder(HttpClient client, object body)
    {
        using var response = await client.PostAsJsonAsync("/api/v1/checkout", body);
        var json = await response.Json();
        Assert.True(response.StatusCode == HttpStatusCode.Created, json.ToString());
        var order = Assert.Single(json.GetProperty("orders").EnumerateArray());
        Assert.Equal(json.GetProperty("total").GetDecimal(), order.GetProperty("total").GetDecimal());
        return order;
    }

    private static void AssertLine(JsonElement order, Guid productId, decimal net, int percent, decimal vat, decimal total, string rule)
    {
        var line = order.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("productId").GetGuid() == productId);
        Assert.Equal(net, line.GetProperty("net").GetDecimal());
        Assert.Equal(percent, line.GetProperty("vatPercent").GetInt32());
        Assert.Equal(vat, line.GetProperty("vat").GetDecimal());
        Assert.Equal(total, line.GetProperty("total").GetDecimal());
        Assert.Equal(rule, line.GetProperty("vatRule").GetString());
    }

    private static void AssertBreakdown(JsonElement order, params (int Percent, int Category, decimal Net, decimal Vat, decimal Gross)[] expected)
    {
        var actual = order.GetProperty("vatBreakdown").EnumerateArray()
            .Select(v => (v.GetProperty("vatPercent").GetInt32(), v.GetProperty("vatCategory").GetInt32(), v.GetProperty("net").GetDecimal(), v.GetProperty("vat").GetDecimal(), v.GetProperty("gross").GetDecimal()))
            .ToArray();
        Assert.Equal(expected, actual);
    }

    private static void AssertTotals(JsonElement order, decimal net, decimal vat, decimal total)
    {
        Assert.Equal(net, order.GetProperty("net").GetDecimal());
        Assert.Equal(vat, order.GetProperty("vat").GetDecimal());
        Assert.Equal(total, order.GetProperty("total").GetDecimal());
    }
}

public sealed class SqliteCheckoutVatTests(SqliteApiFixture fixture) : CheckoutVatTests<SqliteApiFixture>(fixture);

public sealed class MariaDbCheckoutVatTests(MariaDbApiFixture fixture) : CheckoutVatTests<MariaDbApiFixture>(fixture);
