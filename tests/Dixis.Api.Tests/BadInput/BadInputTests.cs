using System.Net;
using System.Net.Http.Json;
using System.Text;
using Dixis.Api.Tests.Infrastructure;
using Dixis.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dixis.Api.Tests.BadInput;

/// <summary>Hostile or broken requests answer 4xx problem details, never 5xx, and change nothing.</summary>
public abstract class BadInputTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : ApiFixture
{
    protected TFixture Fixture { get; } = fixture;

    public static TheoryData<string> HostileQueries() =>
    [
        "/api/v1/products?page=0",
        "/api/v1/products?page=-5",
        "/api/v1/products?page=abc",
        "/api/v1/products?pageSize=1000",
        "/api/v1/products?minPrice=-1",
        "/api/v1/products?minPrice=10&maxPrice=2",
        "/api/v1/products?maxPrice=1e400",
        "/api/v1/products?sort=DROP%20TABLE",
        "/api/v1/products?pdo=maybe",
        "/api/v1/products?search=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        "/api/v1/products?search=meli%E2%80%8Bzero-width",
        "/api/v1/products?search=%E2%80%AEreversed",
        "/api/v1/products?search=" + new string('a', 300),
        "/api/v1/producers?pageSize=0",
        "/api/v1/greek/vat?rateClass=reduced&sellerPostalCode=%27%20OR%201%3D1&deliveryPostalCode=10557",
    ];

    [SkippableTheory]
    [MemberData(nameof(HostileQueries))]
    public async Task Hostile_query_strings_answer_400_problem_details(string url)
    {
        Fixture.EnsureAvailable();
        using var client = Fixture.Client();
        await (await client.GetAsync(url)).AssertProblem(400);
    }

    [SkippableTheory]
    [InlineData("' OR 1=1 --")]
    [InlineData("\"; DROP TABLE Products; --")]
    [InlineData("%_%")]
    [InlineData("ΜΈΛΙ' UNION SELECT * FROM AspNetUsers --")]
    public async Task Sql_like_search_text_is_only_text_and_changes_nothing(string search)
    {
        Fixture.EnsureAvailable();
        var before = await CountAsync();
        using var client = Fixture.Client();
        var response = await client.GetAsync("/api/v1/products?search=" + Uri.EscapeDataString(search));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Json();
        Assert.True(page.GetProperty("totalCount").GetInt32() < 80, "an injection must not widen the result");
        Assert.Equal(before, await CountAsync());
    }

    [SkippableTheory]
    [InlineData("{\"email\": ")]
    [InlineData("not json at all")]
    [InlineData("{\"email\": 12, \"password\": []}")]
    [InlineData("[1,2,3]")]
    public async Task Malformed_json_answers_400_and_creates_no_account(string body)
    {
        Fixture.EnsureAvailable();
        var users = await UserCountAsync();
        using var client = Fixture.Client("en");
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        var problem = await (await client.PostAsync("/api/v1/accounts/register", content)).AssertProblem(400);
        Assert.Equal("The request is not valid.", problem.GetProperty("title").GetString());
        Assert.Equal(users, await UserCountAsync());
    }

    [SkippableFact]
    public async Task Invalid_utf8_in_json_answers_400()
    {
        Fixture.EnsureAvailable();
        using var client = Fixture.Client();
        using var content = new ByteArrayContent([(byte)'{', (byte)'"', (byte)'e', (byte)'"', (byte)':', (byte)'"', 0xC3, 0x28, (byte)'"', (byte)'}']);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        await (await client.PostAsync("/api/v1/accounts/register", content)).AssertProblem(400);
    }

    [SkippableFact]
    public async Task Oversized_body_answers_413()
    {
        Fixture.EnsureAvailable();
        using var client = Fixture.Client();
        using var content = new StringContent("{\"email\":\"" + new string('x', 400_000) + "\"}", Encoding.UTF8, "application/json");
        await (await client.PostAsync("/api/v1/accounts/register", content)).AssertProblem(413);
    }

    [SkippableFact]
    public async Task Wrong_content_type_answers_415()
    {
        Fixture.EnsureAvailable();
        using var client = Fixture.Client();
        using var content = new StringContent("email=a@b.gr", Encoding.UTF8, "application/x-www-form-urlencoded");
        await (await client.PostAsync("/api/v1/accounts/register", content)).AssertProblem(415);
    }

    [SkippableFact]
    public async Task Control_and_bidi_characters_in_names_are_refused()
    {
        Fixture.EnsureAvailable();
        using var client = Fixture.Client();
        var response = await client.PostAsync("/api/v1/accounts/register", JsonContent.Create(new
        {
            email = $"x-{Guid.NewGuid():N}@example.gr",
            password = "Kalimera-2026!",
            displayName = "Admin\u202Enimda",
            accountType = "consumer",
        }));
        var problem = await response.AssertProblem(400);
        Assert.True(problem.GetProperty("errors").TryGetProperty("displayName", out _));
    }

    private async Task<int> CountAsync()
    {
        await using var scope = Fixture.Scope();
        return await scope.ServiceProvider.GetRequiredService<DixisDbContext>().Products.CountAsync();
    }

    private async Task<int> UserCountAsync()
    {
        await using var scope = Fixture.Scope();
        return await scope.ServiceProvider.GetRequiredService<DixisDbContext>().Users.CountAsync();
    }
}

public sealed class SqliteBadInputTests(SqliteApiFixture fixture) : BadInputTests<SqliteApiFixture>(fixture);

public sealed class MariaDbBadInputTests(MariaDbApiFixture fixture) : BadInputTests<MariaDbApiFixture>(fixture);
