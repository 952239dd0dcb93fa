using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dixis.E2E;

/// <summary>The steps of a shopping journey as a person takes them in the browser, shared by the cart and checkout tests.</summary>
public static class ShopJourney
{
    public const string Password = "Meli-Kritis-2026!";
    public const string Honey = "meli-thymarisio-kritis";
    public const string Tsipouro = "tsipouro";

    private static readonly CultureInfo Greek = CultureInfo.GetCultureInfo("el-GR");

    /// <summary>Adds a product from its page through the add-to-cart form and waits for the cart page.</summary>
    public static async Task AddToCartAsync(IPage page, string slug, int quantity)
    {
        await page.GotoAsync("/product/" + slug);
        await page.GetByLabel("Ποσότητα").FillAsync(quantity.ToString(CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Προσθήκη στο καλάθι" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/cart\\?added=1$"));
    }

    /// <summary>Fills the checkout form and asks for the quote (shipping and VAT).</summary>
    public static async Task FillCheckoutAsync(IPage page, string postalCode, string city, string payment, string? afm = null)
    {
        await page.GotoAsync("/checkout");
        if (afm is not null)
        {
            await page.Locator("#buyer-business").CheckAsync();
            await page.Locator("#afm").FillAsync(afm);
        }

        await page.Locator("#email").FillAsync($"e2e-{Guid.NewGuid():N}@example.gr");
        await page.Locator("#name").FillAsync(afm is null ? "Μαρία Παπαδοπούλου" : "Ταβέρνα Το Μελίσσι");
        await page.Locator("#phone").FillAsync("6912345678");
        await page.Locator("#street").FillAsync("Ερμού 10");
        await page.Locator("#city").FillAsync(city);
        await page.Locator("#postalCode").FillAsync(postalCode);
        await page.Locator(payment == "cod" ? "#pay-cod" : "#pay-card").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Υπολογισμός μεταφορικών και ΦΠΑ" }).ClickAsync();
        await Expect(page.Locator("#grand-total")).ToBeVisibleAsync();
    }

    /// <summary>
    /// Asks the API for the same quote with the browser's own cookies (its cart) and checks that every VAT line and the
    /// total the page shows are the API's figures; returns the VAT rates the API applied.
    /// </summary>
    public static async Task<IReadOnlyList<int>> AssertVatLinesMatchTheApiAsync(IPage page, string postalCode, string payment, string buyerType)
    {
        var response = await page.APIRequest.PostAsync("/api/v1/shipping/quote", new() { DataObject = new { postalCode, paymentMethod = payment, buyerType } });
        Assert.True(response.Ok, await response.TextAsync());
        var quote = (await response.JsonAsync())!.Value;
        var rates = new List<int>();
        foreach (var order in quote.GetProperty("orders").EnumerateArray())
        {
            var section = page.Locator(".quote-producer").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = order.GetProperty("producerName").GetString(), Exact = true }) });
            foreach (var line in order.GetProperty("vatBreakdown").EnumerateArray())
            {
                var percent = line.GetProperty("vatPercent").GetInt32();
                rates.Add(percent);
                var row = section.Locator($"tr.vat-line[data-vat-percent='{percent}']");
                await Expect(row.Locator("td").Nth(0)).ToHaveTextAsync(Euro(line, "net"));
                await Expect(row.Locator("td").Nth(1)).ToHaveTextAsync(Euro(line, "vat"));
                await Expect(row.Locator("td").Nth(2)).ToHaveTextAsync(Euro(line, "gross"));
            }
        }

        await Expect(page.Locator("#grand-total")).ToHaveTextAsync(Euro(quote, "total"));
        return rates.Distinct().Order().ToList();
    }

    /// <summary>Places the order with the button that carries the total, and returns after the next page has loaded.</summary>
    public static async Task PlaceAsync(IPage page) =>
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Ολοκλήρωση") }).ClickAsync();

    public static async Task RegisterAsync(IPage page, string name)
    {
        await page.GotoAsync("/account/register");
        await page.GetByLabel("Ονοματεπώνυμο ή επωνυμία").FillAsync(name);
        await page.GetByLabel("Email").FillAsync($"e2e-shop-{Guid.NewGuid():N}@example.gr");
        await page.GetByLabel("Κωδικός").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Εγγραφή" }).ClickAsync();
        await Expect(page.Locator(".signed-in")).ToContainTextAsync(name);
    }

    private static string Euro(JsonElement element, string property) => element.GetProperty(property).GetDecimal().ToString("#,##0.00", Greek) + " €";
}
