using Dixis.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dixis.Api.Tests.Search;

/// <summary>The search endpoints over the seeded demo catalogue, on SQLite and on MariaDB + Redis.</summary>
public abstract class SearchApiTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : ApiFixture
{
    protected TFixture Fixture { get; } = fixture;

    [SkippableFact]
    public async Task Search_answers_items_with_highlights_and_facets()
    {
        Fixture.EnsureAvailable();
        using var client = Fixture.Client();
        var page = await (await client.GetAsync("/api/v1/search?q=" + Uri.EscapeDataString("meli thymarisio"))).Json();
        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.Contains("Μέλι Θυμαρίσιο Κρήτης", items.Take(3).Select(i => i.GetProperty("name").GetString()));
        var crete = items.First(i => i.GetProperty("name").GetString() == "Μέλι Θυμαρίσιο Κρήτης");
        Assert.Equal("<mark>Μέλι</mark> <mark>Θυμαρίσιο</mark> Κρήτης", crete.GetProperty("nameHtml").GetString());
        Assert.Contains("<mark>", crete.GetProperty("snippetHtml").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("/api/v1/media/", crete.GetProperty("imageUrl").GetString(), StringComparison.Ordinal);
        var facets = page.GetProperty("facets");
        foreach (var name in new[] { "category", "producer", "region", "qualityLabel", "organic", "price" })
        {
            Assert.True(facets.GetProperty(name).GetArrayLength() > 0, name);
        }

        Assert.Contains(facets.GetProperty("category").EnumerateArray(), f => f.GetProperty("value").GetString() == "meli" && f.GetProperty("label").GetString() == "Μέλι");
    }

    [SkippableFact]
    public async Task Facet_values_work_as_filters()
    {
        Fixture.EnsureAvailable();
        using var client = Fixture.Client();
        var all = await (await client.GetAsync("/api/v1/search?q=meli")).Json();
        var region = all.GetProperty("facets").GetProperty("region").EnumerateArray().First();
        var filtered = await (await client.GetAsync($"/api/v1/search?q=meli&region={Uri.EscapeDataString(region.GetProperty("value").GetString()!)}")).Json();
        Assert.Equal(region.GetProperty("count").GetInt64(), filtered.GetProperty("totalCount").GetInt64());
        Assert.All(filtered.GetProperty("items").EnumerateArray(), i => Assert.Equal(region.GetProperty("value").GetString(), i.GetProperty("region").GetString()));

        var pgi = await (await client.GetAsync("/api/v1/search?label=pgi&pageSize=100")).Json();
        Assert.True(pgi.GetProperty("totalCount").GetInt64() >= 2);
        Assert.All(pgi.GetProperty("items").EnumerateArray(), i => Assert.Equal("Pgi", i.GetProperty("qualityLabel").GetString()));

        var cheapOrganic = await (await client.GetAsync("/api/v1/search?organic=true&maxPrice=5&sort=price-asc")).Json();
        var prices = cheapOrganic.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("price").GetDecimal()).ToList();
        Assert.NotEmpty(prices);
        Assert.Equal(prices.Order(), prices);
        Assert.All(cheapOrganic.GetProperty("items").EnumerateArray(), i => Assert.True(i.GetProperty("isOrganic").GetBoolean()));
    }

    [SkippableFact]
    public async Task Suggest_completes_greek_and_greeklish_prefixes()
    {
        Fixture.EnsureAvailable();
        using var client = Fixture.Client();
        var greek = await (await client.GetAsync("/api/v1/search/suggest?q=" + Uri.EscapeDataString("μαστ"))).Json();
        Assert.Contains("Μαστίχα Χίου", greek.GetProperty("suggestions").EnumerateArray().Select(s => s.GetProperty("text").GetString()));
        var latin = await (await client.GetAsync("/api/v1/search/suggest?q=tsip&size=3")).Json();
        var texts = latin.GetProperty("suggestions").EnumerateArray().Select(s => s.GetProperty("text").GetString()).ToList();
        Assert.Contains("Τσίπουρο", texts);
        Assert.True(texts.Count <= 3);
    }

    [SkippableTheory]
    [InlineData("/api/v1/search?pageSize=0", "pageSize")]
    [InlineData("/api/v1/search?page=0", "page")]
    [InlineData("/api/v1/search?sort=cheapest", "sort")]
    [InlineData("/api/v1/search?label=gold", "label")]
    [InlineData("/api/v1/search?minPrice=10&maxPrice=5", "minPrice")]
    [InlineData("/api/v1/search?q=%3Cscript%3E", "search")]
    [InlineData("/api/v1/search?q=meli%00", "search")]
    [InlineData("/api/v1/search/suggest", "q")]
    [InlineData("/api/v1/search/suggest?q=meli&size=50", "size")]
    public async Task Bad_input_answers_validation_problems(string url, string field)
    {
        Fixture.EnsureAvailable();
        using var client = Fixture.Client();
        var problem = await (await client.GetAsync(url)).AssertProblem(400);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [SkippableFact]
    public async Task Too_long_query_is_refused_in_english_when_asked()
    {
        Fixture.EnsureAvailable();
        using var client = Fixture.Client("en");
        var problem = await (await client.GetAsync("/api/v1/search?q=" + new string('a', 201))).AssertProblem(400);
        Assert.Equal("The text is too long.", problem.GetProperty("errors").GetProperty("search")[0].GetString());
    }

    [SkippableFact]
    public async Task Approved_products_become_searchable_through_the_outbox_and_the_health_check_follows()
    {
        Fixture.EnsureAvailable();
        using var client = Fixture.Client();
        var health = await (await client.GetAsync("/api/v1/health")).Json();
        var search = health.GetProperty("checks").GetProperty("search");
        Assert.Equal("Healthy", search.GetProperty("status").GetString());

        // Change a product in the database the way the endpoints do (SaveChanges): the outbox row comes with it.
        await using (var scope = Fixture.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Dixis.Infrastructure.Data.DixisDbContext>();
            var product = await db.Products.SingleAsync(p => p.Slug == "thymari");
            product.Name = "Θυμάρι Καλύμνου Αγριοβοτάνου";
            await db.SaveChangesAsync();
        }

        await Fixture.ProcessSearchOutboxAsync();
        var page = await (await client.GetAsync("/api/v1/search?q=agriovotanou")).Json();
        Assert.Equal("Θυμάρι Καλύμνου Αγριοβοτάνου", page.GetProperty("items")[0].GetProperty("name").GetString());
        var products = await (await client.GetAsync("/api/v1/products?search=agriovotanou")).Json();
        Assert.Equal(1, products.GetProperty("totalCount").GetInt32());
    }
}

public sealed class SqliteSearchApiTests(SqliteApiFixture fixture) : SearchApiTests<SqliteApiFixture>(fixture);

public sealed class MariaDbSearchApiTests(MariaDbApiFixture fixture) : SearchApiTests<MariaDbApiFixture>(fixture);
