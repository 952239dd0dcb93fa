using System.Net;
using System.Net.Http.Json;
using Dixis.Api.Tests.Infrastructure;

namespace Dixis.Api.Tests.Producers;

/// <summary>A producer signs up, submits a product, an admin approves both; ownership and roles hold on the way.</summary>
public abstract class ProducerFlowTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : ApiFixture
{
    protected TFixture Fixture { get; } = fixture;

    private static object Profile(string afm = "090000045", string postalCode = "81107") => new
    {
        businessName = "Μελισσοκομείο Δοκιμής",
        afm,
        taxOffice = "ΔΟΥ Μυτιλήνης",
        iban = "GR16 0110 1250 0000 0001 2300 695",
        street = "Αγοράς 1",
        city = "Καλλονή",
        postalCode,
        description = "Μέλι από τη Λέσβο.",
    };

    private static object Product(string name, int? stock = 12) => new
    {
        name,
        categorySlug = "meli",
        description = "Ανθόμελο από τη Λέσβο.",
        price = 9.80m,
        unit = "kilogram",
        netQuantity = 0.45m,
        weightGrams = 600,
        stock,
        vatRateClass = "reduced",
        allergens = Array.Empty<string>(),
        ingredients = "μέλι",
        origin = "Λέσβος",
        qualityLabel = "none",
        isOrganic = false,
    };

