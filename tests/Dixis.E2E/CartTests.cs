using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dixis.E2E;

/// <summary>The guest cart in a real browser: kept across a reload (the dixis_cart cookie) and merged into the account at registration.</summary>
[Collection(StorefrontTests.Name)]
public sealed class CartTests(StorefrontFixture storefront) : BrowserTest(storefront)
{
    [SkippableFact]
    public Task A_guest_cart_survives_a_reload_and_is_merged_when_the_guest_registers() => RunAsync(async page =>
    {
        await ShopJourney.AddToCartAsync(page, ShopJourney.Honey, 2);
        await Expect(page.Locator(".cart-count")).ToHaveTextAsync("2");
        await Expect(page.Locator(".cart-item")).ToContainTextAsync("Μέλι Θυμαρίσιο Κρήτης");

        await page.ReloadAsync();
        await Expect(page.Locator(".cart-item")).ToContainTextAsync("Μέλι Θυμαρίσιο Κρήτης");
        var cookies = await page.Context.CookiesAsync();
        Assert.Contains(cookies, c => c.Name == "dixis_cart" && c.HttpOnly);

        await page.GetByLabel("Ποσότητα για Μέλι Θυμαρίσιο Κρήτης").FillAsync("3");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ενημέρωση" }).ClickAsync();
        await Expect(page.Locator(".cart-count")).ToHaveTextAsync("3");

        await ShopJourney.RegisterAsync(page, "Ελένη Παπαδοπούλου");
        await Expect(page.Locator(".cart-count")).ToHaveTextAsync("3");
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Καλάθι") }).ClickAsync();
        await Expect(page.Locator(".cart-item")).ToContainTextAsync("Μέλι Θυμαρίσιο Κρήτης");
        Assert.DoesNotContain(await page.Context.CookiesAsync(), c => c.Name == "dixis_cart");

        await page.GetByRole(AriaRole.Button, new() { Name = "Αφαίρεση Μέλι Θυμαρίσιο Κρήτης" }).ClickAsync();
        await Expect(page.GetByText("Το καλάθι σας είναι άδειο.")).ToBeVisibleAsync();
    });
}
