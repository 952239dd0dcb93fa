using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dixis.E2E;

/// <summary>Registration (consumer, business with AFM) and log-in through the storefront's forms.</summary>
[Collection(StorefrontTests.Name)]
public sealed class AccountTests(StorefrontFixture storefront) : BrowserTest(storefront)
{
    private const string Password = "Meli-Kritis-2026!";

    [SkippableFact]
    [Trait("Category", "GreekMarket")]
    public Task An_invalid_afm_is_refused_with_a_greek_message() => RunAsync(async page =>
    {
        await page.GotoAsync("/account/register?type=business");
        await Expect(page.Locator("#type-business")).ToBeCheckedAsync();
        await page.GetByLabel("Ονοματεπώνυμο ή επωνυμία").FillAsync("Παντοπωλείο Δοκιμής");
        await page.GetByLabel("Email").FillAsync(UniqueEmail("afm"));
        await page.GetByLabel("Κωδικός").FillAsync(Password);
        await page.Locator("#afm").FillAsync("123456789");
        await page.GetByRole(AriaRole.Button, new() { Name = "Εγγραφή" }).ClickAsync();

        await Expect(page.Locator("#afm-error")).ToHaveTextAsync("Ο ΑΦΜ δεν είναι έγκυρος (λάθος ψηφίο ελέγχου).");
        await Expect(page.Locator("#afm")).ToHaveAttributeAsync("aria-describedby", "afm-error");
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Τα στοιχεία που στείλατε δεν είναι έγκυρα.");
        await Expect(page.Locator("#password")).ToHaveValueAsync("");
    });

    [SkippableFact]
    [Trait("Category", "GreekMarket")]
    public Task A_business_with_a_valid_afm_registers_and_is_signed_in() => RunAsync(async page =>
    {
        await page.GotoAsync("/account/register?type=business");
        await page.GetByLabel("Ονοματεπώνυμο ή επωνυμία").FillAsync("Ταβέρνα Το Μελίσσι");
        await page.GetByLabel("Email").FillAsync(UniqueEmail("business"));
        await page.GetByLabel("Κωδικός").FillAsync(Password);
        await page.Locator("#afm").FillAsync("090000045");
        await page.GetByRole(AriaRole.Button, new() { Name = "Εγγραφή" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/$"));
        await Expect(page.Locator(".signed-in")).ToContainTextAsync("Ταβέρνα Το Μελίσσι");
    });

    [SkippableFact]
    public Task Log_out_and_log_in_again_keeps_the_session_across_pages() => RunAsync(async page =>
    {
        var email = UniqueEmail("consumer");
        await page.GotoAsync("/account/register");
        await page.GetByLabel("Ονοματεπώνυμο ή επωνυμία").FillAsync("Ελένη Παπαδοπούλου");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Κωδικός").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Εγγραφή" }).ClickAsync();
        await Expect(page.Locator(".signed-in")).ToContainTextAsync("Ελένη Παπαδοπούλου");

        await page.GetByRole(AriaRole.Button, new() { Name = "Αποσύνδεση" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Σύνδεση", Exact = true })).ToBeVisibleAsync();

        await page.GotoAsync("/product/meli-thymarisio-kritis");
        await page.GetByRole(AriaRole.Link, new() { Name = "Σύνδεση", Exact = true }).ClickAsync();
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Κωδικός").FillAsync("wrong-Password-1!");
        await page.GetByRole(AriaRole.Button, new() { Name = "Σύνδεση" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Λάθος email ή κωδικός.");

        await page.GetByLabel("Κωδικός").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Σύνδεση" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/product/meli-thymarisio-kritis$"));
        await Expect(page.Locator(".signed-in")).ToContainTextAsync("Ελένη Παπαδοπούλου");
        await page.GotoAsync("/category/meli");
        await Expect(page.Locator(".signed-in")).ToContainTextAsync("Ελένη Παπαδοπούλου");
        var cookies = await page.Context.CookiesAsync();
        Assert.Contains(cookies, c => c.Name == "dixis.auth" && c.HttpOnly);
    });

    private static string UniqueEmail(string kind) => $"e2e-{kind}-{Guid.NewGuid():N}@example.gr";
}
