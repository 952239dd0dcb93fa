using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Dixis.Web.Tests;

/// <summary>
/// The checkout page without JavaScript (embedded mode): the quote's shipping and VAT lines are the API's own figures,
/// Greek problems stand next to their fields, cash on delivery lands on the confirmation, the tracking link and the
/// order history show the order, and saved addresses fill the form.
/// </summary>
public sealed partial class CheckoutPagesTests(StorefrontFixture fixture) : IClassFixture<StorefrontFixture>
{
    [Fact]
    public async Task The_quote_shows_shipping_and_vat_by_rate_exactly_as_the_api_computes_them()
    {
        using var client = fixture.CreateClient();
        await ShopForms.AddToCartAsync(client, ShopForms.Honey, 2);
        await ShopForms.AddToCartAsync(client, ShopForms.FlavouredHoney, 1);

        using var response = await PageHtml.PostFormAsync(client, "/checkout", "checkout", ShopForms.Checkout("10557"));
        var html = ShopForms.Decode(await response.Content.ReadAsStringAsync());
        var quote = await (await client.PostAsJsonAsync("/api/v1/shipping/quote", new { postalCode = "10557", paymentMethod = "cod" })).Content.ReadFromJsonAsync<JsonElement>();
        var order = Assert.Single(quote.GetProperty("orders").EnumerateArray());
        var rates = order.GetProperty("vatBreakdown").EnumerateArray().Select(v => v.GetProperty("vatPercent").GetInt32()).Order().ToList();
        Assert.Equal([13, 24], rates);
        foreach (var line in order.GetProperty("vatBreakdown").EnumerateArray())
        {
            var row = VatRow(html, line.GetProperty("vatPercent").GetInt32());
            Assert.Contains(ShopForms.Euro(line.GetProperty("net").GetDecimal()), row);
            Assert.Contains(ShopForms.Euro(line.GetProperty("vat").GetDecimal()), row);
            Assert.Contains(ShopForms.Euro(line.GetProperty("gross").GetDecimal()), row);
        }

        Assert.Contains("Αττική", html);
        var shipping = html[html.IndexOf("class=\"quote-shipping\"", StringComparison.Ordinal)..];
        shipping = shipping[..shipping.IndexOf("</dd>", StringComparison.Ordinal)];
        if (order.GetProperty("freeShippingApplied").GetBoolean())
        {
            Assert.Contains($"<s>{ShopForms.Euro(order.GetProperty("shippingListPrice").GetDecimal())}</s><span class=\"free\"> Δωρεάν</span>", shipping);
        }
        else
        {
            Assert.Contains(ShopForms.Euro(order.GetProperty("shipping").GetDecimal()), shipping);
        }

        Assert.Contains($"<strong id=\"grand-total\">{ShopForms.Euro(quote.GetProperty("total").GetDecimal())}</strong>", html);
        Assert.Contains("14 ημέρες", html);
        Assert.Contains("ευπαθή προϊόντα", html);
    }

    [Theory]
    [InlineData("1055", "Ο ταχυδρομικός κώδικας έχει 5 ψηφία (π.χ. 105 57).")]
    [InlineData("00000", "Ο ταχυδρομικός κώδικας δεν αντιστοιχεί σε περιοχή της Ελλάδας.")]
    public async Task A_bad_postal_code_gets_the_apis_greek_message_next_to_the_field(string postalCode, string message)
    {
        using var client = fixture.CreateClient();
        await ShopForms.AddToCartAsync(client, ShopForms.Honey);
        using var response = await PageHtml.PostFormAsync(client, "/checkout", "checkout", ShopForms.Checkout(postalCode));
        var html = ShopForms.Decode(await response.Content.ReadAsStringAsync());
        Assert.Contains($"<p class=\"field-error\" id=\"postal-code-error\">{message}</p>", html);
        Assert.Contains("aria-describedby=\"postal-code-error\"", html);
        Assert.DoesNotContain("Input.ExpectedTotal", html);
    }

    [Fact]
    public async Task A_business_without_a_valid_afm_is_refused_in_greek_and_nothing_is_placed()
    {
        using var client = fixture.CreateClient();
        await ShopForms.AddToCartAsync(client, ShopForms.Honey);
        using var quoted = await PageHtml.PostFormAsync(client, "/checkout", "checkout", ShopForms.Checkout("81100", afm: "123456789"));
        var expected = ShopForms.ExpectedTotal(await quoted.Content.ReadAsStringAsync());
        var place = ShopForms.Checkout("81100", action: "place", afm: "123456789");
        place["Input.ExpectedTotal"] = expected;
        using var refused = await PageHtml.PostFormAsync(client, "/checkout", "checkout", place);
        Assert.Contains("<p class=\"field-error\" id=\"afm-error\">Ο ΑΦΜ δεν είναι έγκυρος (λάθος ψηφίο ελέγχου).</p>", ShopForms.Decode(await refused.Content.ReadAsStringAsync()));
        Assert.Equal(1, (await client.GetFromJsonAsync<JsonElement>("/api/v1/cart")).GetProperty("itemCount").GetInt32());
    }

