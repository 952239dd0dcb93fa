using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Dixis.E2E;

/// <summary>
/// The cookie banner in a real browser: before any choice the only cookies are essential ones; a choice is recorded
/// through the consent API, remembered across reloads (no banner again) and shown on the preferences page linked
/// from the footer; the banner passes axe.
/// </summary>
[Collection(StorefrontTests.Name)]
public sealed class ConsentTests(StorefrontFixture storefront) : BrowserTest(storefront)
{
    /// <summary>Cookies the shop needs to work: antiforgery, language, session, cart, and the consent choice itself.</summary>
    private static readonly string[] EssentialPrefixes = [".AspNetCore.Antiforgery.", ".AspNetCore.Culture", "dixis.auth", "dixis.cart", "dixis.consent"];

    [SkippableFact]
    public Task Before_any_choice_only_essential_cookies_are_set_and_the_banner_passes_axe() => RunAsync(async page =>
    {
        await page.GotoAsync("/");
        await page.GotoAsync("/product/meli-thymarisio-kritis");
        var banner = page.Locator("section.consent-banner");
        await Assertions.Expect(banner).ToBeVisibleAsync();
        var cookies = await page.Context.CookiesAsync();
        var other = cookies.Where(c => !EssentialPrefixes.Any(p => c.Name.StartsWith(p, StringComparison.Ordinal))).Select(c => c.Name).ToList();
        Assert.True(other.Count == 0, "non-essential cookies before consent: " + string.Join(", ", other));
        Assert.DoesNotContain(cookies, c => c.Name == "dixis.consent");

        var result = await banner.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious.Select(v => $"{v.Impact} {v.Id}: {v.Help}")));
    });

    [SkippableFact]
    public Task A_choice_is_remembered_across_reloads_and_shown_on_the_preferences_page() => RunAsync(async page =>
    {
        await page.GotoAsync("/category/meli");
        var banner = page.Locator("section.consent-banner");
        await banner.GetByLabel("Στατιστικά").CheckAsync();
        await banner.GetByRole(AriaRole.Button, new() { Name = "Αποθήκευση επιλογών" }).ClickAsync();

        // Back on the same page, without the banner, now and after a reload.
        await page.WaitForURLAsync("**/category/meli");
        await Assertions.Expect(page.Locator("section.consent-banner")).ToHaveCountAsync(0);
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("section.consent-banner")).ToHaveCountAsync(0);
        var consent = (await page.Context.CookiesAsync()).Single(c => c.Name == "dixis.consent");
        Assert.True(consent.HttpOnly);

        await page.GetByRole(AriaRole.Link, new() { Name = "Ρυθμίσεις cookies" }).ClickAsync();
        await Assertions.Expect(page.Locator("#consent-analytics")).ToBeCheckedAsync();
        await Assertions.Expect(page.Locator("#consent-marketing")).Not.ToBeCheckedAsync();

        // Withdrawing is as easy as giving.
        await page.Locator("#consent-analytics").UncheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Αποθήκευση" }).ClickAsync();
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#consent-analytics")).Not.ToBeCheckedAsync();
        await Assertions.Expect(page.Locator(".consent-recorded")).ToBeVisibleAsync();
    });
}
