using System.Net;
using System.Text.Json;
using Dixis.Api.Tests.Infrastructure;

namespace Dixis.Api.Tests.Catalog;

/// <summary>The public catalogue over the seeded Greek demo data.</summary>
public abstract class CatalogApiTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : ApiFixture
{
    protected TFixture Fixture { get; } = fixture;

    [SkippableFact]
    public async Task Seeded_catalogue_has_at_least_80_products_in_at_least_10_categories()
    {
        Fixture.EnsureAvailable();
        using var client = Fixture.Client();
        var products = await (await client.GetAsync("/api/v1/products?pageSize=100")).Json();
        Assert.True(products.GetProperty("totalCount").GetInt32() >= 80);
        var categories = await (await client.GetAsync("/api/v1/categories")).Json();
        Assert.True(categories.GetArrayLength() >= 10);
        Assert.True(categories.EnumerateArray().Count(c => c.GetProperty("productCount").GetInt32() > 0) >= 10);
    }

    [SkippableTheory]
    [InlineData("Μέλι Θυμαρίσιο Κρήτης")]
    [InlineData("Εξαιρετικό Παρθένο Ελαιόλαδο Καλαμάτας")]
    [InlineData("Φέτα ΠΟΠ")]
    [InlineData("Μαστίχα Χίου")]
    [InlineData("Φάβα Σαντορίνης ΠΟΠ")]
    [InlineData("Κρόκος Κοζάνης")]
    [InlineData("Φιστίκι Αιγίνης")]
    [InlineData("Τραχανάς")]
    [InlineData("Τσίπουρο")]
    [InlineData("Ελιές Καλαμών")]
    [InlineData("Ρίγανη")]
    [InlineData("Κρασί Ασύρτικο")]
    public async Task Every_named_demo_product_is_on_sale_under_its_exact_name(string name)
    {
        Fixture.EnsureAvailable();
        using var client = Fixture.Client();
        var page = await (await client.GetAsync("/api/v1/products?pageSize=100")).Json();
        var all = page.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        var second = await (await client.GetAsync("/api/v1/products?pageSize=100&page=2")).Json();
        all.AddRange(second.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        Assert.Contains(name, all);
    }

    [SkippableTheory]
    [InlineData("μελι θυμαρισιο", "Μέλι Θυμαρίσιο Κρήτης")]
    [InlineData("ΜΕΛΙ ΘΥΜΑΡΙΣΙΟ", "Μέλι Θυμαρίσιο Κρήτης")]
    [InlineData("meli thymarisio", "Μέλι Θυμαρίσιο Κρήτης")]
    [InlineData("Μέλι Θυμαρίσιο Κρήτης", "Μέλι Θυμαρίσιο Κρήτης")]
    [InlineData("elaiolado kalamatas", "Εξαιρετικό Παρθένο Ελαιόλαδο Καλαμάτας")]
    [InlineData("feta", "Φέτα ΠΟΠ")]
    [InlineData("mastiha", "Μαστίχα Χίου")]
    [InlineData("ΤΣΙΠΟΥΡΟ", "Τσίπουρο")]
    [InlineData("tsipouro", "Τσίπουρο")]
    [InlineData("fistiki aiginis", "Φιστίκι Αιγίνης")]
    [InlineData("krokos", "Κρόκος Κοζάνης")]
    [InlineData("rigani", "Ρίγανη")]
    [InlineData("asyrtiko", "Κρασί Ασύρτικο")]
    public async Task Search_folds_case_accents_and_accepts_greeklish(string search, string expected)
    {
        Fixture.EnsureAvailable();
        using var client = Fixture.Client();
        var page = await (await client.GetAsync("/api/v1/products?search=" + Uri.EscapeDataString(search))).Json();
        var top = page.GetProperty("items").EnumerateArray().Take(3).Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Contains(expected, top);
    }

    [SkippableFact]
    public async Task Search_with_no_match_answers_an_empty_page()
    {
        Fixture.EnsureAvailable();
        using var client = Fixture.Client();
        var page = await (await client.GetAsync("/api/v1/products?search=zzzqqq")).Json();
        Assert.Equal(0, page.GetProperty("totalCount").GetInt32());
    }

    [SkippableFact]
    public async Task Filters_combine_category_pdo_organic_and_price()
    {
        Fixture.EnsureAvailable();
        using var client = Fixture.Client();
        var honey = await (await client.GetAsync("/api/v1/products?category=meli&pageSize=100")).Json();
        Assert.All(honey.GetProperty("items").EnumerateArray(), p => Assert.Equal("meli", p.GetProperty("categorySlug").GetString()));
        Assert.True(honey.GetProperty("totalCount").GetInt32() >= 5);

        var pdo = await (await client.GetAsync("/api/v1/products?pdo=true&pageSize=100")).Json();
        Assert.All(pdo.GetProperty("items").EnumerateArray(), p => Assert.Equal("Pdo", p.GetProperty("qualityLabel").GetString()));

        var organic = await (await client.GetAsync("/api/v1/products?organic=true&pageSize=100")).Json();
        Assert.All(organic.GetProperty("items").EnumerateArray(), p => Assert.True(p.GetProperty("isOrganic").GetBoolean()));
        Assert.True(organic.GetProperty("totalCount").GetInt32() >= 1);

        var cheap = await (await client.GetAsync("/api/v1/products?minPrice=5&maxPrice=7.5&pageSize=100")).Json();
        Assert.All(cheap.GetProperty("items").EnumerateArray(), p => Assert.InRange(p.GetProperty("price").GetDecimal(), 5m, 7.5m));
    }

    [SkippableFact]
    public async Task Sort_by_price_and_paging_are_consistent()
    {
        Fixture.EnsureAvailable();
        using var client = Fixture.Client();
        var asc = await (await client.GetAsync("/api/v1/products?sort=price-asc&pageSize=10")).Json();
        var prices = asc.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("price").GetDecimal()).ToList();
        Assert.Equal(prices.Order(), prices);
        var desc = await (await client.GetAsync("/api/v1/products?sort=price-desc&pageSize=10")).Json();
        var high = desc.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("price").GetDecimal()).ToList();
        Assert.Equal(high.OrderDescending(), high);

