using System.Net;
using Dixis.Api.Tests.Infrastructure;

namespace Dixis.Api.Tests.Greek;

/// <summary>The Greek utilities: AFM, postal codes and the VAT rule, with their errors in both languages.</summary>
public abstract class GreekApiTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : ApiFixture
{
    protected TFixture Fixture { get; } = fixture;

    [SkippableTheory]
    [InlineData("094014201", true, null)]
    [InlineData("EL094014201", true, null)]
    [InlineData("094014202", false, "checksum")]
    [InlineData("000000000", false, "all-zeros")]
    [InlineData("12345678", false, "wrong-length")]
    [InlineData("09401420A", false, "not-digits")]
    public async Task Afm_answers_validity_and_reason(string afm, bool valid, string? reason)
    {
        Fixture.EnsureAvailable();
        using var client = Fixture.Client();
        var body = await (await client.GetAsync("/api/v1/greek/afm/" + afm)).Json();
        Assert.Equal(valid, body.GetProperty("valid").GetBoolean());
        Assert.Equal(reason, body.GetProperty("reason").GetString());
        if (valid)
        {
            Assert.Equal("EL094014201", body.GetProperty("euVatId").GetString());
        }
    }

    [SkippableFact]
    public async Task Afm_reason_is_explained_in_greek_or_english()
    {
        Fixture.EnsureAvailable();
        using var greek = Fixture.Client("el-GR");
        using var english = Fixture.Client("en-US");
        var el = await (await greek.GetAsync("/api/v1/greek/afm/094014202")).Json();
        var en = await (await english.GetAsync("/api/v1/greek/afm/094014202")).Json();
        Assert.Contains("ΑΦΜ", el.GetProperty("message").GetString());
        Assert.Contains("AFM", en.GetProperty("message").GetString());
    }

    [SkippableTheory]
    [InlineData("10557", "Αττική", null, false, "attica")]
    [InlineData("546 21", "Κεντρική Μακεδονία", null, false, "thessaloniki")]
    [InlineData("81100", "Βόρειο Αιγαίο", "Λέσβος", true, "large-island")]
    [InlineData("82100", "Βόρειο Αιγαίο", "Χίος", true, "large-island")]
    [InlineData("85200", "Νότιο Αιγαίο", "Κάλυμνος", true, "small-island")]
    [InlineData("71201", "Κρήτη", "Κρήτη", true, "crete")]
    public async Task Postal_code_names_region_island_and_zone(string code, string region, string? island, bool isIsland, string zone)
    {
        Fixture.EnsureAvailable();
        using var client = Fixture.Client();
        var body = await (await client.GetAsync("/api/v1/greek/postal-codes/" + Uri.EscapeDataString(code))).Json();
        Assert.Equal(code.Replace(" ", "", StringComparison.Ordinal), body.GetProperty("postalCode").GetString());
        Assert.Equal(region, body.GetProperty("region").GetString());
        Assert.Equal(island, body.GetProperty("island").GetString());
        Assert.Equal(isIsland, body.GetProperty("isIsland").GetBoolean());
        Assert.Equal(zone, body.GetProperty("shippingZone").GetString());
    }

