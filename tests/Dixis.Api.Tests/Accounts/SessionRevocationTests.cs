using System.Net;
using System.Net.Http.Json;
using Dixis.Api.Tests.Gdpr;
using Dixis.Api.Tests.Infrastructure;
using Dixis.Api.Tests.Orders;
using Dixis.Domain.Vat;

namespace Dixis.Api.Tests.Accounts;

/// <summary>
/// Sessions end when the account says so: a bearer token or cookie issued before erasure, a password change, a
/// two-factor change or "sign out everywhere" no longer reaches the account on any endpoint (401 where a session is
/// needed, anonymous where it is not), while a fresh log-in works.
/// </summary>
public abstract class SessionRevocationTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : ApiFixture
{
    private const string NewPassword = "Kalinixta-2027?";

    protected TFixture Fixture { get; } = fixture;

    [SkippableFact]
    public async Task Tokens_and_cookies_taken_before_erasure_reach_nothing_of_the_account()
    {
        Fixture.EnsureAvailable();
        var person = await GdprTestKit.NewPersonAsync(Fixture);
        using var old = Fixture.Client("en", person.Token);
        (await old.PutAsJsonAsync("/api/v1/me/consents", new { analytics = true, marketing = true })).EnsureSuccessStatusCode();
        await FillCartAsync(old);
        using var browser = await CookieSessionAsync(person.Email, person.Password);
        await AssertSignedInAsync(old, browser);

        using var erasing = Fixture.Client("en", await Fixture.LoginAsync(person.Email, person.Password));
        using (var erase = new HttpRequestMessage(HttpMethod.Delete, "/api/v1/me") { Content = JsonContent.Create(new { password = person.Password }) })
        {
            Assert.Equal(HttpStatusCode.NoContent, (await erasing.SendAsync(erase)).StatusCode);
        }

        // The stale cookie's first request deletes it.
        using (var first = await browser.GetAsync("/api/v1/accounts/me"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, first.StatusCode);
            Assert.Contains(first.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith("dixis.auth=;", StringComparison.Ordinal) && c.Contains("1970", StringComparison.Ordinal));
        }

        await AssertSessionEndedAsync(old);
        await AssertSessionEndedAsync(browser);
        // Endpoints open to visitors answer as to a visitor: not the erased person's cart or consent choices.
        var consents = await (await old.GetAsync("/api/v1/me/consents")).Json();
        Assert.False(consents.GetProperty("decided").GetBoolean());
        await (await old.PostAsync("/api/v1/me/export", null)).AssertProblem(401);
        await (await old.GetAsync("/api/v1/me/2fa")).AssertProblem(401);
    }

    [SkippableFact]
    public async Task A_password_change_ends_every_other_session_and_keeps_the_browser_that_made_it()
    {
        Fixture.EnsureAvailable();
        var person = await GdprTestKit.NewPersonAsync(Fixture);
        using var phone = Fixture.Client("en", person.Token);
        await FillCartAsync(phone);
        using var otherBrowser = await CookieSessionAsync(person.Email, person.Password);
        using var browser = await CookieSessionAsync(person.Email, person.Password);

        // A wrong current password or a weak new one changes nothing.
        var wrong = await (await browser.PostAsJsonAsync("/api/v1/me/password", new { currentPassword = "Not-The-One-1!", newPassword = NewPassword })).AssertProblem(400);
        Assert.True(wrong.GetProperty("errors").TryGetProperty("currentPassword", out _));
        var weak = await (await browser.PostAsJsonAsync("/api/v1/me/password", new { currentPassword = person.Password, newPassword = "short" })).AssertProblem(400);
        Assert.True(weak.GetProperty("errors").TryGetProperty("newPassword", out _));
        await AssertSignedInAsync(phone, otherBrowser, browser);

        Assert.Equal(HttpStatusCode.NoContent, (await browser.PostAsJsonAsync("/api/v1/me/password", new { currentPassword = person.Password, newPassword = NewPassword })).StatusCode);

        await AssertSessionEndedAsync(phone);
        await AssertSessionEndedAsync(otherBrowser);
        await AssertSignedInAsync(browser);
        using (var login = Fixture.Client())
        {
            await (await login.PostAsJsonAsync("/api/v1/accounts/login", new { email = person.Email, password = person.Password })).AssertProblem(401);
        }

        using var fresh = Fixture.Client("en", await Fixture.LoginAsync(person.Email, NewPassword));
        await AssertSignedInAsync(fresh);
        Assert.Equal(1, (await (await fresh.GetAsync("/api/v1/cart")).Json()).GetProperty("itemCount").GetInt32());

        // Changed with a bearer token, the token that made the change ends too: the client logs in again.
        Assert.Equal(HttpStatusCode.NoContent, (await fresh.PostAsJsonAsync("/api/v1/me/password", new { currentPassword = NewPassword, newPassword = person.Password })).StatusCode);
        await AssertSessionEndedAsync(fresh);
        await AssertSessionEndedAsync(browser);
        using var again = Fixture.Client("en", await Fixture.LoginAsync(person.Email, person.Password));
        await AssertSignedInAsync(again);
    }

