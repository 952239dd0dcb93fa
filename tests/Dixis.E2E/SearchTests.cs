using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dixis.E2E;

/// <summary>Search from the header: Greek with or without accents, in capitals, or in Greeklish; suggestions as you type.</summary>
[Collection(StorefrontTests.Name)]
public sealed class SearchTests(StorefrontFixture storefront) : BrowserTest(storefront)
{
    [SkippableTheory]
    [Trait("Category", "GreekMarket")]
    [InlineData("μελι")]
    [InlineData("ΜΕΛΙ")]
    [InlineData("meli")]
    public Task Searching_finds_thyme_honey_of_crete(string typed) => RunAsync(async page =>
    {
        await page.GotoAsync("/");
        await page.Locator("#search-q").FillAsync(typed);
        await page.Locator("#search-q").PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(new Regex("/search\\?q="));
        await Expect(page.Locator("h1")).ToHaveTextAsync("Αναζήτηση");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Μέλι Θυμαρίσιο Κρήτης", Exact = true })).ToBeVisibleAsync();
        await Expect(page.Locator("#search-q")).ToHaveValueAsync(typed);
    }, variant: typed);

    [SkippableFact]
    [Trait("Category", "GreekMarket")]
    public Task Suggestions_appear_as_you_type_and_the_keyboard_picks_one() => RunAsync(async page =>
    {
        await page.GotoAsync("/");
        await page.Locator("#search-q").PressSequentiallyAsync("θυμαρ", new() { Delay = 80 });

        var options = page.Locator("#search-q-suggestions [role=option]");
        await Expect(options.First).ToBeVisibleAsync();
        await Expect(page.Locator("#search-q")).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(page.Locator("#search-q-suggestions")).ToContainTextAsync("Θυμαρίσιο");

        var first = await options.First.InnerTextAsync();
        await page.Locator("#search-q").PressAsync("ArrowDown");
        await Expect(options.First).ToHaveAttributeAsync("aria-selected", "true");
        await page.Locator("#search-q").PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex("/product/"));
        await Expect(page.Locator("h1")).ToHaveTextAsync(first);
    });

    [SkippableFact]
    public Task Without_javascript_the_search_box_is_a_plain_form() => RunAsync(async page =>
    {
        await page.GotoAsync("/");
        await page.Locator("#search-q").FillAsync("meli");
        await page.Locator("#search-q").PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(new Regex("/search\\?q=meli"));
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Μέλι Θυμαρίσιο Κρήτης", Exact = true })).ToBeVisibleAsync();
        await Expect(page.Locator("#search-q")).Not.ToHaveAttributeAsync("role", "combobox");
    }, new BrowserNewContextOptions { JavaScriptEnabled = false });
}
