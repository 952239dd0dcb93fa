using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using OtpNet;

namespace Dixis.Web.Tests;

/// <summary>Antiforgery on every form, safe flags on every cookie, the CSP without a proxy, and the log-in form's two-factor step.</summary>
public sealed partial class StorefrontSecurityTests(StorefrontFixture fixture) : IClassFixture<StorefrontFixture>
{
    [Theory]
    [InlineData("/account/login", "login")]
    [InlineData("/account/register", "register")]
    [InlineData("/account/logout", null)]
    public async Task A_form_post_without_the_antiforgery_token_is_refused(string path, string? formName)
    {
        using var client = fixture.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await client.GetStringAsync(formName is null ? "/" : path);
        var fields = new Dictionary<string, string>
        {
            ["Input.Email"] = AccountForms.NewEmail(),
            ["Input.Password"] = AccountForms.Password,
            ["Input.DisplayName"] = "Χωρίς Διακριτικό",
            ["Input.AccountType"] = "consumer",
        };
        if (formName is not null)
        {
            fields["_handler"] = formName;
        }

        using var response = await client.PostAsync(path, new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("dixis.auth", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Every_cookie_of_the_main_journeys_is_httponly_samesite_and_secure_over_https()
    {
        var recorder = new SetCookieRecorder();
        using var client = fixture.CreateDefaultClient(new Uri("https://localhost"), new CookieContainerHandler(), recorder);
        await client.GetStringAsync("/");
        await client.GetAsync("/culture?lang=en&returnUrl=/");
        await client.GetStringAsync("/search?q=meli");
        var email = AccountForms.NewEmail();
        using (var registered = await AccountForms.RegisterAsync(client, "consumer", "Ασφαλής Πελάτης", email, null))
        {
            Assert.True(registered.IsSuccessStatusCode || registered.StatusCode == HttpStatusCode.Redirect);
        }

        await PageHtml.PostFormAsync(client, "/", "logout", new Dictionary<string, string>(), "/account/logout");
        await AccountForms.LoginAsync(client, email, AccountForms.Password);
        var guestRecorder = new SetCookieRecorder();
        using (var guest = fixture.CreateDefaultClient(new Uri("https://localhost"), new CookieContainerHandler(), guestRecorder))
        {
            var products = await guest.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/products?pageSize=1");
            var productId = products.GetProperty("items")[0].GetProperty("id").GetString();
            await guest.PostAsJsonAsync("/api/v1/cart/items", new { productId, quantity = 1 });
        }

        var cookies = recorder.Cookies.Concat(guestRecorder.Cookies).ToList();
        var names = cookies.Select(c => c.Split('=')[0]).Distinct().ToList();
        Assert.Contains("dixis_cart", names);
        Assert.Contains("dixis.auth", names);
        Assert.Contains(names, n => n.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        Assert.Contains(".AspNetCore.Culture", names);
        foreach (var cookie in cookies)
        {
            var attributes = cookie.ToLowerInvariant();
            Assert.True(attributes.Contains("; httponly", StringComparison.Ordinal), $"not HttpOnly: {cookie}");
            Assert.True(attributes.Contains("; secure", StringComparison.Ordinal), $"not Secure over HTTPS: {cookie}");
            Assert.True(SameSite().IsMatch(attributes), $"no SameSite lax or strict: {cookie}");
        }
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/account/login")]
    [InlineData("/api/v1/products?pageSize=1")]
    [InlineData("/api/v1/nothing-here")]
    public async Task The_csp_allows_no_inline_script_on_pages_and_the_api(string path)
    {
        using var client = fixture.CreateClient();
        using var response = await client.GetAsync(path);
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        if (response.Content.Headers.ContentType?.MediaType == "text/html")
        {
            Assert.Empty(PageHtml.InlineCode(await response.Content.ReadAsStringAsync()));
        }
    }

    [GeneratedRegex("; samesite=(lax|strict)")]
    private static partial Regex SameSite();

    /// <summary>Keeps every Set-Cookie header the app answers.</summary>
    private sealed class SetCookieRecorder : DelegatingHandler
    {
        public List<string> Cookies { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (response.Headers.TryGetValues("Set-Cookie", out var values))
            {
                lock (Cookies)
                {
                    Cookies.AddRange(values);
                }
            }

            return response;
        }
    }
}

/// <summary>The log-in form's two-factor step (a fixture of its own: the account forms are rate-limited per address).</summary>
public sealed class StorefrontTwoFactorLoginTests(StorefrontFixture fixture) : IClassFixture<StorefrontFixture>
{
    [Fact]
    public async Task With_two_factor_on_the_login_form_asks_for_the_code_and_signs_in_with_it()
    {
        using var client = fixture.CreateClient();
        var email = AccountForms.NewEmail();
        await AccountForms.RegisterAsync(client, "consumer", "Δύο Βήματα", email, null);

        // The storefront's session cookie also signs the embedded API's requests.
        var setup = await (await client.PostAsync("/api/v1/me/2fa/setup", null)).Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        var key = Base32Encoding.ToBytes(setup.GetProperty("sharedKey").GetString()!.Replace(" ", string.Empty, StringComparison.Ordinal));
        using (var enabled = await client.PostAsJsonAsync("/api/v1/me/2fa/enable", new { code = new Totp(key).ComputeTotp() }))
        {
            Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        }

        await PageHtml.PostFormAsync(client, "/", "logout", new Dictionary<string, string>(), "/account/logout");
        using var asked = await AccountForms.LoginAsync(client, email, AccountForms.Password);
        var html = await asked.Content.ReadAsStringAsync();
        Assert.Contains("id=\"code\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Συνδεθήκατε ως", html, StringComparison.Ordinal);
        Assert.DoesNotContain(AccountForms.Password, html, StringComparison.Ordinal);

        using var signedIn = await PageHtml.PostFormAsync(client, "/account/login", "login", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = AccountForms.Password,
            ["Input.Code"] = new Totp(key).ComputeTotp(),
        });
        Assert.Contains("Συνδεθήκατε ως <strong>Δύο Βήματα</strong>", await client.GetStringAsync("/"), StringComparison.Ordinal);
    }
}
