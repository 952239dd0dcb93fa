using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OtpNet;
using static Microsoft.Playwright.Assertions;

namespace Dixis.E2E;

/// <summary>
/// Admins must use two-factor authentication. The seeded admin is enrolled once per storefront through the API (as a
/// person would with an authenticator app), then logs in through the browser's form with a code. Codes come from
/// Otp.NET, independent of the implementation under test.
/// </summary>
public static class AdminLogin
{
    public const string Email = "admin@dixis.local";

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static readonly Dictionary<string, string> KeysByStorefront = [];

    /// <summary>Logs the page in as the admin and lands on <paramref name="returnUrl"/>.</summary>
    public static async Task LoginAsync(IPage page, StorefrontFixture storefront, string returnUrl = "/admin")
    {
        var key = await EnrolAsync(storefront);
        await page.GotoAsync("/account/login?returnUrl=" + Uri.EscapeDataString(returnUrl));
        await page.GetByLabel("Email").FillAsync(Email);
        await page.GetByLabel("Κωδικός", new() { Exact = true }).FillAsync(StorefrontFixture.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Σύνδεση" }).ClickAsync();
        // Two-factor is on: the form asks for the code (and the password again: it is never written back into the page).
        await page.GetByLabel("Κωδικός", new() { Exact = true }).FillAsync(StorefrontFixture.AdminPassword);
        await page.GetByLabel("Κωδικός επαλήθευσης").FillAsync(Code(key));
        await page.GetByRole(AriaRole.Button, new() { Name = "Σύνδεση" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(returnUrl) + "$"));
    }

    private static async Task<string> EnrolAsync(StorefrontFixture storefront)
    {
        await Gate.WaitAsync();
        try
        {
            if (KeysByStorefront.TryGetValue(storefront.BaseUrl, out var known))
            {
                return known;
            }

            using var http = new HttpClient { BaseAddress = new Uri(storefront.BaseUrl), Timeout = TimeSpan.FromSeconds(30) };
            using var login = await http.PostAsJsonAsync("/api/v1/accounts/login", new { email = Email, password = StorefrontFixture.AdminPassword });
            login.EnsureSuccessStatusCode();
            var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var setup = await http.PostAsync("/api/v1/me/2fa/setup", null);
            setup.EnsureSuccessStatusCode();
            var key = (await setup.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("sharedKey").GetString()!.Replace(" ", "", StringComparison.Ordinal);
            using var enable = await http.PostAsJsonAsync("/api/v1/me/2fa/enable", new { code = Code(key) });
            enable.EnsureSuccessStatusCode();
            KeysByStorefront[storefront.BaseUrl] = key;
            return key;
        }
        finally
        {
            Gate.Release();
        }
    }

    private static string Code(string base32Key) => new Totp(Base32Encoding.ToBytes(base32Key)).ComputeTotp();
}