    [SkippableFact]
    public async Task Producer_signs_up_submits_a_product_and_an_admin_puts_it_on_sale()
    {
        Fixture.EnsureAvailable();
        var (token, _) = await Fixture.NewAccountAsync("producer");
        using var producer = Fixture.Client(token: token);
        var profile = await producer.PutAsJsonAsync("/api/v1/producer/profile", Profile());
        Assert.Equal(HttpStatusCode.OK, profile.StatusCode);
        var profileBody = await profile.Json();
        Assert.Equal("Pending", profileBody.GetProperty("status").GetString());
        Assert.Equal("Λέσβος", profileBody.GetProperty("island").GetString());
        var producerId = profileBody.GetProperty("id").GetString();

        var name = $"Μέλι Ανθέων Δοκιμής {Guid.NewGuid():N}"[..32];
        var created = await producer.PostAsJsonAsync("/api/v1/producer/products", Product(name));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var product = await created.Json();
        Assert.Equal("Pending", product.GetProperty("approval").GetString());
        var slug = product.GetProperty("slug").GetString();

        using var anonymous = Fixture.Client();
        await (await anonymous.GetAsync($"/api/v1/products/{slug}")).AssertProblem(404);

        using var admin = Fixture.Client(token: await Fixture.AdminTokenAsync());
        var pending = await (await admin.GetAsync("/api/v1/admin/producers?status=pending")).Json();
        Assert.Contains(producerId, pending.EnumerateArray().Select(p => p.GetProperty("id").GetString()));
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/v1/admin/producers/{producerId}/approve", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/v1/admin/products/{product.GetProperty("id").GetString()}/approve", null)).StatusCode);

        var onSale = await anonymous.GetAsync($"/api/v1/products/{slug}");
        Assert.Equal(HttpStatusCode.OK, onSale.StatusCode);
        // Search follows through the outbox (the in-process worker applies it within a second); apply it now.
        await Fixture.ProcessSearchOutboxAsync();
        var found = await (await anonymous.GetAsync("/api/v1/products?search=" + Uri.EscapeDataString("anthewn dokimis"))).Json();
        Assert.Contains(slug, found.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("slug").GetString()));
    }

    [SkippableFact]
    public async Task A_rejection_needs_a_reason_and_the_producer_sees_it()
    {
        Fixture.EnsureAvailable();
        var (token, _) = await Fixture.NewAccountAsync("producer");
        using var producer = Fixture.Client(token: token);
        Assert.Equal(HttpStatusCode.OK, (await producer.PutAsJsonAsync("/api/v1/producer/profile", Profile())).StatusCode);
        var product = await (await producer.PostAsJsonAsync("/api/v1/producer/products", Product("Μέλι για απόρριψη"))).Json();
        var id = product.GetProperty("id").GetString();

        using var admin = Fixture.Client(token: await Fixture.AdminTokenAsync());
        await (await admin.PostAsJsonAsync($"/api/v1/admin/products/{id}/reject", new { reason = "" })).AssertProblem(400);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsJsonAsync($"/api/v1/admin/products/{id}/reject", new { reason = "Λείπει η ετικέτα." })).StatusCode);

        var own = await (await producer.GetAsync("/api/v1/producer/products")).Json();
        var mine = Assert.Single(own.EnumerateArray(), p => p.GetProperty("id").GetString() == id);
        Assert.Equal("Rejected", mine.GetProperty("approval").GetString());
        Assert.Equal("Λείπει η ετικέτα.", mine.GetProperty("rejectionReason").GetString());
    }

    [SkippableFact]
    public async Task Another_producers_product_is_not_found_and_unchanged()
    {
        Fixture.EnsureAvailable();
        var (ownerToken, _) = await Fixture.NewAccountAsync("producer");
        using var owner = Fixture.Client(token: ownerToken);
        await owner.PutAsJsonAsync("/api/v1/producer/profile", Profile());
        var product = await (await owner.PostAsJsonAsync("/api/v1/producer/products", Product("Μέλι του ιδιοκτήτη"))).Json();
        var id = product.GetProperty("id").GetString();

        var (otherToken, _) = await Fixture.NewAccountAsync("producer");
        using var other = Fixture.Client(token: otherToken);
        await other.PutAsJsonAsync("/api/v1/producer/profile", Profile(afm: "094014201", postalCode: "24100"));
        await (await other.PutAsJsonAsync($"/api/v1/producer/products/{id}", Product("Κλεμμένο μέλι", 1))).AssertProblem(404);

        var own = await (await owner.GetAsync("/api/v1/producer/products")).Json();
        Assert.Equal("Μέλι του ιδιοκτήτη", Assert.Single(own.EnumerateArray()).GetProperty("name").GetString());
    }

    [SkippableFact]
    public async Task Roles_guard_the_producer_and_admin_areas()
    {
        Fixture.EnsureAvailable();
        using var anonymous = Fixture.Client();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/producer/products")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/admin/producers")).StatusCode);

        var (consumerToken, _) = await Fixture.NewAccountAsync("consumer");
        using var consumer = Fixture.Client(token: consumerToken);
        Assert.Equal(HttpStatusCode.Forbidden, (await consumer.GetAsync("/api/v1/producer/products")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await consumer.PostAsync($"/api/v1/admin/products/{Guid.NewGuid()}/approve", null)).StatusCode);

        var (producerToken, _) = await Fixture.NewAccountAsync("producer");
        using var producer = Fixture.Client(token: producerToken);
        Assert.Equal(HttpStatusCode.Forbidden, (await producer.GetAsync("/api/v1/admin/products")).StatusCode);
    }

    [SkippableFact]
    public async Task Profile_and_product_validation_name_each_bad_field()
    {
        Fixture.EnsureAvailable();
        var (token, _) = await Fixture.NewAccountAsync("producer");
        using var producer = Fixture.Client(token: token);
        await (await producer.PostAsJsonAsync("/api/v1/producer/products", Product("Χωρίς προφίλ"))).AssertProblem(409);

        var badProfile = await (await producer.PutAsJsonAsync("/api/v1/producer/profile", Profile(afm: "123456789", postalCode: "999"))).AssertProblem(400);
        var errors = badProfile.GetProperty("errors");
        Assert.True(errors.TryGetProperty("afm", out _));
        Assert.True(errors.TryGetProperty("postalCode", out _));

        await producer.PutAsJsonAsync("/api/v1/producer/profile", Profile());
        var badProduct = await (await producer.PostAsJsonAsync("/api/v1/producer/products", new
        {
            name = "",
            categorySlug = "no-such",
            price = -3m,
            unit = "barrel",
            weightGrams = 0,
            stock = -1,
            vatRateClass = "zero",
            allergens = new[] { "Plutonium" },
        })).AssertProblem(400);
        var fields = badProduct.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToHashSet();
        Assert.Superset(new HashSet<string> { "name", "price", "unit", "weightGrams", "stock", "vatRateClass", "allergens" }, fields);
    }
}

public sealed class SqliteProducerFlowTests(SqliteApiFixture fixture) : ProducerFlowTests<SqliteApiFixture>(fixture);

public sealed class MariaDbProducerFlowTests(MariaDbApiFixture fixture) : ProducerFlowTests<MariaDbApiFixture>(fixture);
