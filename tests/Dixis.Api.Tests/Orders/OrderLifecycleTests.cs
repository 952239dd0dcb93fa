using System.Net;
using System.Net.Http.Json;
using Dixis.Api.Tests.Infrastructure;
using Dixis.Domain.Vat;
using Dixis.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dixis.Api.Tests.Orders;

/// <summary>Producers move their own orders; buyers follow them by account or by link; cancelling gives stock back.</summary>
public abstract class OrderLifecycleTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : ApiFixture
{
    protected TFixture Fixture { get; } = fixture;

    [SkippableFact]
    public async Task A_producer_ships_and_delivers_its_order_and_the_buyer_follows_every_step()
    {
        Fixture.EnsureAvailable();
        var (producerToken, producerUserId) = await ProducerAccountAsync();
        var (_, ids) = await OrderTestData.ProducerAsync(Fixture, "24100", null, producerUserId, new TestProduct("Λάδι", 9.00m, VatRateClass.Reduced, 1000));
        var (buyerToken, _) = await Fixture.NewAccountAsync("consumer");
        using var buyer = Fixture.Client(token: buyerToken);
        await OrderTestData.FillCartAsync(buyer, (ids[0], 1));
        var checkout = await (await buyer.PostAsJsonAsync("/api/v1/checkout", OrderTestData.Checkout("10557", "cod"))).Json();
        var orderId = checkout.GetProperty("orders")[0].GetProperty("id").GetGuid();
        var trackingPath = checkout.GetProperty("orders")[0].GetProperty("trackingPath").GetString()!;

        using var producer = Fixture.Client(token: producerToken);
        var own = await (await producer.GetAsync("/api/v1/producer/orders?status=confirmed")).Json();
        Assert.Contains(orderId, own.EnumerateArray().Select(o => o.GetProperty("id").GetGuid()));

        // Shipping needs the carrier and the tracking code; skipping a step is refused.
        await (await producer.PostAsJsonAsync($"/api/v1/producer/orders/{orderId}/status", new { status = "shipped" })).AssertProblem(400);
        await (await producer.PostAsJsonAsync($"/api/v1/producer/orders/{orderId}/status", new { status = "delivered" })).AssertProblem(409);
        Assert.Equal(HttpStatusCode.OK, (await producer.PostAsJsonAsync($"/api/v1/producer/orders/{orderId}/status", new { status = "processing" })).StatusCode);
        var shipped = await (await producer.PostAsJsonAsync($"/api/v1/producer/orders/{orderId}/status", new { status = "shipped", carrier = "ACS", trackingCode = "7012345678" })).Json();
        Assert.Equal("Shipped", shipped.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, (await producer.PostAsJsonAsync($"/api/v1/producer/orders/{orderId}/status", new { status = "delivered" })).StatusCode);

        var mine = await (await buyer.GetAsync($"/api/v1/orders/{orderId}")).Json();
        Assert.Equal(["Pending", "Confirmed", "Processing", "Shipped", "Delivered"], mine.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("to").GetString()!).ToArray());
        Assert.Equal("7012345678", mine.GetProperty("trackingCode").GetString());

        using var anonymous = Fixture.Client();
        var tracked = await (await anonymous.GetAsync("/api/v1" + trackingPath)).Json();
        Assert.Equal("Delivered", tracked.GetProperty("status").GetString());
        await (await anonymous.GetAsync("/api/v1/orders/track/" + new string('x', 43))).AssertProblem(404);

        // Mails went out on queue general: a confirmation and one per step, as .eml files.
        await WaitForMailsAsync(4);
    }

    [SkippableFact]
    public async Task Another_producer_or_another_buyer_sees_nothing_and_cancelling_returns_the_stock()
    {
        Fixture.EnsureAvailable();
        var (producerToken, producerUserId) = await ProducerAccountAsync();
        var (otherProducerToken, otherProducerUserId) = await ProducerAccountAsync();
        await OrderTestData.ProducerAsync(Fixture, "54624", null, otherProducerUserId, new TestProduct("Άλλο", 5.00m, VatRateClass.Reduced, 500));
        var (_, ids) = await OrderTestData.ProducerAsync(Fixture, "24100", null, producerUserId, new TestProduct("Τυρί", 6.00m, VatRateClass.Reduced, 500, Stock: 5, Category: "tyria"));
        var (buyerToken, _) = await Fixture.NewAccountAsync("consumer");
        using var buyer = Fixture.Client(token: buyerToken);
        await OrderTestData.FillCartAsync(buyer, (ids[0], 2));
        var orderId = (await (await buyer.PostAsJsonAsync("/api/v1/checkout", OrderTestData.Checkout("10557", "cod"))).Json()).GetProperty("orders")[0].GetProperty("id").GetGuid();

        using var otherProducer = Fixture.Client(token: otherProducerToken);
        await (await otherProducer.GetAsync($"/api/v1/producer/orders/{orderId}")).AssertProblem(404);
        await (await otherProducer.PostAsJsonAsync($"/api/v1/producer/orders/{orderId}/status", new { status = "cancelled" })).AssertProblem(404);
        var (otherBuyerToken, _) = await Fixture.NewAccountAsync("consumer");
        using var otherBuyer = Fixture.Client(token: otherBuyerToken);
        await (await otherBuyer.GetAsync($"/api/v1/orders/{orderId}")).AssertProblem(404);
        await (await buyer.PostAsJsonAsync($"/api/v1/producer/orders/{orderId}/status", new { status = "cancelled" })).AssertProblem(403);

        using var producer = Fixture.Client(token: producerToken);
        await (await producer.PostAsJsonAsync($"/api/v1/producer/orders/{orderId}/status", new { status = "teleported" })).AssertProblem(400);
        var cancelled = await (await producer.PostAsJsonAsync($"/api/v1/producer/orders/{orderId}/status", new { status = "cancelled", note = "Χάλασε το ψυγείο" })).Json();
        Assert.Equal("Cancelled", cancelled.GetProperty("status").GetString());
        await (await producer.PostAsJsonAsync($"/api/v1/producer/orders/{orderId}/status", new { status = "processing" })).AssertProblem(409);

        await using var scope = Fixture.Scope();
        var db = scope.ServiceProvider.GetRequiredService<DixisDbContext>();
        Assert.Equal(5, await db.Products.Where(p => p.Id == ids[0]).Select(p => p.Stock).SingleAsync());
    }

    private async Task<(string Token, Guid UserId)> ProducerAccountAsync()
    {
        var (token, _) = await Fixture.NewAccountAsync("producer");
        using var client = Fixture.Client(token: token);
        var me = await (await client.GetAsync("/api/v1/accounts/me")).Json();
        return (token, me.GetProperty("id").GetGuid());
    }

    private async Task WaitForMailsAsync(int atLeast)
    {
        var folder = Path.Combine(Fixture.Folder, "mail");
        for (var i = 0; i < 100; i++)
        {
            if (Directory.Exists(folder) && Directory.GetFiles(folder, "*.eml").Length >= atLeast)
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail($"expected at least {atLeast} mails in {folder}");
    }
}

public sealed class SqliteOrderLifecycleTests(SqliteApiFixture fixture) : OrderLifecycleTests<SqliteApiFixture>(fixture);

public sealed class MariaDbOrderLifecycleTests(MariaDbApiFixture fixture) : OrderLifecycleTests<MariaDbApiFixture>(fixture);
