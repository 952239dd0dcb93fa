using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dixis.E2E;

/// <summary>A shopper browses from the home page to a category and a product, and narrows a category with filters.</summary>
[Collection(StorefrontTests.Name)]
public sealed class BrowseTests(StorefrontFixture storefront) : BrowserTest(storefront)
{
    [SkippableFact]
    public Task Home_to_category_to_product() => RunAsync(async page =>
    {
        await page.GotoAsync("/");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Ελληνικά προϊόντα από τον παραγωγό");
        await page.Locator(".categories a[href='/category/meli']").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/category/meli$"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("Μέλι");
        await page.GetByRole(AriaRole.Link, new() { Name = "Μέλι Θυμαρίσιο Κρήτης", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/product/meli-thymarisio-kritis$"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("Μέλι Θυμαρίσιο Κρήτης");
        await Expect(page).ToHaveTitleAsync("Μέλι Θυμαρίσιο Κρήτης — Μελισσοκομία Ψηλορείτη | Dixis");
        await Expect(page.Locator(".price-large")).ToHaveTextAsync("14,50 €");
        await Expect(page.Locator(".per-unit")).ToContainTextAsync("15,26 €/kg");
        await Expect(page.Locator(".vat-note")).ToHaveTextAsync("Η τιμή περιλαμβάνει ΦΠΑ");
        await Expect(page.Locator("link[rel=canonical]")).ToHaveAttributeAsync("href", $"{Storefront.BaseUrl}/product/meli-thymarisio-kritis");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Μελισσοκομία Ψηλορείτη" })).ToBeVisibleAsync();
    });

    [SkippableFact]
    [Trait("Category", "GreekMarket")]
    public Task A_product_page_shows_the_allergens_in_bold_and_the_pdo_badge() => RunAsync(async page =>
    {
        await page.GotoAsync("/product/feta-lesvou");
        await Expect(page.Locator(".ingredients strong.allergen").First).ToHaveTextAsync("γάλα");
        await Expect(page.Locator(".allergens strong")).ToHaveTextAsync("Γάλα");
        await Expect(page.Locator(".badge-quality")).ToHaveTextAsync("ΠΟΠ");
        await Expect(page.Locator(".badge-quality")).ToHaveAttributeAsync("title", "Προστατευόμενη Ονομασία Προέλευσης");
    });

    [SkippableFact]
    public Task Category_filters_are_a_get_form_that_narrows_the_list() => RunAsync(async page =>
    {
        await page.GotoAsync("/category/tyria");
        var all = await page.Locator(".products .product").CountAsync();
        await page.Locator("#f-label").SelectOptionAsync("pdo");
        await page.Locator("#f-max").FillAsync("15");
        await page.GetByRole(AriaRole.Button, new() { Name = "Εφαρμογή" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("label=pdo"));
        await Expect(page).ToHaveURLAsync(new Regex("maxPrice=15"));
        var cards = page.Locator(".products .product");
        var count = await cards.CountAsync();
        Assert.InRange(count, 1, all - 1);
        for (var i = 0; i < count; i++)
        {
            await Expect(cards.Nth(i).Locator(".badge-quality")).ToHaveTextAsync("ΠΟΠ");
        }

        await Expect(page.Locator("#f-label")).ToHaveValueAsync("pdo");
    });

    [SkippableFact]
    public Task An_unknown_product_is_a_greek_404_page() => RunAsync(async page =>
    {
        var response = await page.GotoAsync("/product/den-yparchei");
        Assert.Equal(404, response!.Status);
        await Expect(page.Locator("h1")).ToHaveTextAsync("Η σελίδα δεν βρέθηκε");
    });
}
