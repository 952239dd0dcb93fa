using Microsoft.AspNetCore.Mvc.Testing;

namespace Dixis.Web.Tests;

/// <summary>
/// Production mode: the cart, checkout and address clients over HTTP against the real API (the embedded fixture's
/// <c>/api/v1</c>): the guest cart cookie goes to the API and comes back, the cart merges at login, and a cash-on-delivery
/// checkout reaches its confirmation.
/// </summary>
public sealed class ProductionShopTests : IClassFixture<StorefrontFixture>, IDisposable
{
    private readonly WebApplicationFactory<Program> _storefront;

    public ProductionShopTests(StorefrontFixture api)
    {
        _storefront = ProductionStorefront.Against(api, "dixis-prod-shop-");
    }

    [Fact]
    public async Task A_guest_cart_travels_over_http_merges_at_login_and_checks_out_cash_on_delivery()
    {
        using var client = _storefront.CreateClient();
        var email = AccountForms.NewEmail();
        await AccountForms.RegisterAsync(client, "consumer", "Ελένη Παπαδοπούλου", email, null);
        await PageHtml.PostFormAsync(client, "/", "logout", new Dictionary<string, string>(), "/account/logout");

        using var added = await ShopForms.AddToCartAsync(client, ShopForms.Honey, 2);
        Assert.Equal("/cart", added.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("Καλάθι (<span class=\"cart-count\">2</span>)", await added.Content.ReadAsStringAsync());
        Assert.Contains("Καλάθι (<span class=\"cart-count\">2</span>)", await client.GetStringAsync("/cart"));

        using var login = await AccountForms.LoginAsync(client, email, AccountForms.Password);
        Assert.Contains("Καλάθι (<span class=\"cart-count\">2</span>)", await login.Content.ReadAsStringAsync());

        using var quoted = await PageHtml.PostFormAsync(client, "/checkout", "checkout", ShopForms.Checkout("1055"));
        Assert.Contains("Ο ταχυδρομικός κώδικας έχει 5 ψηφία (π.χ. 105 57).", ShopForms.Decode(await quoted.Content.ReadAsStringAsync()));
        using var requoted = await PageHtml.PostFormAsync(client, "/checkout", "checkout", ShopForms.Checkout("10557"));
        var place = ShopForms.Checkout("10557", action: "place");
        place["Input.ExpectedTotal"] = ShopForms.ExpectedTotal(await requoted.Content.ReadAsStringAsync());
        using var placed = await PageHtml.PostFormAsync(client, "/checkout", "checkout", place);
        var html = ShopForms.Decode(await placed.Content.ReadAsStringAsync());
        Assert.Contains("<h1>Η παραγγελία σας καταχωρήθηκε</h1>", html);
        Assert.Contains("Οι παραγγελίες μου", html);
        var history = ShopForms.Decode(await client.GetStringAsync("/account/orders"));
        Assert.DoesNotContain("Δεν έχετε παραγγελίες ακόμη.", history);
        Assert.Contains("<td>Επιβεβαιώθηκε</td>", history);
    }

    public void Dispose() => _storefront.Dispose();
}
