using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Dixis.Web.Tests;

/// <summary>The storefront's cookie session ends when the account's sessions are revoked elsewhere (embedded mode).</summary>
public sealed class StorefrontSessionRevocationTests(StorefrontFixture fixture) : IClassFixture<StorefrontFixture>
{
    [Fact]
    public async Task Signing_out_everywhere_from_another_device_signs_the_storefront_out()
    {
        using var browser = fixture.CreateClient();
        var email = AccountForms.NewEmail();
        await AccountForms.RegisterAsync(browser, "consumer", "Συνεδρία Δοκιμής", email, null);
        Assert.Contains("Συνδεθήκατε ως <strong>Συνεδρία Δοκιμής</strong>", await browser.GetStringAsync("/"));

        using var phone = fixture.CreateClient();
        using var login = await phone.PostAsJsonAsync("/api/v1/accounts/login", new { email, password = AccountForms.Password });
        login.EnsureSuccessStatusCode();
        phone.DefaultRequestHeaders.Authorization = new("Bearer", (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString());
        Assert.Equal(HttpStatusCode.NoContent, (await phone.PostAsync("/api/v1/me/sessions/revoke", null)).StatusCode);

        Assert.DoesNotContain("Συνδεθήκατε ως", await browser.GetStringAsync("/"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await phone.GetAsync("/api/v1/accounts/me")).StatusCode);
    }
}
