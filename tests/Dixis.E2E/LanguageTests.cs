using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dixis.E2E;

/// <summary>Greek by default whatever the browser asks; the switch is a plain link and keeps the page.</summary>
[Collection(StorefrontTests.Name)]
public sealed class LanguageTests(StorefrontFixture storefront) : BrowserTest(storefront)
{
    [SkippableFact]
    [Trait("Category", "GreekMarket")]
    public Task Greek_to_english_and_back_on_the_same_page() => RunAsync(async page =>
    {
        await page.GotoAsync("/category/meli");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "el");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Μέλι");

        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/category/meli$"));
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Honey");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Search" })).ToBeVisibleAsync();
        await Expect(page.Locator(".products .price").First).ToHaveTextAsync(new Regex("^€\\d+\\.\\d{2}$"));

        await page.GetByRole(AriaRole.Link, new() { Name = "Ελληνικά" }).ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "el");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Μέλι");
        await Expect(page.Locator(".products .price").First).ToHaveTextAsync(new Regex("^\\d+,\\d{2} €$"));
    }, new BrowserNewContextOptions { Locale = "en-US" });
}