    [Fact]
    public async Task Cash_on_delivery_lands_on_the_confirmation_and_the_tracking_link_shows_the_order()
    {
        using var client = fixture.CreateClient();
        await ShopForms.AddToCartAsync(client, ShopForms.Honey, 1);
        using var quoted = await PageHtml.PostFormAsync(client, "/checkout", "checkout", ShopForms.Checkout("10557"));
        var place = ShopForms.Checkout("10557", action: "place");
        place["Input.ExpectedTotal"] = ShopForms.ExpectedTotal(await quoted.Content.ReadAsStringAsync());

        using var placed = await PageHtml.PostFormAsync(client, "/checkout", "checkout", place);
        Assert.Matches(ResultPath(), placed.RequestMessage!.RequestUri!.AbsolutePath);
        var html = ShopForms.Decode(await placed.Content.ReadAsStringAsync());
        Assert.Contains("<h1>Η παραγγελία σας καταχωρήθηκε</h1>", html);
        Assert.Contains("Επιβεβαιώθηκε", html);
        Assert.Contains("Έξοδα αντικαταβολής", html);
        Assert.Contains("Καλάθι (<span class=\"cart-count\">0</span>)", html);

        var tracking = TrackingLink().Match(html);
        Assert.True(tracking.Success, "no tracking link on the confirmation");
        var (status, track) = await PageHtml.GetAsync(client, tracking.Value);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Μέλι Θυμαρίσιο Κρήτης", ShopForms.Decode(track));
        Assert.Contains("class=\"order-history\"", track);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/orders/track/" + new string('x', 43))).StatusCode);
    }

    [Fact]
    public async Task Order_history_needs_a_login_and_then_lists_the_buyers_orders()
    {
        using var client = fixture.CreateClient();
        using var anonymous = await client.GetAsync("/account/orders");
        Assert.Equal("/account/login", anonymous.RequestMessage!.RequestUri!.AbsolutePath);

        await AccountForms.RegisterAsync(client, "consumer", "Νίκος Αγοραστής", AccountForms.NewEmail(), null);
        Assert.Contains("Δεν έχετε παραγγελίες ακόμη.", await client.GetStringAsync("/account/orders"));
        await ShopForms.AddToCartAsync(client, ShopForms.Tsipouro, 1);
        using var quoted = await PageHtml.PostFormAsync(client, "/checkout", "checkout", ShopForms.Checkout("54622"));
        var place = ShopForms.Checkout("54622", action: "place");
        place["Input.ExpectedTotal"] = ShopForms.ExpectedTotal(await quoted.Content.ReadAsStringAsync());
        await PageHtml.PostFormAsync(client, "/checkout", "checkout", place);

        var orders = await client.GetFromJsonAsync<JsonElement>("/api/v1/orders");
        var number = orders[0].GetProperty("number").GetString()!;
        var html = ShopForms.Decode(await client.GetStringAsync("/account/orders"));
        Assert.Contains(number, html);
        Assert.Contains("Θεσσαλονίκη", ShopForms.Decode(await client.GetStringAsync(orders[0].GetProperty("trackingPath").GetString())));
    }

    [Fact]
    public async Task A_saved_address_is_checked_listed_and_fills_the_checkout()
    {
        using var client = fixture.CreateClient();
        await AccountForms.RegisterAsync(client, "consumer", "Ελένη Παπαδοπούλου", AccountForms.NewEmail(), null);
        var address = new Dictionary<string, string>
        {
            ["Input.Label"] = "Σπίτι",
            ["Input.FullName"] = "Ελένη Παπαδοπούλου",
            ["Input.Street"] = "Ερμού 5",
            ["Input.City"] = "Μυτιλήνη",
            ["Input.PostalCode"] = "8110",
            ["Input.Phone"] = "6912345678",
        };
        using var refused = await PageHtml.PostFormAsync(client, "/account/profile", "address", address);
        Assert.Contains("<p class=\"field-error\" id=\"postal-code-error\">Ο ταχυδρομικός κώδικας έχει 5 ψηφία (π.χ. 105 57).</p>", ShopForms.Decode(await refused.Content.ReadAsStringAsync()));

        address["Input.PostalCode"] = "81100";
        using var saved = await PageHtml.PostFormAsync(client, "/account/profile", "address", address);
        var profile = ShopForms.Decode(await saved.Content.ReadAsStringAsync());
        Assert.Contains("Ερμού 5", profile);
        Assert.Contains("Προεπιλογή στο ταμείο", profile);

        await ShopForms.AddToCartAsync(client, ShopForms.Honey);
        var checkout = ShopForms.Decode(await client.GetStringAsync("/checkout"));
        Assert.Contains("value=\"Ερμού 5\"", checkout);
        Assert.Contains("value=\"81100\"", checkout);
        Assert.Contains("Input.ExpectedTotal", checkout);
    }

    private static string VatRow(string html, int percent)
    {
        var start = html.IndexOf($"data-vat-percent=\"{percent}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no {percent} % VAT line");
        return html[start..html.IndexOf("</tr>", start, StringComparison.Ordinal)];
    }

    [GeneratedRegex("^/checkout/[0-9a-f-]{36}/result$")]
    private static partial Regex ResultPath();

    [GeneratedRegex("/orders/track/[A-Za-z0-9_-]{43}")]
    private static partial Regex TrackingLink();
}
