using System.Net.Http.Json;
using Dixis.Api.Tests.Infrastructure;
using Dixis.Domain.Vat;

namespace Dixis.Api.Tests.Orders;

/// <summary>
/// <c>GET /api/v1/checkout/{id}</c>, which the storefront's confirmation page reads: a guest's checkout answers to its
/// id (the same capability as <c>/pay</c>), a signed-in buyer's only to that buyer.
/// </summary>
public abstract class CheckoutReadTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : ApiFixture
{
    protected TFixture Fixture { get; } = fixture;

    [SkippableFact]
    public async Task A_guest_reads_its_checkout_by_id_with_its_orders()
    {
        Fixture.EnsureAvailable();
        var (_, ids) = await OrderTestData.ProducerAsync(Fixture, "24100", null, new TestProduct("Ελαιόλαδο", 11.30m, VatRateClass.Reduced, 1000));
        using var guest = await OrderTestData.GuestWithCartAsync(Fixture, (ids[0], 2));
        var placed = await (await guest.PostAsJsonAsync("/api/v1/checkout", OrderTestData.Checkout("10557", "cod"))).Json();
        var id = placed.GetProperty("checkoutId").GetGuid();

        using var stranger = Fixture.Client();
        var read = await (await stranger.GetAsync($"/api/v1/checkout/{id}")).Json();
        Assert.Equal("Confirmed", read.GetProperty("status").GetString());
        Assert.Equal(placed.GetProperty("total").GetDecimal(), read.GetProperty("total").GetDecimal());
        Assert.Equal(placed.GetProperty("orders")[0].GetProperty("number").GetString(), read.GetProperty("orders")[0].GetProperty("number").GetString());
        await (await stranger.GetAsync($"/api/v1/checkout/{Guid.CreateVersion7()}")).AssertProblem(404);
    }

    [SkippableFact]
    public async Task A_signed_in_buyers_checkout_answers_404_to_guests_and_other_buyers()
    {
        Fixture.EnsureAvailable();
        var (_, ids) = await OrderTestData.ProducerAsync(Fixture, "24100", null, new TestProduct("Ελαιόλαδο", 11.30m, VatRateClass.Reduced, 1000));
        var (token, _) = await Fixture.NewAccountAsync("consumer");
        using var buyer = Fixture.Client(token: token);
        await OrderTestData.FillCartAsync(buyer, (ids[0], 1));
        var id = (await (await buyer.PostAsJsonAsync("/api/v1/checkout", OrderTestData.Checkout("10557", "cod"))).Json()).GetProperty("checkoutId").GetGuid();

        Assert.Equal(id, (await (await buyer.GetAsync($"/api/v1/checkout/{id}")).Json()).GetProperty("checkoutId").GetGuid());
        using var guest = Fixture.Client();
        await (await guest.GetAsync($"/api/v1/checkout/{id}")).AssertProblem(404);
        var (other, _) = await Fixture.NewAccountAsync("consumer");
        using var otherBuyer = Fixture.Client(token: other);
        await (await otherBuyer.GetAsync($"/api/v1/checkout/{id}")).AssertProblem(404);
    }
}

public sealed class SqliteCheckoutReadTests(SqliteApiFixture fixture) : CheckoutReadTests<SqliteApiFixture>(fixture);

public sealed class MariaDbCheckoutReadTests(MariaDbApiFixture fixture) : CheckoutReadTests<MariaDbApiFixture>(fixture);
