using System.Net;
using System.Net.Http.Json;
using Dixis.Api.Features.Producers;
using Dixis.Api.Tests.Infrastructure;
using Dixis.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dixis.Api.Tests.Security;

/// <summary>
/// Producer and product descriptions are plain text: markup sent in them is removed on write, so nothing a producer
/// types can run in a shopper's browser or any other reader of the text.
/// </summary>
public sealed class DescriptionSanitisingTests(SqliteApiFixture fixture) : IClassFixture<SqliteApiFixture>
{
    /// <summary>Hostile description, and text that must survive around it.</summary>
    public static TheoryData<string, string> Payloads() => new()
    {
        { "Μέλι <script>alert(document.cookie)</script>θυμαρίσιο", "Μέλι θυμαρίσιο" },
        { "<img src=x onerror=alert(1)>Ανθόμελο", "Ανθόμελο" },
        { "<a href=\"javascript:alert(1)\">Λέσβος</a>", "Λέσβος" },
        { "<div style=\"width: expression(alert(1))\">Φέτα ΠΟΠ</div>", "Φέτα ΠΟΠ" },
        { "<svg onload=alert(1)><circle r=1 /></svg>Ελαιόλαδο", "Ελαιόλαδο" },
        { "<iframe src=\"https://evil.example\"></iframe>Κρασί", "Κρασί" },
        { "<style>body{background:url(javascript:alert(1))}</style>Τσάι", "Τσάι" },
        { "<b onmouseover=\"alert(1)\">Κεφαλοτύρι</b> & γραβιέρα", "Κεφαλοτύρι & γραβιέρα" },
        { "<<script>script>alert(1)<</script>/script>Ρίγανη", "Ρίγανη" },
        { "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>", "" },
    };

    [Theory]
    [MemberData(nameof(Payloads))]
    public void Markup_is_removed_and_the_text_kept(string payload, string expected)
    {
        var clean = PlainDescription.From(payload)!;
        Assert.DoesNotContain("<", clean, StringComparison.Ordinal);
        Assert.Contains(expected, clean, StringComparison.Ordinal);
        foreach (var word in new[] { "script", "onerror", "onload", "onmouseover", "javascript:", "expression(" })
        {
            Assert.DoesNotContain(word, clean, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Theory]
    [InlineData("Τιμή < 10 € & δωρεάν μεταφορικά")]
    [InlineData("Απλό κείμενο χωρίς σημάνσεις.")]
    [InlineData("a > b")]
    public void Plain_text_comes_back_unchanged(string text) => Assert.Equal(text, PlainDescription.From(text));

    [SkippableFact]
    public async Task Profile_and_product_descriptions_are_stored_without_markup()
    {
        fixture.EnsureAvailable();
        var (token, _) = await fixture.NewAccountAsync("producer");
        using var producer = fixture.Client(token: token);
        var profile = await producer.PutAsJsonAsync("/api/v1/producer/profile", new
        {
            businessName = "Μελισσοκομείο Ασφαλείας",
            afm = "090000045",
            taxOffice = "ΔΟΥ Μυτιλήνης",
            street = "Αγοράς 1",
            city = "Καλλονή",
            postalCode = "81100",
            description = "Μέλι <script>alert(1)</script>από τη <a href=\"javascript:alert(1)\" onclick=\"x()\">Λέσβο</a>.",
        });
        Assert.Equal(HttpStatusCode.OK, profile.StatusCode);
        var producerId = (await profile.Json()).GetProperty("id").GetGuid();

        var created = await producer.PostAsJsonAsync("/api/v1/producer/products", new
        {
            name = "Μέλι Δοκιμής Ασφαλείας",
            categorySlug = "meli",
            description = "<img src=x onerror=alert(1)>Ανθόμελο <div style=\"background:url(javascript:alert(1))\">από βουνό</div>",
            price = 9.80m,
            unit = "kilogram",
            netQuantity = 0.45m,
            weightGrams = 600,
            stock = 3,
            vatRateClass = "reduced",
            allergens = Array.Empty<string>(),
            qualityLabel = "none",
            isOrganic = false,
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var productId = (await created.Json()).GetProperty("id").GetGuid();

        await using var scope = fixture.Scope();
        var db = scope.ServiceProvider.GetRequiredService<DixisDbContext>();
        Assert.Equal("Μέλι από τη Λέσβο.", await db.Producers.Where(p => p.Id == producerId).Select(p => p.Description).SingleAsync());
        Assert.Equal("Ανθόμελο από βουνό", await db.Products.Where(p => p.Id == productId).Select(p => p.Description).SingleAsync());
    }
}
