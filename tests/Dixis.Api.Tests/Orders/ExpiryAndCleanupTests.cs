using System.Net;
using System.Net.Http.Json;
using Dixis.Api.Tests.Infrastructure;
using Dixis.Domain.Vat;
using Dixis.Infrastructure.Data;
using Dixis.Infrastructure.Data.Orders;
using Dixis.Infrastructure.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dixis.Api.Tests.Orders;

/// <summary>The recurring jobs of the order flow: unpaid checkouts expire and give stock back; abandoned carts go.</summary>
public abstract class ExpiryAndCleanupTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : ApiFixture
{
    protected TFixture Fixture { get; } = fixture;

    [SkippableFact]
    public async Task An_unpaid_card_checkout_expires_and_its_stock_goes_back_on_sale()
    {
        Fixture.EnsureAvailable();
        var (_, ids) = await OrderTestData.ProducerAsync(Fixture, "24100", null, new TestProduct("Κρατημένο λάδι", 9.00m, VatRateClass.Reduced, 1000, Stock: 4));
        using var client = await OrderTestData.GuestWithCartAsync(Fixture, (ids[0], 3));
        using var response = await client.PostAsJsonAsync("/api/v1/checkout", OrderTestData.Checkout("10557", "card"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var checkout = await response.Json();
        var groupId = checkout.GetProperty("checkoutId").GetGuid();
        Assert.Equal("AwaitingPayment", checkout.GetProperty("status").GetString());

        await using var scope = Fixture.Scope();
        var db = scope.ServiceProvider.GetRequiredService<DixisDbContext>();
        Assert.Equal(1, await db.Products.Where(p => p.Id == ids[0]).Select(p => p.Stock).SingleAsync());
        var expiry = scope.ServiceProvider.GetRequiredService<UnpaidCheckoutExpiry>();
        await expiry.ExpireAsync(CancellationToken.None);
        Assert.Equal(CheckoutStatus.AwaitingPayment, await db.CheckoutGroups.Where(g => g.Id == groupId).Select(g => g.Status).SingleAsync()); // still in its window

        var past = DateTimeOffset.UtcNow.AddMinutes(-1);
        await db.CheckoutGroups.Where(g => g.Id == groupId).ExecuteUpdateAsync(s => s.SetProperty(g => g.ExpiresAt, past));
        Assert.True(await expiry.ExpireAsync(CancellationToken.None) >= 1);
        Assert.Equal(CheckoutStatus.Cancelled, await db.CheckoutGroups.Where(g => g.Id == groupId).Select(g => g.Status).SingleAsync());
        Assert.Equal(4, await db.Products.Where(p => p.Id == ids[0]).Select(p => p.Stock).SingleAsync());
        var order = await db.Orders.AsNoTracking().Include(o => o.History).SingleAsync(o => o.CheckoutGroupId == groupId);
        Assert.Equal(Dixis.Domain.Orders.OrderStatus.Cancelled, order.Status);
        Assert.Equal("payment not received in time", order.History.OrderBy(h => h.At).Last().Note);
    }

    [SkippableFact]
    public async Task Abandoned_guest_carts_are_deleted_after_thirty_days()
    {
        Fixture.EnsureAvailable();
        var (_, ids) = await OrderTestData.ProducerAsync(Fixture, "24100", null, new TestProduct("Ξεχασμένο", 3.00m, VatRateClass.Reduced, 100));
        using var old = await OrderTestData.GuestWithCartAsync(Fixture, (ids[0], 1));
        using var recent = await OrderTestData.GuestWithCartAsync(Fixture, (ids[0], 1));
        var oldToken = old.DefaultRequestHeaders.GetValues("X-Cart-Token").Single();

        await using var scope = Fixture.Scope();
        var db = scope.ServiceProvider.GetRequiredService<DixisDbContext>();
        var oldHash = Dixis.Api.Features.Cart.CartAccess.Hash(oldToken);
        var longAgo = DateTimeOffset.UtcNow.AddDays(-31);
        await db.Carts.Where(c => c.GuestTokenHash == oldHash).ExecuteUpdateAsync(s => s.SetProperty(c => c.UpdatedAt, longAgo));
        Assert.True(await scope.ServiceProvider.GetRequiredService<CartCleanupJob>().RunAsync(CancellationToken.None) >= 1);

        Assert.Equal(0, (await (await old.GetAsync("/api/v1/cart")).Json()).GetProperty("itemCount").GetInt32());
        Assert.Equal(1, (await (await recent.GetAsync("/api/v1/cart")).Json()).GetProperty("itemCount").GetInt32());
    }
}

public sealed class SqliteExpiryAndCleanupTests(SqliteApiFixture fixture) : ExpiryAndCleanupTests<SqliteApiFixture>(fixture);

public sealed class MariaDbExpiryAndCleanupTests(MariaDbApiFixture fixture) : ExpiryAndCleanupTests<MariaDbApiFixture>(fixture);
