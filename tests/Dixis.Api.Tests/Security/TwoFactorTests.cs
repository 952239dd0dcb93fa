using System.Net;
using System.Net.Http.Json;
using Dixis.Api.Tests.Infrastructure;
using Dixis.Infrastructure.Data.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Dixis.Api.Tests.Security;

/// <summary>Optional TOTP two-factor for everyone, required for admins before any admin endpoint answers.</summary>
public abstract class TwoFactorTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : ApiFixture
{
    private const string Password = "Kalimera-2026!";

    protected TFixture Fixture { get; } = fixture;

    [SkippableFact]
    public async Task Once_enabled_login_asks_for_the_code_and_takes_a_right_one_or_a_recovery_code_once()
    {
        Fixture.EnsureAvailable();
        var (token, email) = await Fixture.NewAccountAsync("consumer");
        var (key, recoveryCodes) = await Fixture.EnableTwoFactorAsync(token);
        Assert.Equal(10, recoveryCodes.Length);
        using var client = Fixture.Client("en");

        var withoutCode = await client.PostAsJsonAsync("/api/v1/accounts/login", new { email, password = Password });
        var asked = await withoutCode.AssertProblem(401);
        Assert.Equal("https://dixis.gr/problems/two-factor-required", asked.GetProperty("type").GetString());
        Assert.False((await withoutCode.Content.ReadAsStringAsync()).Contains("accessToken", StringComparison.Ordinal));

        var stale = await (await client.PostAsJsonAsync("/api/v1/accounts/login", new { email, password = Password, twoFactorCode = TwoFactorSession.StaleCode(key) })).AssertProblem(401);
        Assert.Equal("The verification code is not correct.", stale.GetProperty("detail").GetString());
        await (await client.PostAsJsonAsync("/api/v1/accounts/login", new { email, password = "Wrong-Password-1!", twoFactorCode = TwoFactorSession.Code(key) })).AssertProblem(401);

        Assert.False(string.IsNullOrEmpty(await Fixture.LoginWithCodeAsync(email, Password, TwoFactorSession.Code(key))));

        var recovery = await client.PostAsJsonAsync("/api/v1/accounts/login", new { email, password = Password, twoFactorRecoveryCode = recoveryCodes[0] });
        Assert.Equal(HttpStatusCode.OK, recovery.StatusCode);
        await (await client.PostAsJsonAsync("/api/v1/accounts/login", new { email, password = Password, twoFactorRecoveryCode = recoveryCodes[0] })).AssertProblem(401);

        // Turning two-factor on ended the session opened with the password alone.
        using (var before = Fixture.Client("en", token))
        {
            await (await before.GetAsync("/api/v1/me/2fa")).AssertProblem(401);
        }

        using var me = Fixture.Client("en", await Fixture.LoginWithCodeAsync(email, Password, TwoFactorSession.Code(key)));
        var status = await (await me.GetAsync("/api/v1/me/2fa")).Json();
        Assert.True(status.GetProperty("enabled").GetBoolean());
        Assert.Equal(9, status.GetProperty("recoveryCodesLeft").GetInt32());
        Assert.False(status.GetProperty("required").GetBoolean());
    }

    [SkippableFact]
    public async Task Setup_returns_an_otpauth_uri_and_enabling_needs_a_right_code()
    {
        Fixture.EnsureAvailable();
        var (token, email) = await Fixture.NewAccountAsync("consumer");
        using var client = Fixture.Client("en", token);
        await (await client.PostAsJsonAsync("/api/v1/me/2fa/enable", new { code = "123456" })).AssertProblem(409);

        var setup = await (await client.PostAsync("/api/v1/me/2fa/setup", null)).Json();
        var key = setup.GetProperty("sharedKey").GetString()!.Replace(" ", string.Empty, StringComparison.Ordinal);
        var uri = setup.GetProperty("authenticatorUri").GetString()!;
        Assert.StartsWith("otpauth://totp/Dixis%3A", uri);
        Assert.Contains($"secret={key}", uri);
        Assert.Contains(Uri.EscapeDataString(email), uri);

        foreach (var wrong in new[] { TwoFactorSession.StaleCode(key), "abcdef", "", "1234567", "12345" })
        {
            var problem = await (await client.PostAsJsonAsync("/api/v1/me/2fa/enable", new { code = wrong })).AssertProblem(400);
            Assert.True(problem.GetProperty("errors").TryGetProperty("code", out _));
        }

        // Spaces between the groups of digits are fine, as apps show them.
        var code = TwoFactorSession.Code(key);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/api/v1/me/2fa/enable", new { code = code[..3] + " " + code[3..] })).StatusCode);
        await (await client.PostAsync("/api/v1/me/2fa/setup", null)).AssertProblem(401);
        using var signedIn = Fixture.Client("en", await Fixture.LoginWithCodeAsync(email, Password, TwoFactorSession.Code(key)));
        await (await signedIn.PostAsync("/api/v1/me/2fa/setup", null)).AssertProblem(409);
        await (await signedIn.PostAsJsonAsync("/api/v1/me/2fa/enable", new { code })).AssertProblem(409);

        var renewed = await (await signedIn.PostAsJsonAsync("/api/v1/me/2fa/recovery-codes", new { code = TwoFactorSession.Code(key) })).Json();
        Assert.Equal(10, renewed.GetProperty("recoveryCodes").GetArrayLength());
    }

