using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dixis.Api.Tests.Infrastructure;

namespace Dixis.Api.Tests.Accounts;

/// <summary>Saved delivery addresses at <c>/api/v1/me/addresses</c>: validation in Greek, owner only, one default.</summary>
public abstract class AddressApiTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : ApiFixture
{
    protected TFixture Fixture { get; } = fixture;

    [SkippableFact]
    public async Task A_saved_address_is_normalised_listed_and_the_first_is_the_default()
    {
        Fixture.EnsureAvailable();
        using var client = await SignedInAsync();
        var created = await client.PostAsJsonAsync("/api/v1/me/addresses",
            new { label = "Σπίτι", fullName = "Ελένη Παπαδοπούλου", street = "Πανεπιστημίου 30", city = "Αθήνα", postalCode = "105 57", phone = "210 1234567" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var address = await created.Json();
        Assert.Equal("10557", address.GetProperty("postalCode").GetString());
        Assert.Equal("+302101234567", address.GetProperty("phone").GetString());
        Assert.True(address.GetProperty("isDefault").GetBoolean());

        var second = await (await client.PostAsJsonAsync("/api/v1/me/addresses",
            new { fullName = "Ελένη Παπαδοπούλου", street = "Ερμού 5", city = "Μυτιλήνη", postalCode = "81100" })).Json();
        Assert.False(second.GetProperty("isDefault").GetBoolean());
        Assert.Equal(JsonValueKind.Null, second.GetProperty("phone").ValueKind);

        var list = await (await client.GetAsync("/api/v1/me/addresses")).Json();
        Assert.Equal([address.GetProperty("id").GetString(), second.GetProperty("id").GetString()], list.EnumerateArray().Select(a => a.GetProperty("id").GetString()));
    }

    [SkippableTheory]
    [InlineData("1055", "postalCode", "5 ψηφία")]
    [InlineData("00000", "postalCode", "δεν αντιστοιχεί σε περιοχή")]
    [InlineData("", "postalCode", "υποχρεωτικό")]
    public async Task A_bad_postal_code_is_refused_in_greek_next_to_its_field(string postalCode, string field, string message)
    {
        Fixture.EnsureAvailable();
        using var client = await SignedInAsync();
        var response = await client.PostAsJsonAsync("/api/v1/me/addresses", new { fullName = "Νίκος", street = "Οδός 1", city = "Αθήνα", postalCode });
        var problem = await response.AssertProblem(400);
        Assert.Contains(message, problem.GetProperty("errors").GetProperty(field)[0].GetString());
        Assert.Empty((await (await client.GetAsync("/api/v1/me/addresses")).Json()).EnumerateArray());
    }

    [SkippableFact]
    public async Task A_foreign_or_malformed_phone_is_refused()
    {
        Fixture.EnsureAvailable();
        using var client = await SignedInAsync();
        foreach (var phone in new[] { "+44 20 7946 0958", "12345", "69x1234567" })
        {
            var response = await client.PostAsJsonAsync("/api/v1/me/addresses", new { fullName = "Νίκος", street = "Οδός 1", city = "Αθήνα", postalCode = "10557", phone });
            var problem = await response.AssertProblem(400);
            Assert.True(problem.GetProperty("errors").TryGetProperty("phone", out _), phone);
        }
    }

    [SkippableFact]
    public async Task Making_another_address_the_default_moves_the_default_and_deleting_it_hands_it_back()
    {
        Fixture.EnsureAvailable();
        using var client = await SignedInAsync();
        var first = await CreateAsync(client, "10557");
        var second = await CreateAsync(client, "81100");

        var updated = await client.PutAsJsonAsync($"/api/v1/me/addresses/{second}",
            new { fullName = "Ταβέρνα Το Μελίσσι", street = "Ερμού 7", city = "Μυτιλήνη", postalCode = "81100", isDefault = true });
        Assert.Equal("Ερμού 7", (await updated.Json()).GetProperty("street").GetString());
        var list = (await (await client.GetAsync("/api/v1/me/addresses")).Json()).EnumerateArray().ToList();
        Assert.Equal(second, list[0].GetProperty("id").GetString());
        Assert.Single(list, a => a.GetProperty("isDefault").GetBoolean());

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/me/addresses/{second}")).StatusCode);
        var left = Assert.Single((await (await client.GetAsync("/api/v1/me/addresses")).Json()).EnumerateArray());
        Assert.Equal(first, left.GetProperty("id").GetString());
        Assert.True(left.GetProperty("isDefault").GetBoolean());
    }

    [SkippableFact]
    public async Task Another_users_address_answers_404_and_stays_unchanged()
    {
        Fixture.EnsureAvailable();
        using var owner = await SignedInAsync();
        var id = await CreateAsync(owner, "10557");
        using var other = await SignedInAsync();

        await (await other.PutAsJsonAsync($"/api/v1/me/addresses/{id}", new { fullName = "Κλέφτης", street = "Αλλού 1", city = "Πάτρα", postalCode = "26221" })).AssertProblem(404);
        await (await other.DeleteAsync($"/api/v1/me/addresses/{id}")).AssertProblem(404);
        Assert.Empty((await (await other.GetAsync("/api/v1/me/addresses")).Json()).EnumerateArray());
        var mine = Assert.Single((await (await owner.GetAsync("/api/v1/me/addresses")).Json()).EnumerateArray());
        Assert.Equal("Πανεπιστημίου 30", mine.GetProperty("street").GetString());
    }

    [SkippableFact]
    public async Task Without_a_login_the_addresses_answer_401()
    {
        Fixture.EnsureAvailable();
        using var client = Fixture.Client();
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/me/addresses")).StatusCode);
    }

    [SkippableFact]
    public async Task The_twenty_first_address_is_refused_with_409()
    {
        Fixture.EnsureAvailable();
        using var client = await SignedInAsync();
        for (var i = 0; i < 20; i++)
        {
            await CreateAsync(client, "10557");
        }

        var problem = await (await client.PostAsJsonAsync("/api/v1/me/addresses", new { fullName = "Νίκος", street = "Οδός 1", city = "Αθήνα", postalCode = "10557" })).AssertProblem(409);
        Assert.Contains("20", problem.GetProperty("detail").GetString());
    }

    private async Task<HttpClient> SignedInAsync()
    {
        var (token, _) = await Fixture.NewAccountAsync("consumer");
        return Fixture.Client(token: token);
    }

    private static async Task<string> CreateAsync(HttpClient client, string postalCode)
    {
        var response = await client.PostAsJsonAsync("/api/v1/me/addresses", new { fullName = "Ελένη Παπαδοπούλου", street = "Πανεπιστημίου 30", city = "Αθήνα", postalCode });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Json()).GetProperty("id").GetString()!;
    }
}

public sealed class SqliteAddressApiTests(SqliteApiFixture fixture) : AddressApiTests<SqliteApiFixture>(fixture);

public sealed class MariaDbAddressApiTests(MariaDbApiFixture fixture) : AddressApiTests<MariaDbApiFixture>(fixture);
