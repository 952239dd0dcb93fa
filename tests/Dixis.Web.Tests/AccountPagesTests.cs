using System.Net;

namespace Dixis.Web.Tests;

/// <summary>The register and log-in forms posted without JavaScript (embedded mode: the account API in-process).</summary>
public sealed class AccountPagesTests(StorefrontFixture fixture) : IClassFixture<StorefrontFixture>
{
    [Fact]
    public async Task A_business_with_a_bad_afm_is_refused_in_greek_and_the_password_is_not_echoed()
    {
        using var client = fixture.CreateClient();
        using var response = await AccountForms.RegisterAsync(client, "business", "Παντοπωλείο", AccountForms.NewEmail(), "123456789");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<p class=\"field-error\" id=\"afm-error\">Ο ΑΦΜ δεν είναι έγκυρος (λάθος ψηφίο ελέγχου).</p>", html);
        Assert.DoesNotContain(AccountForms.Password, html);
    }

    [Fact]
    public async Task Register_signs_in_and_the_header_shows_the_account_then_logout_ends_it()
    {
        using var client = fixture.CreateClient();
        using var registered = await AccountForms.RegisterAsync(client, "consumer", "Νίκος Δοκιμαστής", AccountForms.NewEmail(), null);
        Assert.Contains("Συνδεθήκατε ως <strong>Νίκος Δοκιμαστής</strong>", await registered.Content.ReadAsStringAsync());

        using var logout = await PageHtml.PostFormAsync(client, "/", "logout", new Dictionary<string, string>(), "/account/logout");
        Assert.DoesNotContain("Συνδεθήκατε ως", await client.GetStringAsync("/"));
    }

    [Fact]
    public async Task A_wrong_password_is_refused_in_greek()
    {
        using var client = fixture.CreateClient();
        using var response = await AccountForms.LoginAsync(client, "nobody@example.gr", "Wrong-Password-1!");
        Assert.Contains("Λάθος email ή κωδικός.", await response.Content.ReadAsStringAsync());
    }
}

/// <summary>The storefront's account forms, filled in as a shopper would.</summary>
public static class AccountForms
{
    public const string Password = "Meli-Kritis-2026!";

    public static string NewEmail() => $"web-{Guid.NewGuid():N}@example.gr";

    public static Task<HttpResponseMessage> RegisterAsync(HttpClient client, string type, string name, string email, string? afm) =>
        PageHtml.PostFormAsync(client, "/account/register", "register", new Dictionary<string, string>
        {
            ["Input.AccountType"] = type,
            ["Input.DisplayName"] = name,
            ["Input.Email"] = email,
            ["Input.Password"] = Password,
            ["Input.Afm"] = afm ?? "",
        });

    public static Task<HttpResponseMessage> LoginAsync(HttpClient client, string email, string password) =>
        PageHtml.PostFormAsync(client, "/account/login", "login", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
}
