using System.Net;
using System.Net.Http.Json;
using Dixis.Api.Tests.Infrastructure;

namespace Dixis.Api.Tests.Accounts;

/// <summary>Registration, bearer and cookie login, lockout.</summary>
public abstract class AccountApiTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : ApiFixture
{
    protected TFixture Fixture { get; } = fixture;

    [SkippableFact]
    public async Task A_consumer_registers_logs_in_with_a_bearer_token_and_sees_itself()
    {
        Fixture.EnsureAvailable();
        var (token, email) = await Fixture.NewAccountAsync("consumer");
        using var client = Fixture.Client(token: token);
        var me = await (await client.GetAsync("/api/v1/accounts/me")).Json();
        Assert.Equal(email, me.GetProperty("email").GetString());
        Assert.Equal(["consumer"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [SkippableFact]
    public async Task Cookie_login_sets_an_http_only_cookie_that_authenticates()
    {
        Fixture.EnsureAvailable();
        var (_, email) = await Fixture.NewAccountAsync("consumer");
        using var client = Fixture.Client();
        var login = await client.PostAsJsonAsync("/api/v1/accounts/login?useCookies=true", new { email, password = "Kalimera-2026!" });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        var cookie = Assert.Single(login.Headers.GetValues("Set-Cookie"), c => c.StartsWith("dixis.auth=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/accounts/me")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync("/api/v1/accounts/logout", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/accounts/me")).StatusCode);
    }

    [SkippableFact]
    public async Task A_business_account_needs_a_valid_afm()
    {
        Fixture.EnsureAvailable();
        using var client = Fixture.Client();
        var bad = await client.PostAsJsonAsync("/api/v1/accounts/register",
            new { email = $"b-{Guid.NewGuid():N}@example.gr", password = "Kalimera-2026!", displayName = "Ταβέρνα", accountType = "business", afm = "123456789" });
        var problem = await bad.AssertProblem(400);
        Assert.Contains("ΑΦΜ", problem.GetProperty("errors").GetProperty("afm")[0].GetString());

        var (token, _) = await Fixture.NewAccountAsync("business", afm: "094014201");
        using var business = Fixture.Client(token: token);
        var me = await (await business.GetAsync("/api/v1/accounts/me")).Json();
        Assert.Equal("094014201", me.GetProperty("afm").GetString());
    }

    [SkippableTheory]
    [InlineData("not-an-email", "Kalimera-2026!", "consumer", "email")]
    [InlineData("ok@example.gr", "short", "consumer", "password")]
    [InlineData("ok@example.gr", "alllowercase-but-long", "consumer", "password")]
    [InlineData("ok@example.gr", "Kalimera-2026!", "superuser", "accountType")]
    [InlineData("ok@example.gr", "Kalimera-2026!", "admin", "accountType")]
    public async Task Registration_refuses_bad_input(string email, string password, string accountType, string field)
    {
        Fixture.EnsureAvailable();
        using var client = Fixture.Client();
        var response = await client.PostAsJsonAsync("/api/v1/accounts/register", new { email, password, displayName = "Χρήστης", accountType });
        var problem = await response.AssertProblem(400);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [SkippableFact]
    public async Task The_same_email_cannot_register_twice()
    {
        Fixture.EnsureAvailable();
        var (_, email) = await Fixture.NewAccountAsync("consumer");
        using var client = Fixture.Client("en");
        var again = await client.PostAsJsonAsync("/api/v1/accounts/register", new { email, password = "Kalimera-2026!", displayName = "Again", accountType = "consumer" });
        var problem = await again.AssertProblem(400);
        Assert.Equal("An account with this email already exists.", problem.GetProperty("errors").GetProperty("email")[0].GetString());
    }

    [SkippableFact]
    public async Task Five_wrong_passwords_lock_the_account_even_for_the_right_one()
    {
        Fixture.EnsureAvailable();
        var (_, email) = await Fixture.NewAccountAsync("consumer");
        using var client = Fixture.Client();
        for (var i = 0; i < 4; i++)
        {
            await (await client.PostAsJsonAsync("/api/v1/accounts/login", new { email, password = "Wrong-password-1" })).AssertProblem(401);
        }

        await (await client.PostAsJsonAsync("/api/v1/accounts/login", new { email, password = "Wrong-password-1" })).AssertProblem(423);
        var locked = await (await client.PostAsJsonAsync("/api/v1/accounts/login", new { email, password = "Kalimera-2026!" })).AssertProblem(423);
        Assert.Contains("κλειδώθηκε", locked.GetProperty("title").GetString());
    }

    [SkippableFact]
    public async Task Me_without_credentials_or_with_a_forged_token_is_401()
    {
        Fixture.EnsureAvailable();
        using var anonymous = Fixture.Client();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/accounts/me")).StatusCode);
        using var forged = Fixture.Client(token: "CfDJ8forged-token-that-was-never-issued");
        Assert.Equal(HttpStatusCode.Unauthorized, (await forged.GetAsync("/api/v1/accounts/me")).StatusCode);
    }
}

public sealed class SqliteAccountApiTests(SqliteApiFixture fixture) : AccountApiTests<SqliteApiFixture>(fixture);

public sealed class MariaDbAccountApiTests(MariaDbApiFixture fixture) : AccountApiTests<MariaDbApiFixture>(fixture);
