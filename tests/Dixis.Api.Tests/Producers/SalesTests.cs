using System.Net;
using System.Text.Json;
using Dixis.Api.Tests.Infrastructure;
using Dixis.Api.Tests.Orders;
using Dixis.Domain.Orders;
using Dixis.Domain.Vat;
using Dixis.Infrastructure.Data;
using Dixis.Infrastructure.Data.Orders;
using Microsoft.Extensions.DependencyInjection;

namespace Dixis.Api.Tests.Producers;

/// <summary>
/// <c>GET /producer/sales</c> and <c>GET /admin/sales</c>: only orders that are paid or accepted count (Confirmed and
/// later, never Pending or Cancelled), on their tax date, every day of the period present, regions by delivery postal code.
/// Each test uses a period of its own, years ahead, so the figures are exactly the orders it wrote.
/// </summary>
public abstract class SalesTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : ApiFixture
{
    protected TFixture Fixture { get; } = fixture;

    [SkippableFact]
    public async Task A_producer_sees_its_own_counted_orders_by_day_with_empty_days_as_zero()
    {
        Fixture.EnsureAvailable();
        var (token, _) = await Fixture.NewAccountAsync("producer");
        using var client = Fixture.Client(token: token);
        var me = await (await client.GetAsync("/api/v1/accounts/me")).Json();
        var (producerId, _) = await OrderTestData.ProducerAsync(Fixture, "81107", null, Guid.Parse(me.GetProperty("id").GetString()!),
            new TestProduct("Μέλι", 10m, VatRateClass.Reduced, 500));
        var (otherProducer, _) = await OrderTestData.ProducerAsync(Fixture, "24100", null, new TestProduct("Λάδι", 10m, VatRateClass.Reduced, 500));
        await OrdersAsync(
            (producerId, new DateOnly(2031, 3, 1), OrderStatus.Confirmed, 20.00m, 24.50m, "10557"),
            (producerId, new DateOnly(2031, 3, 1), OrderStatus.Delivered, 10.00m, 14.50m, "73100"),
            (producerId, new DateOnly(2031, 3, 3), OrderStatus.Shipped, 5.55m, 9.05m, "10557"),
            (producerId, new DateOnly(2031, 3, 3), OrderStatus.Pending, 99m, 99m, "10557"),
            (producerId, new DateOnly(2031, 3, 2), OrderStatus.Cancelled, 99m, 99m, "10557"),
            (producerId, new DateOnly(2031, 4, 1), OrderStatus.Delivered, 99m, 99m, "10557"),
            (otherProducer, new DateOnly(2031, 3, 1), OrderStatus.Delivered, 99m, 99m, "10557"));

        var report = await (await client.GetAsync("/api/v1/producer/sales?from=2031-03-01&to=2031-03-04")).Json();
        Assert.Equal(3, report.GetProperty("orders").GetInt32());
        Assert.Equal(35.55m, report.GetProperty("goods").GetDecimal());
        Assert.Equal(48.05m, report.GetProperty("total").GetDecimal());
        var days = report.GetProperty("days").EnumerateArray().Select(Day).ToList();
        Assert.Equal(
            [("2031-03-01", 2, 39.00m), ("2031-03-02", 0, 0m), ("2031-03-03", 1, 9.05m), ("2031-03-04", 0, 0m)],
            days);
    }

    [SkippableFact]
    public async Task The_admin_sees_every_producer_by_day_and_by_delivery_region()
    {
        Fixture.EnsureAvailable();
        var (a, _) = await OrderTestData.ProducerAsync(Fixture, "81107", null, new TestProduct("Μέλι", 10m, VatRateClass.Reduced, 500));
        var (b, _) = await OrderTestData.ProducerAsync(Fixture, "24100", null, new TestProduct("Λάδι", 10m, VatRateClass.Reduced, 500));
        await OrdersAsync(
            (a, new DateOnly(2032, 5, 10), OrderStatus.Confirmed, 10m, 12m, "10557"),
            (b, new DateOnly(2032, 5, 10), OrderStatus.Processing, 20m, 25m, "11528"),
            (b, new DateOnly(2032, 5, 11), OrderStatus.Delivered, 30m, 33m, "73100"),
            (a, new DateOnly(2032, 5, 11), OrderStatus.Cancelled, 500m, 500m, "73100"));

        using var admin = Fixture.Client(token: await Fixture.AdminTokenAsync());
        var report = await (await admin.GetAsync("/api/v1/admin/sales?from=2032-05-10&to=2032-05-11")).Json();
        Assert.Equal(3, report.GetProperty("orders").GetInt32());
        Assert.Equal(70m, report.GetProperty("total").GetDecimal());
        Assert.Equal([("2032-05-10", 2, 37m), ("2032-05-11", 1, 33m)], report.GetProperty("days").EnumerateArray().Select(Day).ToList());
        var regions = report.GetProperty("regions").EnumerateArray()
            .Select(r => (r.GetProperty("region").GetString(), r.GetProperty("orders").GetInt32(), r.GetProperty("total").GetDecimal())).ToList();
        Assert.Equal(2, regions.Count);
        Assert.Equal((2, 37m), (regions[0].Item2, regions[0].Item3));
        Assert.Equal((1, 33m), (regions[1].Item2, regions[1].Item3));
        Assert.NotEqual(regions[0].Item1, regions[1].Item1);
    }