        var page1 = await (await client.GetAsync("/api/v1/products?pageSize=10&page=1")).Json();
        var page2 = await (await client.GetAsync("/api/v1/products?pageSize=10&page=2")).Json();
        var ids1 = page1.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetString());
        var ids2 = page2.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetString());
        Assert.Empty(ids1.Intersect(ids2));
        Assert.Equal((page1.GetProperty("totalCount").GetInt32() + 9) / 10, page1.GetProperty("totalPages").GetInt32());
    }

    [SkippableFact]
    public async Task Product_page_by_slug_and_by_id_shows_allergens_and_price_per_kg()
    {
        Fixture.EnsureAvailable();
        using var client = Fixture.Client();
        var bySlug = await client.GetAsync("/api/v1/products/feta-pop");
        Assert.Equal(HttpStatusCode.OK, bySlug.StatusCode);
        var feta = await bySlug.Json();
        Assert.Equal("Φέτα ΠΟΠ", feta.GetProperty("summary").GetProperty("name").GetString());
        Assert.Contains("Milk", feta.GetProperty("allergens").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("Reduced", feta.GetProperty("vatRateClass").GetString());
        Assert.Equal(10.90m, feta.GetProperty("summary").GetProperty("pricePerUnit").GetDecimal());

        var id = feta.GetProperty("summary").GetProperty("id").GetString();
        var byId = await (await client.GetAsync($"/api/v1/products/{id}")).Json();
        Assert.Equal("feta-pop", byId.GetProperty("summary").GetProperty("slug").GetString());

        var image = await client.GetAsync(feta.GetProperty("summary").GetProperty("imageUrl").GetString());
        Assert.Equal(HttpStatusCode.OK, image.StatusCode);
        Assert.Equal("image/svg+xml", image.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Φέτα ΠΟΠ", await image.Content.ReadAsStringAsync());
    }

    [SkippableFact]
    public async Task Wine_and_spirits_are_standard_rated_and_honey_reduced()
    {
        Fixture.EnsureAvailable();
        using var client = Fixture.Client();
        Assert.Equal("Standard", (await (await client.GetAsync("/api/v1/products/krasi-asyrtiko")).Json()).GetProperty("vatRateClass").GetString());
        Assert.Equal("Standard", (await (await client.GetAsync("/api/v1/products/tsipouro")).Json()).GetProperty("vatRateClass").GetString());
        Assert.Equal("Reduced", (await (await client.GetAsync("/api/v1/products/meli-thymarisio-kritis")).Json()).GetProperty("vatRateClass").GetString());
    }

    [SkippableFact]
    public async Task Producers_are_listed_with_regions_including_islands()
    {
        Fixture.EnsureAvailable();
        using var client = Fixture.Client();
        var page = await (await client.GetAsync("/api/v1/producers?pageSize=100")).Json();
        var producers = page.GetProperty("items").EnumerateArray().ToList();
        Assert.True(producers.Count >= 10);
        var islands = producers.Select(p => p.GetProperty("island")).Where(i => i.ValueKind == JsonValueKind.String).Select(i => i.GetString()).ToList();
        Assert.Contains("Χίος", islands);
        Assert.Contains("Λέσβος", islands);
        Assert.Contains("Κάλυμνος", islands);
        Assert.Contains("Σαντορίνη (Θήρα)", islands);

        var slug = producers.First().GetProperty("slug").GetString();
        var detail = await (await client.GetAsync($"/api/v1/producers/{slug}")).Json();
        Assert.True(detail.GetProperty("products").GetArrayLength() > 0);
    }

    [SkippableTheory]
    [InlineData("/api/v1/products/den-yparxei")]
    [InlineData("/api/v1/products/00000000-0000-0000-0000-000000000000")]
    [InlineData("/api/v1/producers/den-yparxei")]
    [InlineData("/api/v1/no-such-endpoint")]
    public async Task Unknown_ids_answer_404_problem_details(string url)
    {
        Fixture.EnsureAvailable();
        using var client = Fixture.Client();
        var problem = await (await client.GetAsync(url)).AssertProblem(404);
        Assert.Equal("Δεν βρέθηκε.", problem.GetProperty("title").GetString());
    }
}

public sealed class SqliteCatalogApiTests(SqliteApiFixture fixture) : CatalogApiTests<SqliteApiFixture>(fixture);

public sealed class MariaDbCatalogApiTests(MariaDbApiFixture fixture) : CatalogApiTests<MariaDbApiFixture>(fixture);
