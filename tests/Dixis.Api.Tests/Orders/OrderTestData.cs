using System.Net.Http.Json;
using Dixis.Api.Tests.Infrastructure;
using Dixis.Domain.Vat;
using Dixis.Infrastructure.Data;
using Dixis.Infrastructure.Data.Catalog;
using Dixis.Infrastructure.Data.Producers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dixis.Api.Tests.Orders;

/// <summary>A product to put on sale for a test: gross price, VAT class, weight, stock.</summary>
public sealed record TestProduct(string Name, decimal Price, VatRateClass Vat, int WeightGrams, int? Stock = 100, string Category = "elaiolado");

/// <summary>Producers and products written straight to the database (active, approved), so each test knows its prices exactly.</summary>
public static class OrderTestData
{
    /// <summary>Puts a producer at <paramref name="postalCode"/> on sale with <paramref name="products"/>; returns the product ids in order.</summary>
    public static async Task<(Guid ProducerId, List<Guid> ProductIds)> ProducerAsync(
        ApiFixture fixture, string postalCode, decimal? freeShippingThreshold, params TestProduct[] products) =>
        await ProducerAsync(fixture, postalCode, freeShippingThreshold, null, products);

    /// <summary>As above, owned by the user <paramref name="ownerUserId"/>.</summary>
    public static async Task<(Guid ProducerId, List<Guid> ProductIds)> ProducerAsync(
        ApiFixture fixture, string postalCode, decimal? freeShippingThreshold, Guid? ownerUserId, params TestProduct[] products)
    {
        await using var scope = fixture.Scope();
        var db = scope.ServiceProvider.GetRequiredService<DixisDbContext>();
        var unique = Guid.NewGuid().ToString("N")[..10];
        var producer = new Producer
        {
            OwnerUserId = ownerUserId,
            Slug = "test-producer-" + unique,
            BusinessName = "Παραγωγός Δοκιμής " + unique,
            Afm = "090000045",
            TaxOffice = "ΔΟΥ Δοκιμής",
            Street = "Οδός 1",
            City = "Πόλη",
            PostalCode = postalCode,
            Status = ProducerStatus.Active,
            FreeShippingThreshold = freeShippingThreshold,
            CreatedAt = DateTimeOffset.UtcNow,
        };
        db.Producers.Add(producer);
        var categories = await db.Categories.ToDictionaryAsync(c => c.Slug, c => c.Id);
        var ids = new List<Guid>();
        foreach (var p in products)
        {
            var product = new Product
            {
                ProducerId = producer.Id,
                CategoryId = categories[p.Category],
                Name = p.Name + " " + unique,
                Slug = "test-" + Guid.NewGuid().ToString("N"),
                Price = p.Price,
                VatRateClass = p.Vat,
                WeightGrams = p.WeightGrams,
                Stock = p.Stock,
                Approval = ApprovalStatus.Approved,
                CreatedAt = DateTimeOffset.UtcNow,
                UpdatedAt = DateTimeOffset.UtcNow,
            };
            db.Products.Add(product);
            ids.Add(product.Id);
        }

        await db.SaveChangesAsync();
        return (producer.Id, ids);
    }

    /// <summary>A client with a guest cart holding <paramref name="items"/> (the cart token travels in the X-Cart-Token header).</summary>
    public static async Task<HttpClient> GuestWithCartAsync(ApiFixture fixture, params (Guid ProductId, int Quantity)[] items)
    {
        var client = fixture.Client();
        await FillCartAsync(client, items);
        return client;
    }

    /// <summary>Adds <paramref name="items"/> to the client's cart, keeping a new guest token on the client.</summary>
    public static async Task FillCartAsync(HttpClient client, params (Guid ProductId, int Quantity)[] items)
    {
        foreach (var (productId, quantity) in items)
        {
            using var response = await client.PostAsJsonAsync("/api/v1/cart/items", new { productId, quantity });
            Assert.True(response.IsSuccessStatusCode, $"add to cart: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            if (response.Headers.TryGetValues("X-Cart-Token", out var tokens))
            {
                client.DefaultRequestHeaders.Remove("X-Cart-Token");
                client.DefaultRequestHeaders.Add("X-Cart-Token", tokens.First());
            }
        }
    }

    /// <summary>A checkout body for a consumer (or business with <paramref name="afm"/>) at <paramref name="postalCode"/>.</summary>
    public static object Checkout(string postalCode, string paymentMethod = "cod", string? afm = null, Guid[]? pickup = null, decimal? expectedTotal = null) => new
    {
        email = "agorastis@example.gr",
        buyerType = afm is null ? "consumer" : "business",
        afm,
        name = afm is null ? "Μαρία Παπαδοπούλου" : "Εταιρεία Δοκιμής ΑΕ",
        phone = "6912345678",
        street = "Ερμού 10",
        city = "Πόλη",
        postalCode,
        paymentMethod,
        pickupProducerIds = pickup,
        expectedTotal,
    };
}
