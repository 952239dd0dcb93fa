using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dixis.E2E;

/// <summary>
/// Checkout journeys in a real browser: the VAT lines the page shows are checked against the API's own quote for the
/// same cart; card payments go through the sandbox page (success, or a decline then a retry); cash on delivery; and a
/// whole checkout with JavaScript switched off.
/// </summary>
[Collection(StorefrontTests.Name)]
public sealed class CheckoutTests(StorefrontFixture storefront) : BrowserTest(storefront)
{
    [SkippableFact]
    [Trait("Category", "GreekMarket")]
    public Task A_mainland_consumer_pays_by_card_on_the_sandbox_page_and_lands_on_the_confirmation() => RunAsync(async page =>
    {
        await ShopJourney.AddToCartAsync(page, ShopJourney.Honey, 1);
        await ShopJourney.AddToCartAsync(page, ShopJourney.Tsipouro, 1);
        await ShopJourney.FillCheckoutAsync(page, "10557", "Αθήνα", "card");
        var rates = await ShopJourney.AssertVatLinesMatchTheApiAsync(page, "10557", "card", "consumer");
        Assert.Equal([13, 24], rates);
        await Expect(page.Locator(".withdrawal-notice")).ToContainTextAsync("14 ημέρες");
        await Expect(page.Locator(".withdrawal-notice")).ToContainTextAsync("ευπαθή");

        await ShopJourney.PlaceAsync(page);
        await Expect(page).ToHaveURLAsync(new Regex("/api/v1/payments/sandbox/"));
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Πληρωμή") }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/checkout/[0-9a-f-]{36}/result\\?.*result=success"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Η παραγγελία σας καταχωρήθηκε" })).ToBeVisibleAsync();
        await Expect(page.Locator(".order-status").First).ToContainTextAsync("Επιβεβαιώθηκε");
        await Expect(page.Locator(".cart-count")).ToHaveTextAsync("0");
    });

    [SkippableFact]
    [Trait("Category", "GreekMarket")]
    public Task A_lesvos_business_gets_the_island_rates_and_pays_cash_on_delivery() => RunAsync(async page =>
    {
        // Mainland producers, a business established on Lesvos: 9 % and 17 % (rule island-business-buyer).
        await ShopJourney.AddToCartAsync(page, ShopJourney.Honey, 2);
        await ShopJourney.AddToCartAsync(page, ShopJourney.Tsipouro, 1);
        await ShopJourney.FillCheckoutAsync(page, "81100", "Μυτιλήνη", "cod", afm: "094014201");
        var rates = await ShopJourney.AssertVatLinesMatchTheApiAsync(page, "81100", "cod", "business");
        Assert.Equal([9, 17], rates);
        await Expect(page.Locator(".order-totals").First).ToContainTextAsync("Έξοδα αντικαταβολής");

        await ShopJourney.PlaceAsync(page);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Η παραγγελία σας καταχωρήθηκε" })).ToBeVisibleAsync();
        await Expect(page.Locator("tr.vat-line[data-vat-percent='17']").First).ToBeVisibleAsync();
        await Expect(page.Locator("tr.vat-line[data-vat-percent='9']").First).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Παρακολούθηση της παραγγελίας") }).First.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/orders/track/[A-Za-z0-9_-]{43}$"));
        await Expect(page.Locator(".order-history")).ToContainTextAsync("Επιβεβαιώθηκε");
    });

    [SkippableFact]
    [Trait("Category", "GreekMarket")]
    public Task A_mainland_consumer_pays_cash_on_delivery() => RunAsync(async page =>
    {
        await ShopJourney.AddToCartAsync(page, ShopJourney.Honey, 1);
        await ShopJourney.FillCheckoutAsync(page, "10557", "Αθήνα", "cod");
        Assert.Equal([13], await ShopJourney.AssertVatLinesMatchTheApiAsync(page, "10557", "cod", "consumer"));
        await ShopJourney.PlaceAsync(page);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Η παραγγελία σας καταχωρήθηκε" })).ToBeVisibleAsync();
        await Expect(page.Locator(".order-totals").First).ToContainTextAsync("Έξοδα αντικαταβολής");
    });

    [SkippableFact]
    public Task A_declined_card_offers_a_retry_that_then_pays() => RunAsync(async page =>
    {
        await ShopJourney.AddToCartAsync(page, ShopJourney.Honey, 1);
        await ShopJourney.FillCheckoutAsync(page, "54622", "Θεσσαλονίκη", "card");
        await ShopJourney.PlaceAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Απόρριψη από την τράπεζα" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/checkout/[0-9a-f-]{36}/result\\?.*result=declined"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Η πληρωμή δεν ολοκληρώθηκε" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Alert).First).ToContainTextAsync("Η τράπεζα απέρριψε την πληρωμή.");

        await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Νέα προσπάθεια πληρωμής") }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/api/v1/payments/sandbox/"));
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Πληρωμή") }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Η παραγγελία σας καταχωρήθηκε" })).ToBeVisibleAsync();
    });

    [SkippableFact]
    [Trait("Category", "GreekMarket")]
    public Task Without_javascript_a_guest_adds_to_the_cart_and_checks_out_cash_on_delivery() => RunAsync(async page =>
    {
        await ShopJourney.AddToCartAsync(page, ShopJourney.Honey, 2);
        await page.GetByRole(AriaRole.Link, new() { Name = "Συνέχεια στο ταμείο" }).ClickAsync();
        await ShopJourney.FillCheckoutAsync(page, "105 57", "Αθήνα", "cod");
        await ShopJourney.AssertVatLinesMatchTheApiAsync(page, "10557", "cod", "consumer");
        await ShopJourney.PlaceAsync(page);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Η παραγγελία σας καταχωρήθηκε" })).ToBeVisibleAsync();
    }, new BrowserNewContextOptions { JavaScriptEnabled = false });

    [SkippableFact]
    public Task A_bad_postal_code_is_shown_in_greek_next_to_its_field() => RunAsync(async page =>
    {
        await ShopJourney.AddToCartAsync(page, ShopJourney.Honey, 1);
        await page.GotoAsync("/checkout");
        await page.Locator("#postalCode").FillAsync("1055");
        await page.GetByRole(AriaRole.Button, new() { Name = "Υπολογισμός μεταφορικών και ΦΠΑ" }).ClickAsync();
        await Expect(page.Locator("#postal-code-error")).ToHaveTextAsync("Ο ταχυδρομικός κώδικας έχει 5 ψηφία (π.χ. 105 57).");
        await Expect(page.Locator("#postalCode")).ToHaveAttributeAsync("aria-describedby", "postal-code-error");
    });

    [SkippableTheory]
    [InlineData("/cart")]
    [InlineData("/checkout")]
    public Task Cart_and_checkout_have_no_serious_or_critical_axe_violations(string path) => RunAsync(async page =>
    {
        await ShopJourney.AddToCartAsync(page, ShopJourney.Honey, 1);
        if (path == "/checkout")
        {
            await ShopJourney.FillCheckoutAsync(page, "10557", "Αθήνα", "card");
        }
        else
        {
            await page.GotoAsync(path);
        }

        var result = await page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious.Select(v =>
            $"{v.Impact} {v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")));
        Assert.NotEmpty(result.Passes);
    }, variant: path);
}