    [SkippableFact]
    public async Task Sign_out_everywhere_ends_every_token_and_cookie_of_the_account_only()
    {
        Fixture.EnsureAvailable();
        var person = await GdprTestKit.NewPersonAsync(Fixture);
        var someoneElse = await GdprTestKit.NewPersonAsync(Fixture);
        using var phone = Fixture.Client("en", person.Token);
        using var laptop = Fixture.Client("en", await Fixture.LoginAsync(person.Email, person.Password));
        using var browser = await CookieSessionAsync(person.Email, person.Password);
        using var other = Fixture.Client("en", someoneElse.Token);

        using var revoked = await browser.PostAsync("/api/v1/me/sessions/revoke", null);
        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);

        await AssertSessionEndedAsync(phone);
        await AssertSessionEndedAsync(laptop);
        await AssertSessionEndedAsync(browser);
        await AssertSignedInAsync(other);
        using var fresh = Fixture.Client("en", await Fixture.LoginAsync(person.Email, person.Password));
        await AssertSignedInAsync(fresh);
    }

    [SkippableFact]
    public async Task Turning_two_factor_on_or_off_ends_the_sessions_opened_before_but_setting_it_up_does_not()
    {
        Fixture.EnsureAvailable();
        var person = await GdprTestKit.NewPersonAsync(Fixture);
        using var phone = Fixture.Client("en", person.Token);
        using var browser = await CookieSessionAsync(person.Email, person.Password);

        var setup = await (await browser.PostAsync("/api/v1/me/2fa/setup", null)).Json();
        var key = setup.GetProperty("sharedKey").GetString()!.Replace(" ", string.Empty, StringComparison.Ordinal);
        await AssertSignedInAsync(phone, browser);

        using (var enabled = await browser.PostAsJsonAsync("/api/v1/me/2fa/enable", new { code = TwoFactorSession.Code(key) }))
        {
            Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        }

        // The password-only session on the phone ends; the browser that turned it on is signed in again.
        await AssertSessionEndedAsync(phone);
        await AssertSignedInAsync(browser);

        using var withCode = Fixture.Client("en", await Fixture.LoginWithCodeAsync(person.Email, person.Password, TwoFactorSession.Code(key)));
        Assert.Equal(HttpStatusCode.NoContent, (await withCode.PostAsJsonAsync("/api/v1/me/2fa/disable", new { password = person.Password, code = TwoFactorSession.Code(key) })).StatusCode);
        await AssertSessionEndedAsync(withCode);
        await AssertSessionEndedAsync(browser);
        using var fresh = Fixture.Client("en", await Fixture.LoginAsync(person.Email, person.Password));
        await AssertSignedInAsync(fresh);
    }

    /// <summary>A client holding the <c>dixis.auth</c> cookie of a log-in, as a browser would.</summary>
    private async Task<HttpClient> CookieSessionAsync(string email, string password)
    {
        var client = Fixture.Client("en");
        using var login = await client.PostAsJsonAsync("/api/v1/accounts/login?useCookies=true", new { email, password });
        Assert.True(login.IsSuccessStatusCode, await login.Content.ReadAsStringAsync());
        return client;
    }

    private async Task FillCartAsync(HttpClient client)
    {
        var (_, ids) = await OrderTestData.ProducerAsync(Fixture, "24100", null, new TestProduct("Θυμαρίσιο μέλι", 9.50m, VatRateClass.Reduced, 100));
        await OrderTestData.FillCartAsync(client, (ids[0], 1));
    }

    private static async Task AssertSignedInAsync(params HttpClient[] clients)
    {
        foreach (var client in clients)
        {
            using var me = await client.GetAsync("/api/v1/accounts/me");
            Assert.True(me.StatusCode == HttpStatusCode.OK, $"expected a live session, got {(int)me.StatusCode}");
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/me/addresses")).StatusCode);
        }
    }

    /// <summary>Every endpoint that needs a session answers 401; the cart is a visitor's (empty), not the account's.</summary>
    private static async Task AssertSessionEndedAsync(HttpClient client)
    {
        await (await client.GetAsync("/api/v1/accounts/me")).AssertProblem(401);
        await (await client.GetAsync("/api/v1/me/addresses")).AssertProblem(401);
        await (await client.PostAsJsonAsync("/api/v1/me/addresses", new { fullName = "Κανείς", street = "Οδός 1", city = "Αθήνα", postalCode = "10557" })).AssertProblem(401);
        Assert.Equal(0, (await (await client.GetAsync("/api/v1/cart")).Json()).GetProperty("itemCount").GetInt32());
    }
}

public sealed class SqliteSessionRevocationTests(SqliteApiFixture fixture) : SessionRevocationTests<SqliteApiFixture>(fixture);

public sealed class MariaDbSessionRevocationTests(MariaDbApiFixture fixture) : SessionRevocationTests<MariaDbApiFixture>(fixture);