    [SkippableFact]
    public async Task Bad_periods_are_explained_and_roles_are_enforced()
    {
        Fixture.EnsureAvailable();
        using var admin = Fixture.Client(token: await Fixture.AdminTokenAsync());
        var bad = await (await admin.GetAsync("/api/v1/admin/sales?from=2031-13-01")).AssertProblem(400);
        Assert.Equal("Η ημερομηνία γράφεται ΕΕΕΕ-ΜΜ-ΗΗ.", bad.GetProperty("errors").GetProperty("from")[0].GetString());
        await (await admin.GetAsync("/api/v1/admin/sales?from=2031-03-05&to=2031-03-01")).AssertProblem(400);
        await (await admin.GetAsync("/api/v1/admin/sales?from=2030-01-01&to=2031-12-31")).AssertProblem(400);
        var defaults = await (await admin.GetAsync("/api/v1/admin/sales")).Json();
        Assert.Equal(30, defaults.GetProperty("days").GetArrayLength());

        var (producerToken, _) = await Fixture.NewAccountAsync("producer");
        using var producer = Fixture.Client(token: producerToken);
        Assert.Equal(HttpStatusCode.Forbidden, (await producer.GetAsync("/api/v1/admin/sales")).StatusCode);
        await (await producer.GetAsync("/api/v1/producer/sales")).AssertProblem(404);
        using var anonymous = Fixture.Client();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/producer/sales")).StatusCode);
    }

    private static (string, int, decimal) Day(JsonElement d) => (d.GetProperty("date").GetString()!, d.GetProperty("orders").GetInt32(), d.GetProperty("total").GetDecimal());

    private async Task OrdersAsync(params (Guid Producer, DateOnly TaxDate, OrderStatus Status, decimal Goods, decimal Total, string PostalCode)[] orders)
    {
        await using var scope = Fixture.Scope();
        var db = scope.ServiceProvider.GetRequiredService<DixisDbContext>();
        foreach (var o in orders)
        {
            var group = new CheckoutGroup { BuyerEmail = "agorastis@example.gr", PaymentMethod = "cod", Total = o.Total, CreatedAt = DateTimeOffset.UtcNow, ExpiresAt = DateTimeOffset.UtcNow };
            db.CheckoutGroups.Add(group);
            db.Orders.Add(new Order
            {
                Number = "DX-T-" + Guid.NewGuid().ToString("N")[..12],
                CheckoutGroupId = group.Id,
                ProducerId = o.Producer,
                BuyerEmail = "agorastis@example.gr",
                BuyerName = "Αγοραστής",
                DeliveryStreet = "Οδός 1",
                DeliveryCity = "Πόλη",
                DeliveryPostalCode = o.PostalCode,
                PaymentMethod = "cod",
                TrackingToken = Guid.NewGuid().ToString("N") + Guid.NewGuid().ToString("N")[..11],
                Status = o.Status,
                TaxDate = o.TaxDate,
                GoodsGross = o.Goods,
                Total = o.Total,
                CreatedAt = DateTimeOffset.UtcNow,
                UpdatedAt = DateTimeOffset.UtcNow,
            });
        }

        await db.SaveChangesAsync();
    }
}

public sealed class SqliteSalesTests(SqliteApiFixture fixture) : SalesTests<SqliteApiFixture>(fixture);

public sealed class MariaDbSalesTests(MariaDbApiFixture fixture) : SalesTests<MariaDbApiFixture>(fixture);