    [SkippableTheory]
    // A Lemnos producer selling to an Athens consumer: reduced island rate only from 2026.
    [InlineData("reduced", "81400", null, "10557", "consumer", "2025-12-31", 13, 2, false)]
    [InlineData("reduced", "81400", null, "10557", "consumer", "2026-01-01", 9, 5, true)]
    // Lesvos, qualifying since before 2025, all three classes.
    [InlineData("standard", "81100", null, "10557", "consumer", "2025-06-01", 17, 4, true)]
    [InlineData("reduced", "81100", null, "10557", "consumer", "2025-06-01", 9, 5, true)]
    [InlineData("super-reduced", "81100", null, "10557", "consumer", "2025-06-01", 4, 6, true)]
    // A Lesvos seller whose stock is in Athens: goods are not on the island.
    [InlineData("reduced", "81100", "10557", "10557", "consumer", "2026-03-01", 13, 2, false)]
    // An Athens seller: a Chios business gets the reduced rate, a Chios consumer does not.
    [InlineData("reduced", "10557", null, "82100", "business", "2026-03-01", 9, 5, true)]
    [InlineData("reduced", "10557", null, "82100", "consumer", "2026-03-01", 13, 2, false)]
    // Rhodes is never a qualifying island.
    [InlineData("reduced", "85100", null, "85100", "business", "2026-03-01", 13, 2, false)]
    public async Task Vat_applies_the_island_rule_by_date(string rateClass, string seller, string? stock, string delivery, string buyer, string date, int percent, int category, bool island)
    {
        Fixture.EnsureAvailable();
        using var client = Fixture.Client();
        var url = $"/api/v1/greek/vat?rateClass={rateClass}&sellerPostalCode={seller}&deliveryPostalCode={delivery}&buyerType={buyer}&date={date}"
            + (stock is null ? "" : "&stockPostalCode=" + stock);
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Json();
        Assert.Equal(percent, body.GetProperty("ratePercent").GetInt32());
        Assert.Equal(category, body.GetProperty("myDataVatCategory").GetInt32());
        Assert.Equal(island, body.GetProperty("islandReduced").GetBoolean());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("rule").GetString()));
    }

    [SkippableTheory]
    [InlineData("rateClass=gold&sellerPostalCode=10557&deliveryPostalCode=10557", "rateClass")]
    [InlineData("rateClass=reduced&sellerPostalCode=1055&deliveryPostalCode=10557", "sellerPostalCode")]
    [InlineData("rateClass=reduced&sellerPostalCode=10557&deliveryPostalCode=00001", "deliveryPostalCode")]
    [InlineData("rateClass=reduced&sellerPostalCode=10557&deliveryPostalCode=10557&date=2026-02-30", "date")]
    [InlineData("rateClass=reduced&sellerPostalCode=10557&deliveryPostalCode=10557&date=26/01/2026", "date")]
    [InlineData("rateClass=reduced&sellerPostalCode=10557&deliveryPostalCode=10557&buyerType=robot", "buyerType")]
    [InlineData("sellerPostalCode=10557&deliveryPostalCode=10557", "rateClass")]
    [InlineData("rateClass=reduced&deliveryPostalCode=10557", "sellerPostalCode")]
    public async Task Vat_refuses_bad_input_naming_the_field(string query, string field)
    {
        Fixture.EnsureAvailable();
        using var client = Fixture.Client("en");
        var problem = await (await client.GetAsync("/api/v1/greek/vat?" + query)).AssertProblem(400);
        Assert.Equal("The data you sent is not valid.", problem.GetProperty("title").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"no error for {field}: {problem}");
    }

    [SkippableTheory]
    [InlineData("1234")]
    [InlineData("ABCDE")]
    [InlineData("105577")]
    [InlineData("10 557")]
    public async Task Malformed_postal_code_answers_400_in_greek(string code)
    {
        Fixture.EnsureAvailable();
        using var client = Fixture.Client();
        var problem = await (await client.GetAsync("/api/v1/greek/postal-codes/" + Uri.EscapeDataString(code))).AssertProblem(400);
        Assert.Equal("Τα στοιχεία που στείλατε δεν είναι έγκυρα.", problem.GetProperty("title").GetString());
    }

    [SkippableFact]
    public async Task Postal_code_outside_greece_answers_404()
    {
        Fixture.EnsureAvailable();
        using var client = Fixture.Client();
        await (await client.GetAsync("/api/v1/greek/postal-codes/00100")).AssertProblem(404);
    }
}

public sealed class SqliteGreekApiTests(SqliteApiFixture fixture) : GreekApiTests<SqliteApiFixture>(fixture);

public sealed class MariaDbGreekApiTests(MariaDbApiFixture fixture) : GreekApiTests<MariaDbApiFixture>(fixture);