    [SkippableFact]
    public async Task Disabling_needs_the_password_and_a_code_then_login_asks_for_no_code()
    {
        Fixture.EnsureAvailable();
        var (token, email) = await Fixture.NewAccountAsync("consumer");
        var (key, _) = await Fixture.EnableTwoFactorAsync(token);
        using var client = Fixture.Client("en", await Fixture.LoginWithCodeAsync(email, Password, TwoFactorSession.Code(key)));

        var wrongPassword = await (await client.PostAsJsonAsync("/api/v1/me/2fa/disable", new { password = "Not-The-One-1!", code = TwoFactorSession.Code(key) })).AssertProblem(400);
        Assert.True(wrongPassword.GetProperty("errors").TryGetProperty("password", out _));
        var wrongCode = await (await client.PostAsJsonAsync("/api/v1/me/2fa/disable", new { password = Password, code = TwoFactorSession.StaleCode(key) })).AssertProblem(400);
        Assert.True(wrongCode.GetProperty("errors").TryGetProperty("code", out _));

        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsJsonAsync("/api/v1/me/2fa/disable", new { password = Password, code = TwoFactorSession.Code(key) })).StatusCode);
        // Turning it off ends the sessions opened before; the password alone signs in again.
        await (await client.GetAsync("/api/v1/me/2fa")).AssertProblem(401);
        using var again = Fixture.Client("en", await Fixture.LoginAsync(email, Password));
        await (await again.PostAsJsonAsync("/api/v1/me/2fa/disable", new { password = Password, code = TwoFactorSession.Code(key) })).AssertProblem(409);
    }

    [SkippableFact]
    public async Task An_admin_without_two_factor_reaches_only_enrolment_and_logout()
    {
        Fixture.EnsureAvailable();
        var email = $"admin-{Guid.NewGuid():N}@example.gr";
        await using (var scope = Fixture.Scope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<DixisUser>>();
            var admin = new DixisUser { UserName = email, Email = email, DisplayName = "Διαχειριστής", CreatedAt = DateTimeOffset.UtcNow };
            Assert.True((await users.CreateAsync(admin, Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(admin, Roles.Admin)).Succeeded);
        }

        var token = await Fixture.LoginAsync(email, Password);
        using var client = Fixture.Client("en", token);
        foreach (var path in new[] { "/api/v1/admin/producers", "/api/v1/admin/products", "/api/v1/admin/orders", "/api/v1/admin/settlements?month=2026-01" })
        {
            var problem = await (await client.GetAsync(path)).AssertProblem(403);
            Assert.Equal("https://dixis.gr/problems/two-factor-required", problem.GetProperty("type").GetString());
            Assert.Equal("Administrators must turn on two-factor authentication first.", problem.GetProperty("title").GetString());
        }

        await (await client.PostAsync($"/api/v1/admin/producers/{Guid.NewGuid()}/approve", null)).AssertProblem(403);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/admin/jobs")).StatusCode);
        Assert.True((await (await client.GetAsync("/api/v1/me/2fa")).Json()).GetProperty("required").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/accounts/me")).StatusCode);

        var (key, _) = await Fixture.EnableTwoFactorAsync(token);
        // Enabling ends the password-only session; the admin logs in again with a code and is let in at once.
        await (await client.GetAsync("/api/v1/admin/producers")).AssertProblem(401);
        using var enrolled = Fixture.Client("en", await Fixture.LoginWithCodeAsync(email, Password, TwoFactorSession.Code(key)));
        Assert.Equal(HttpStatusCode.OK, (await enrolled.GetAsync("/api/v1/admin/producers")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await enrolled.PostAsync("/api/v1/accounts/logout", null)).StatusCode);
    }

    [SkippableFact]
    public async Task Two_factor_endpoints_need_a_session()
    {
        Fixture.EnsureAvailable();
        using var anonymous = Fixture.Client();
        await (await anonymous.PostAsync("/api/v1/me/2fa/setup", null)).AssertProblem(401);
        await (await anonymous.PostAsJsonAsync("/api/v1/me/2fa/enable", new { code = "123456" })).AssertProblem(401);
        await (await anonymous.PostAsJsonAsync("/api/v1/me/2fa/disable", new { password = "x", code = "123456" })).AssertProblem(401);
    }
}

public sealed class SqliteTwoFactorTests(SqliteApiFixture fixture) : TwoFactorTests<SqliteApiFixture>(fixture);

public sealed class MariaDbTwoFactorTests(MariaDbApiFixture fixture) : TwoFactorTests<MariaDbApiFixture>(fixture);
